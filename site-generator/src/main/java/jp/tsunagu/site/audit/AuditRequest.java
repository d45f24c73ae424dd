package jp.tsunagu.site.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What to audit: a built site, the browser to audit it with, the display modes, how many browsers work in
 * parallel, where earlier results are kept, and where progress is reported. Example:
 * <pre>{@code
 * AuditRequest request = AuditRequest.of(Path.of("content/target/site")).withModes(List.of(AuditMode.LIGHT))
 *         .withCache(Path.of("content/target/tsunagu-audit-cache")).withProgress(System.out::println);
 * }</pre>
 * This class is immutable and thread-safe (as far as the progress consumer is).
 *
 * @param site         the built site, not null
 * @param chromium     the Chromium executable, not null
 * @param chromedriver the ChromeDriver executable (the same version as Chromium), not null
 * @param modes        the display modes, each emulated on the page's one load, not null, not empty
 * @param axeTimeout   how long axe may run on one page, positive, not null
 * @param clock        the clock the audit's times are read from, not null
 * @param workers      how many browsers audit pages in parallel, at least 1
 * @param cache        the folder of earlier results ({@link AuditCache}), or empty to audit every page, not null
 * @param progress     where the audit reports its progress, a Japanese line at a time, not null
 */
public record AuditRequest(Path site, Path chromium, Path chromedriver, List<AuditMode> modes, Duration axeTimeout, Clock clock,
        int workers, Optional<Path> cache, Consumer<String> progress) {

    /** The default number of browsers in parallel: one per core of a 2-core CI machine (1, 2 and 3 still to be compared on an idle one). */
    public static final int DEFAULT_WORKERS = 2;

    /** Where Debian installs Chromium. */
    public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where Debian installs ChromeDriver. */
    public static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Validates the request and copies the modes.
     *
     * @throws IllegalArgumentException if no mode is given or the time limit is not positive
     * @param site         the built site, not null
     * @param chromium     the Chromium executable, not null
     * @param chromedriver the ChromeDriver executable (the same version as Chromium), not null
     * @param modes        the display modes, each page loaded once per mode, not null, not empty
     * @param axeTimeout   how long axe may run on one page, positive, not null
     * @param clock        the clock the audit's times are read from, not null
     * @param workers      how many browsers audit pages in parallel, at least 1
     * @param cache        the folder of earlier results, or empty to audit every page, not null
     * @param progress     where the audit reports its progress, a Japanese line at a time, not null
     */
    public AuditRequest {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(chromium, "chromium");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(progress, "progress");
        modes = List.copyOf(modes);
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("Invalid audit of " + site + ": give at least one mode");
        }
        if (axeTimeout.isNegative() || axeTimeout.isZero()) {
            throw new IllegalArgumentException("Invalid axe time limit (must be positive): " + axeTimeout);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("Invalid number of audit workers (must be at least 1): " + workers);
        }
    }

    /**
     * Audits a site in every mode, allowing axe 90 seconds a page (a loaded CI machine is slow), with Debian's Chromium and ChromeDriver, or those named by the system
     * properties {@code tsunagu.chromium} and {@code tsunagu.chromedriver}; {@value #DEFAULT_WORKERS} browsers in
     * parallel, no cache, no progress lines.
     *
     * @param site the built site, not null
     * @return the request, not null
     */
    public static AuditRequest of(Path site) {
        return new AuditRequest(site, path("tsunagu.chromium", DEFAULT_CHROMIUM), path("tsunagu.chromedriver", DEFAULT_CHROMEDRIVER),
                List.of(AuditMode.values()), Duration.ofSeconds(90), Clock.systemUTC(), DEFAULT_WORKERS, Optional.empty(), line -> { });
    }

    /**
     * Returns a copy with other browser executables.
     *
     * @param newChromium     Chromium, not null
     * @param newChromedriver ChromeDriver, not null
     * @return the request, not null
     */
    public AuditRequest withBrowser(Path newChromium, Path newChromedriver) {
        return new AuditRequest(site, newChromium, newChromedriver, modes, axeTimeout, clock, workers, cache, progress);
    }

    /**
     * Returns a copy with other display modes.
     *
     * @param newModes the modes, not null, not empty
     * @return the request, not null
     */
    public AuditRequest withModes(List<AuditMode> newModes) {
        return new AuditRequest(site, chromium, chromedriver, newModes, axeTimeout, clock, workers, cache, progress);
    }

    /**
     * Returns a copy that reads the time from another clock.
     *
     * @param newClock the clock, not null
     * @return the request, not null
     */
    public AuditRequest withClock(Clock newClock) {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, newClock, workers, cache, progress);
    }

    /**
     * Returns a copy with another number of browsers auditing pages in parallel.
     *
     * @param newWorkers the number, at least 1
     * @return the request, not null
     */
    public AuditRequest withWorkers(int newWorkers) {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, clock, newWorkers, cache, progress);
    }

    /**
     * Returns a copy that keeps each page's results in a folder and reuses them while nothing the page's audit
     * depends on has changed ({@link AuditCache}). The folder must lie outside the site.
     *
     * @param folder the cache folder, created when missing, not null
     * @return the request, not null
     */
    public AuditRequest withCache(Path folder) {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, clock, workers, Optional.of(folder), progress);
    }

    /**
     * Returns a copy that audits every page in the browser, reusing and keeping no results.
     *
     * @return the request, not null
     */
    public AuditRequest withoutCache() {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, clock, workers, Optional.empty(), progress);
    }

    /**
     * Returns a copy that reports its progress (start, then at most every few seconds) as Japanese lines.
     *
     * @param newProgress where the lines go, called from the audit's threads one line at a time, not null
     * @return the request, not null
     */
    public AuditRequest withProgress(Consumer<String> newProgress) {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, clock, workers, cache, newProgress);
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
