package fr.proxima.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a GreenMail SMTP server on a free loopback port for one Spring context, points
 * {@code spring.mail.host} and {@code spring.mail.port} at it, and registers a {@link TestMailbox}
 * bean to read what it received. The server stops once the context's beans are destroyed.
 */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(GreenMailInitializer.class);

    private static final String LOOPBACK = "127.0.0.1";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        int port = greenMail.getSmtp().getPort();
        LOG.info("Started the test SMTP server on {}:{}", LOOPBACK, port);

        TestPropertySources.add(context.getEnvironment(), "proxima-test-smtp", Map.of(
                "spring.mail.host", LOOPBACK,
                "spring.mail.port", port,
                "spring.mail.username", "",
                "spring.mail.password", ""));
        context.getBeanFactory().registerSingleton("testMailbox", new TestMailbox(greenMail));

        ContextCleanup.afterBeansDestroyed(context, "proxima-test-smtp-stop", () -> {
            greenMail.stop();
            LOG.info("Stopped the test SMTP server on {}:{}", LOOPBACK, port);
        });
    }
}
