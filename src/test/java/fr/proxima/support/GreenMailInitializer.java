package fr.proxima.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts a GreenMail SMTP server on a free loopback port for one Spring context, points
 * {@code spring.mail.host} and {@code spring.mail.port} at it, and registers a {@link TestMailbox}
 * bean to read what it received. The server stops when the context closes.
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

        ApplicationListener<ContextClosedEvent> stop = event -> {
            greenMail.stop();
            LOG.info("Stopped the test SMTP server on {}:{}", LOOPBACK, port);
        };
        context.addApplicationListener(stop);
    }
}
