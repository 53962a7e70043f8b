package fr.proxima.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the context at a new, empty database on the JVM's embedded PostgreSQL server. Used with
 * the {@code postgres} profile, whose datasource settings it replaces.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer.Database database = EmbeddedPostgresServer.createDatabase();
        TestPropertySources.add(context.getEnvironment(), "proxima-test-postgres", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password()));
    }
}
