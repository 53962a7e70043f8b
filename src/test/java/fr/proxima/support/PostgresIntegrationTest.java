package fr.proxima.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the whole application as production does, with the {@code postgres} profile: a new database
 * on the JVM's embedded PostgreSQL server, a GreenMail SMTP server (inject {@link TestMailbox}), a
 * temporary data directory and a unique Camunda engine name. Test classes with the same attributes
 * share one cached context, and so one database and one mailbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = {
        ContextIsolationInitializer.class, EmbeddedPostgresInitializer.class, GreenMailInitializer.class})
public @interface PostgresIntegrationTest {

    /** Use {@code RANDOM_PORT} for browser and HTTP tests. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** Extra properties, which win over those that the support initializers set. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
