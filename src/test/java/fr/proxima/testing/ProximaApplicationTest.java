package fr.proxima.testing;

import fr.proxima.support.ContextIsolationInitializer;
import fr.proxima.support.InMemoryH2Initializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with MockMvc, on an in-memory H2 database of its own, with a temporary
 * data directory and a unique Camunda engine name. MockMvc requests authenticate with HTTP Basic as
 * the user signed in with {@link ApiCaller}, so they pass through the application's real
 * authentication. Test classes that share this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = {ContextIsolationInitializer.class, InMemoryH2Initializer.class})
@AutoConfigureMockMvc
@Import(ApiCaller.class)
public @interface ProximaApplicationTest {
}
