package fr.proxima.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the whole application with the default profile on an in-memory H2 database of its own, with
 * a GreenMail SMTP server (inject {@link TestMailbox}), a temporary data directory and a unique
 * Camunda engine name. Test classes with the same attributes share one cached context, and so one
 * database and one mailbox. {@link PostgresIntegrationTest} runs the production database instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextConfiguration(initializers = {
        ContextIsolationInitializer.class, InMemoryH2Initializer.class, GreenMailInitializer.class})
public @interface H2IntegrationTest {

    /** Use {@code RANDOM_PORT} for browser and HTTP tests. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /** Extra properties, which win over those that the support initializers set. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
