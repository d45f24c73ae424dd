package jp.tsunagu.site.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by Selenium, for tests that look at pages as residents' browsers do.
 * <p>
 * It runs Debian's {@code chromium} through Debian's {@code chromedriver}, both named explicitly
 * (system properties {@code tsunagu.chromium} and {@code tsunagu.chromedriver}, by default
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}), so Selenium Manager never looks for
 * a driver on the network. A missing browser fails the test, with the command that installs it:
 * browser tests are never skipped. Example:
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.openWithoutJavaScript(server.uriOf("用語/情報.html"));
 *     Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
 * }
 * }</pre>
 * Starting Chromium takes about a second, so tests share one instance through
 * {@link BrowserExtension}, which {@linkplain #reset() resets} it before each use.
 * <p>
 * Not thread-safe: one test drives it at a time.
 */
public final class Browser implements AutoCloseable {

    /**
     * The flags measured to start quietly and offline in a container, and V8 kept to its interpreter and baseline
     * compiler ({@code --js-flags=--max-opt=1}), as {@code tsunagu:audit} runs it: each page is a new document, so V8
     * optimised axe again on every page on background threads, which the few axe runs of a page never paid back.
     */
    static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=ja", "--js-flags=--max-opt=1");

    private static final String INSTALL_HINT =
            "install Debian's browser and driver: apt-get update && apt-get install -y chromium chromium-driver";

    /**
     * Held so that its level sticks: Selenium's CDP bindings lag Chromium by a few versions, and
     * {@code executeCdpCommand} works regardless; the version warning is noise.
     */
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts a headless Chromium.
     *
     * @return the running browser, not null
     * @throws IllegalStateException if Chromium or ChromeDriver is not installed
     */
    public static Browser start() {
        Path chromium = executable("tsunagu.chromium", "/usr/bin/chromium");
        Path chromedriver = executable("tsunagu.chromedriver", "/usr/bin/chromedriver");
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
        // Passed on to Selenium Manager, should anything still start it.
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /**
     * Returns the Selenium driver, for finding elements and running axe.
     *
     * @return the driver, not null
     */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Loads a page with JavaScript on.
     *
     * @param page the address of the page, not null
     */
    public void open(URI page) {
        setJavaScriptEnabled(true);
        driver.get(page.toString());
    }

    /**
     * Loads a page as a browser without JavaScript shows it, then switches JavaScript back on
     * without reloading, so that axe can run on the page as it was rendered without scripts.
     *
     * @param page the address of the page, not null
     */
    public void openWithoutJavaScript(URI page) {
        setJavaScriptEnabled(false);
        driver.get(page.toString());
        setJavaScriptEnabled(true);
    }

    /**
     * Switches the page's scripts on or off (CDP {@code Emulation.setScriptExecutionDisabled}).
     * While they are off, axe cannot run: {@link Axe#audit} fails.
     *
     * @param enabled whether scripts run
     */
    public void setJavaScriptEnabled(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /**
     * Emulates a colour scheme, as the operating system's dark mode would set it.
     *
     * @param scheme the scheme, not null
     */
    public void emulateColorScheme(ColorScheme scheme) {
        emulateMedia(Map.of("prefers-color-scheme", scheme.value()));
    }

    /**
     * Emulates CSS media features, such as {@code prefers-contrast: more}, {@code forced-colors: active}
     * or {@code prefers-reduced-motion: reduce} (CDP {@code Emulation.setEmulatedMedia}). Features
     * not named are no longer emulated.
     *
     * @param features the feature names and values, not null, may be empty
     */
    public void emulateMedia(Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(feature -> Map.of("name", feature.getKey(), "value", feature.getValue()))
                .toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", list));
    }

    /**
     * Returns the browser to its starting state: JavaScript on, no emulated media, a blank page.
     */
    public void reset() {
        setJavaScriptEnabled(true);
        emulateMedia(Map.of());
        driver.get("about:blank");
    }

    /**
     * Saves a picture of the whole page as it is now (not only the viewport) to
     * {@code target/screenshots/<name>.png}, for a person to look at after the run.
     *
     * @param name  the file name without {@code .png}, not null
     * @return the file written, not null
     * @throws java.io.UncheckedIOException if it cannot be written
     */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                    "scale", 1);
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
            Path file = folder.resolve(name + ".png");
            Files.write(file, java.util.Base64.getDecoder().decode(png));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Saves a picture of what the viewport shows now (the first screen, if the page is not scrolled) to
     * {@code target/screenshots/<name>.png}, for a person to look at after the run.
     *
     * @param name  the file name without {@code .png}, may name a subfolder such as {@code phone/home}, not null
     * @return the file written, not null
     * @throws java.io.UncheckedIOException if it cannot be written
     */
    public Path screenshotOfViewport(String name) {
        try {
            Path file = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
            Files.write(file, java.util.Base64.getDecoder().decode(png));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Quits Chromium and its driver.
     */
    @Override
    public void close() {
        driver.quit();
    }

    private static Path executable(String property, String fallback) {
        Path path = Path.of(Objects.requireNonNullElse(System.getProperty(property), fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need " + path + " (system property " + property
                    + "), which is missing or not executable: " + INSTALL_HINT);
        }
        return path;
    }

    /** The values of the {@code prefers-color-scheme} media feature. */
    public enum ColorScheme {
        /** Light backgrounds, the default. */
        LIGHT("light"),
        /** Dark backgrounds. */
        DARK("dark");

        private final String value;

        ColorScheme(String value) {
            this.value = value;
        }

        /**
         * Returns the CSS value, such as {@code dark}.
         *
         * @return the value, not null
         */
        public String value() {
            return value;
        }
    }
}
