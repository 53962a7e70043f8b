package fr.proxima.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injects a {@link Browser} into test methods, {@code @BeforeEach} and {@code @AfterEach} methods
 * (one browser per test), or into {@code @BeforeAll} methods and constructors (one browser per test
 * class). The browser is closed when its scope ends. When a test fails, its screenshot and page
 * source are saved as {@code target/browser/<test class>/<test method>.png} and {@code .html}.
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserExtension.class);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(ClosingBrowser.class, key -> new ClosingBrowser(Browser.start()), ClosingBrowser.class)
                .browser();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Optional<Browser> browser = findBrowser(context);
        if (browser.isEmpty()) {
            return;
        }
        Path directory = reportDirectory().resolve(context.getRequiredTestClass().getSimpleName());
        String name = context.getRequiredTestMethod().getName();
        try {
            browser.get().saveScreenshot(directory.resolve(name + ".png"));
            browser.get().savePageSource(directory.resolve(name + ".html"));
            LOG.info("Saved the screenshot and page source of the failed test {} under {}", name, directory);
        } catch (IOException | RuntimeException e) {
            // The test's own failure matters more than a missing screenshot, so it is not replaced.
            LOG.warn("Saving the screenshot and page source of the failed test {} failed", name, e);
        }
    }

    /** Returns the browser of this test, else the one of its class: a store also reads its parents. */
    private static Optional<Browser> findBrowser(ExtensionContext context) {
        ClosingBrowser stored = context.getStore(NAMESPACE).get(ClosingBrowser.class, ClosingBrowser.class);
        return Optional.ofNullable(stored).map(ClosingBrowser::browser);
    }

    /** Returns {@code target/browser} of the Maven module, whose folder Surefire passes as the "basedir" property. */
    private static Path reportDirectory() {
        return Path.of(System.getProperty("basedir", "."), "target", "browser");
    }

    private record ClosingBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            browser.close();
        }
    }
}
