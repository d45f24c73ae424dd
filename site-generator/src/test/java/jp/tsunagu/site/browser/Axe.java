package jp.tsunagu.site.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import jp.tsunagu.site.audit.SiteAuditor;

/**
 * Runs the axe-core accessibility rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA on the page
 * a browser shows.
 * <p>
 * axe reports a run that did not finish as an <em>errored</em> result with an empty list of
 * violations, for instance when the page's JavaScript is switched off; a test that looked only at
 * the list would pass. {@link #audit} therefore fails whenever axe does not return a result: a
 * script error, a time-out, a missing result. Example:
 * <pre>{@code
 * Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
 * }</pre>
 * The {@code axe.min.js} shipped in Deque's {@code com.deque.html.axe-core:selenium} jar is
 * injected once per page as {@code tsunagu:audit} installs it ({@link SiteAuditor#installedAxe}: the same results,
 * its colour work cheaper; {@code SiteAuditorColourFieldsTests} compares it with the shipped axe), and
 * {@code axe.run} is called directly, which measured about three times
 * faster here than {@code AxeBuilder.analyze}; only violations are collected.
 * <p>
 * This class is immutable and thread-safe; the browser it audits is not.
 */
public final class Axe {

    /** The axe tags audited: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = readAxeSource();

    private static final String INSTALLED = SiteAuditor.installedAxe(SOURCE);

    private static final String IS_LOADED = "return typeof window.axe === 'object';";

    private static final String RUN = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
              .then(result => done({violations: result.violations.map(rule => ({
                  id: rule.id, impact: String(rule.impact), help: rule.help,
                  targets: rule.nodes.map(node => node.target.join(' '))}))}))
              .catch(error => done({error: String(error)}));
            """;

    private static final Axe WCAG_22_AA = new Axe(TAGS, Duration.ofSeconds(30));

    private final List<String> tags;
    private final Duration timeout;

    private Axe(List<String> tags, Duration timeout) {
        this.tags = List.copyOf(tags);
        this.timeout = timeout;
    }

    /**
     * Returns the audit for WCAG 2.2 level AA, with the {@link #TAGS} above and a time limit of 30 seconds.
     *
     * @return the audit, not null
     */
    public static Axe wcag22aa() {
        return WCAG_22_AA;
    }

    /**
     * Returns the source of the {@code axe.min.js} this class injects (as shipped, before
     * {@link SiteAuditor#installedAxe}), for a test that installs axe in
     * every new document itself (CDP {@code Page.addScriptToEvaluateOnNewDocument}) instead of sending
     * it with each audit.
     *
     * @return the script, not null
     */
    public static String source() {
        return SOURCE;
    }

    /**
     * Returns a copy of this audit with another time limit.
     *
     * @param timeout how long axe may run on one page, positive, not null
     * @return the audit, not null
     */
    public Axe withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Invalid axe time limit (must be positive): " + timeout);
        }
        return new Axe(tags, timeout);
    }

    /**
     * Runs axe on the page the driver shows.
     *
     * @param driver the browser, showing the page, not null
     * @return the violations found, not null
     * @throws AssertionError if axe did not finish or returned no result
     */
    public AxeReport audit(WebDriver driver) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        String url = driver.getCurrentUrl();
        Object result;
        try {
            driver.manage().timeouts().scriptTimeout(timeout);
            if (!Boolean.TRUE.equals(script.executeScript(IS_LOADED))) {
                script.executeScript(INSTALLED);
            }
            result = script.executeAsyncScript(RUN, tags);
        } catch (WebDriverException e) {
            throw new AssertionError("axe did not finish on " + url + " (is JavaScript off?): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(result instanceof Map<?, ?> map) || map.containsKey("error") || !(map.get("violations") instanceof List<?>)) {
            throw new AssertionError("axe returned no result on " + url + ": " + result);
        }
        List<AxeReport.Violation> violations = ((List<?>) map.get("violations")).stream()
                .map(rule -> violationOf((Map<?, ?>) rule))
                .toList();
        return new AxeReport(url, violations);
    }

    private static AxeReport.Violation violationOf(Map<?, ?> rule) {
        List<String> targets = ((List<?>) rule.get("targets")).stream().map(String::valueOf).toList();
        return new AxeReport.Violation(String.valueOf(rule.get("id")), String.valueOf(rule.get("impact")),
                String.valueOf(rule.get("help")), targets);
    }

    private static String readAxeSource() {
        try (InputStream in = Objects.requireNonNull(AxeBuilder.class.getResourceAsStream("/axe.min.js"),
                "axe.min.js is missing from com.deque.html.axe-core:selenium")) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read axe.min.js", e);
        }
    }
}
