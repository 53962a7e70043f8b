package fr.proxima.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the context at an empty in-memory H2 database of its own, in place of the default H2 file. */
public class InMemoryH2Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASE_COUNT = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // DB_CLOSE_DELAY=-1 keeps the database alive when the pool briefly has no open connection.
        String url = "jdbc:h2:mem:proxima_" + DATABASE_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        TestPropertySources.add(context.getEnvironment(), "proxima-test-h2", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "sa",
                "spring.datasource.password", ""));
    }
}
