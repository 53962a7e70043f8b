package fr.proxima.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an in-memory H2 database with MockMvc, the caller set by
 * {@link TestCurrentUser}. Test classes that share this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:proxima-test;DB_CLOSE_DELAY=-1",
    "proxima.data-dir=target/test-data"
})
@AutoConfigureMockMvc
@Import(TestCurrentUser.class)
public @interface ProximaApplicationTest {
}
