package jp.tsunagu.site.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to audit: a built site, the browser to audit it with, and the display modes.
 * Example:
 * <pre>{@code
 * AuditRequest request = AuditRequest.of(Path.of("content/target/site")).withModes(List.of(AuditMode.LIGHT));
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param site         the built site, not null
 * @param chromium     the Chromium executable, not null
 * @param chromedriver the ChromeDriver executable (the same version as Chromium), not null
 * @param modes        the display modes, each page loaded once per mode, not null, not empty
 * @param axeTimeout   how long axe may run on one page, positive, not null
 * @param clock        the clock the audit's times are read from, not null
 */
public record AuditRequest(Path site, Path chromium, Path chromedriver, List<AuditMode> modes, Duration axeTimeout, Clock clock) {

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
     */
    public AuditRequest {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(chromium, "chromium");
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(clock, "clock");
        modes = List.copyOf(modes);
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("Invalid audit of " + site + ": give at least one mode");
        }
        if (axeTimeout.isNegative() || axeTimeout.isZero()) {
            throw new IllegalArgumentException("Invalid axe time limit (must be positive): " + axeTimeout);
        }
    }

    /**
     * Audits a site in every mode, allowing axe 90 seconds a page (a loaded CI machine is slow), with Debian's Chromium and ChromeDriver, or those named by the system
     * properties {@code tsunagu.chromium} and {@code tsunagu.chromedriver}.
     *
     * @param site the built site, not null
     * @return the request, not null
     */
    public static AuditRequest of(Path site) {
        return new AuditRequest(site, path("tsunagu.chromium", DEFAULT_CHROMIUM), path("tsunagu.chromedriver", DEFAULT_CHROMEDRIVER),
                List.of(AuditMode.values()), Duration.ofSeconds(90), Clock.systemUTC());
    }

    /**
     * Returns a copy with other browser executables.
     *
     * @param newChromium     Chromium, not null
     * @param newChromedriver ChromeDriver, not null
     * @return the request, not null
     */
    public AuditRequest withBrowser(Path newChromium, Path newChromedriver) {
        return new AuditRequest(site, newChromium, newChromedriver, modes, axeTimeout, clock);
    }

    /**
     * Returns a copy with other display modes.
     *
     * @param newModes the modes, not null, not empty
     * @return the request, not null
     */
    public AuditRequest withModes(List<AuditMode> newModes) {
        return new AuditRequest(site, chromium, chromedriver, newModes, axeTimeout, clock);
    }

    /**
     * Returns a copy that reads the time from another clock.
     *
     * @param newClock the clock, not null
     * @return the request, not null
     */
    public AuditRequest withClock(Clock newClock) {
        return new AuditRequest(site, chromium, chromedriver, modes, axeTimeout, newClock);
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
