package fr.proxima.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium driven by Selenium, with Debian's {@code chromium} and {@code chromium-driver}
 * packages. Both paths are set explicitly, so Selenium Manager never looks for or downloads a
 * browser or a driver. Each instance has a fresh profile, deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Generous because the first load of a Camunda webapp fetches many scripts on a busy CI machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    // Headless on a machine with no display, no GPU and possibly root (no sandbox then), and no
    // contact with outside hosts for updates, sync or QUIC.
    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            "--lang=fr-FR");

    private final Path userDataDir;

    private final ChromeDriverService service;

    private final ChromeDriver driver;

    private Browser(Path userDataDir, ChromeDriverService service, ChromeDriver driver) {
        this.userDataDir = userDataDir;
        this.service = service;
        this.driver = driver;
    }

    /** Starts Chromium through ChromeDriver on a free loopback port. */
    public static Browser start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");

        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("proxima-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Creating a Chromium profile directory failed", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            LOG.info("Started Chromium {} with the profile {}", driver.getCapabilities().getBrowserVersion(), userDataDir);
            return new Browser(userDataDir, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(userDataDir);
            throw e;
        }
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " not found: install the Debian package " + debianPackage
                    + " (bash .ci/run installs it when missing)");
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} until the element is visible, then returns it. */
    public WebElement waitForVisible(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} until the element is visible and enabled, then returns it. */
    public WebElement waitForClickable(By locator) {
        return waitUntil(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Waits up to {@link #DEFAULT_TIMEOUT} for the condition and returns its value. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return waitUntil(condition, DEFAULT_TIMEOUT);
    }

    public <T> T waitUntil(ExpectedCondition<T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    public void saveScreenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    public void savePageSource(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, driver.getPageSource(), StandardCharsets.UTF_8);
    }

    /** Quits Chromium and ChromeDriver and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            LOG.warn("Deleting the Chromium profile {} failed, leaving it in place", directory, e);
        }
    }
}
