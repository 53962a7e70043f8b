package fr.proxima.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps the Spring contexts that the test framework caches in one JVM apart from each other.
 *
 * <ul>
 *   <li>Each context gets a temporary {@code proxima.data-dir}, deleted once its beans are destroyed.</li>
 *   <li>Each Camunda engine gets a unique name. The Camunda webapps and REST API find engines by name
 *       in the JVM-wide {@code ProcessEngines} registry, so two live contexts with the engine
 *       "default" would serve each other's engine, and closing one would unregister the other's.
 *       Open the webapps at {@code /camunda/app/tasklist/<engine name>/}, see {@link CamundaLoginPage}.</li>
 *   <li>The demo visits are off: each test publishes the visits it needs.</li>
 * </ul>
 */
public class ContextIsolationInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(ContextIsolationInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = createDataDir();
        TestPropertySources.add(context.getEnvironment(), "proxima-test-isolation", Map.of(
                "proxima.data-dir", dataDir.toString(),
                "camunda.bpm.generate-unique-process-engine-name", "true",
                // Tests place their own visits, on the days their engine clock shows.
                "proxima.demo.visits.enabled", "false"));

        ContextCleanup.afterBeansDestroyed(context, "proxima-test-data-dir-cleanup", () -> deleteDataDir(dataDir));
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("proxima-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException("Creating a temporary data directory failed", e);
        }
    }

    private static void deleteDataDir(Path dataDir) {
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            LOG.warn("Deleting the temporary data directory {} failed, leaving it in place", dataDir, e);
        }
    }
}
