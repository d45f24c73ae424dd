package jp.tsunagu.site.a11y;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The audits a generated site must pass, page by page, in a real browser: axe's WCAG 2.0/2.1/2.2 A and AA
 * rules in four modes, keyboard reach, and reflow at 320 CSS px.
 * <p>
 * Each routine returns what it found instead of failing at the first problem, so that a test can report
 * every problem of every page in one message; the tests of the sites and the tests of the tests (pages
 * broken on purpose, {@code BrokenFixtureTests}) call the very same routines. A routine fails at once
 * only when the audit itself cannot be trusted: axe did not finish, the colour scheme or the JavaScript
 * setting did not apply, the page was not served as HTML.
 * <p>
 * Each page costs few round trips to the browser: the checks of a page run as one script, and key
 * presses go as one chain of actions.
 */
final class SiteAudit {

    /** How a page is shown to axe: colour scheme × JavaScript. */
    enum Mode {
        LIGHT_JS_ON(Browser.ColorScheme.LIGHT, true),
        DARK_JS_ON(Browser.ColorScheme.DARK, true),
        LIGHT_JS_OFF(Browser.ColorScheme.LIGHT, false),
        DARK_JS_OFF(Browser.ColorScheme.DARK, false);

        private final Browser.ColorScheme scheme;
        private final boolean javaScript;

        Mode(Browser.ColorScheme scheme, boolean javaScript) {
            this.scheme = scheme;
            this.javaScript = javaScript;
        }

        @Override
        public String toString() {
            return scheme.value() + ", JavaScript " + (javaScript ? "on" : "off");
        }
    }

    /**
     * The time limit of one axe run: it only guards against a run that never ends; the さくいん page has over a
     * thousand links, and a busy CI machine can take long over it.
     */
    private static final Duration AXE_TIMEOUT = Duration.ofMinutes(2);

    /**
     * axe as the published audit installs it (with its colour parsing memoised), and the published audit's script
     * that runs it in one mode: the dark scheme, switched on the light scheme's load, runs only the rules that read
     * colours when the page renders as in the light scheme ({@code axe-run.js}), and every rule otherwise.
     */
    private static final String INSTALLED_AXE = jp.tsunagu.site.audit.SiteAuditor.installedAxe(Axe.source());
    private static final String AXE_RUN = jp.tsunagu.site.audit.SiteAuditor.axeRunScript();

    /** The viewport width of WCAG 1.4.10 Reflow: 1280 CSS px at 400 % zoom. */
    static final int REFLOW_WIDTH = 320;

    /** Describes an element briefly: tag, id or classes, href, start of its text. */
    private static final String DESCRIBE = """
            const describe = el => {
              if (!el) return 'nothing';
              let s = el.tagName.toLowerCase();
              if (el.id) s += '#' + el.id;
              else if (el.classList.length) s += '.' + [...el.classList].join('.');
              const href = el.getAttribute('href');
              if (href !== null) s += '[href="' + href + '"]';
              const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
              if (text) s += ' "' + (text.length > 30 ? text.slice(0, 30) + '…' : text) + '"';
              return s;
            };
            """;

    /**
     * Waits until the page's scripts have left the DOM alone for a second (at most ten seconds), for a
     * state that a script builds after loading, such as search results for {@code search.html?q=…}.
     */
    private static final String QUIET = """
            const done = arguments[arguments.length - 1];
            let timer;
            const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, 1000); });
            const giveUp = setTimeout(() => { observer.disconnect(); done(false); }, 10000);
            function finish() { observer.disconnect(); clearTimeout(giveUp); done(true); }
            observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
            timer = setTimeout(finish, 1000);
            """;

    /** Whether axe is in the page, for a page loaded without JavaScript (axe is then injected on the load). */
    private static final String AXE_LOADED = "return typeof window.axe === 'object';";

    /** Records every focus change, with whether the element shows an outline (or a box shadow). */
    private static final String KEYBOARD_SETUP = DESCRIBE + """
            window.__tsunaguFocused = [];
            window.__tsunaguNoOutline = [];
            document.addEventListener('focusin', event => {
              const el = event.target;
              window.__tsunaguFocused.push(el);
              const style = getComputedStyle(el);
              const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
              if (el.tabIndex >= 0 && !outline && style.boxShadow === 'none') {
                window.__tsunaguNoOutline.push(describe(el) + ' (outline-style: ' + style.outlineStyle + ')');
              }
            }, true);
            return {type: document.contentType};
            """;

    /** After the first Tab: is the focused element the skip link, on screen, pointing to main? */
    private static final String KEYBOARD_FIRST = DESCRIBE + """
            const el = document.activeElement;
            const r = el.getBoundingClientRect();
            const target = el.matches('a[href^="#"]') ? document.getElementById(el.getAttribute('href').slice(1)) : null;
            return {
              element: el === document.body ? 'nothing' : describe(el),
              skipLink: el.matches('a.skip-link[href^="#"]'),
              onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
              targetIsMain: target !== null && target === document.querySelector('main')
            };
            """;

    /**
     * Before the round of Tab presses (after Enter on the skip link, if any): where focus is, and what a
     * keyboard user must reach: every visible link and form control, even one taken out of the Tab order
     * with tabindex="-1", and whatever else has tabindex ≥ 0. Returns how many presses a full round needs at most.
     */
    private static final String KEYBOARD_PREPARE = DESCRIBE + """
            const visible = el => !el.closest('[inert], [hidden]') && getComputedStyle(el).visibility === 'visible'
                && el.getClientRects().length > 0;
            const controls = 'a[href], area[href], button, input, select, textarea, summary';
            const all = [...document.querySelectorAll(controls + ', iframe, [tabindex], [contenteditable]')];
            const main = document.querySelector('main');
            window.__tsunaguExpected = all.filter(el => visible(el) && !el.disabled
                && !(el.tagName === 'INPUT' && el.type === 'hidden') && (el.matches(controls) || el.tabIndex >= 0));
            window.__tsunaguRoundStart = window.__tsunaguFocused.length;
            return {
              presses: all.length + 3,
              focus: document.activeElement === document.body ? 'nothing' : describe(document.activeElement),
              focusIsMain: main !== null && document.activeElement === main,
              mainHasTabStop: main !== null && window.__tsunaguExpected.some(el => main.contains(el) && el.tabIndex >= 0)
            };
            """;

    /** After the round of Tab presses. */
    private static final String KEYBOARD_RESULT = DESCRIBE + """
            const focused = window.__tsunaguFocused;
            const next = focused[window.__tsunaguRoundStart];
            const main = document.querySelector('main');
            return {
              expected: window.__tsunaguExpected.length,
              unreached: window.__tsunaguExpected.filter(el => !focused.includes(el)).map(describe),
              noOutline: [...new Set(window.__tsunaguNoOutline)],
              next: describe(next),
              nextInMain: main !== null && next !== undefined && next !== main && main.contains(next)
            };
            """;

    /** Chromium's default text sizes, restored after the stress pass of {@link #reflow}. */
    private static final Map<String, Integer> DEFAULT_FONT_SIZES = Map.of("standard", 16, "fixed", 13);

    /** The text sizes of the stress pass of {@link #reflow}: 150 % of the defaults. */
    private static final Map<String, Integer> STRESS_FONT_SIZES = Map.of("standard", 24, "fixed", 20);

    /** The size of text at the browser's default size ({@code font-size: medium}), in CSS px, such as {@code 16px}. */
    private static final String MEDIUM_TEXT = """
            const probe = document.createElement('span');
            probe.style.fontSize = 'medium';
            document.documentElement.append(probe);
            const size = getComputedStyle(probe).fontSize;
            probe.remove();
            return size;
            """;

    /** The reflow check of the published audit ({@code reflow.js}), run here with the stress pass too. */
    private static final String REFLOW = jp.tsunagu.site.audit.SiteAuditor.reflowScript();

    private SiteAudit() {
    }

    /**
     * Runs axe with the WCAG 2.0/2.1/2.2 A and AA tags on every page in every {@link Mode}: {@link #axeWithJavaScript}
     * then {@link #axeWithoutJavaScript}.
     *
     * @param browser the browser, not null
     * @param server  the server of the site, not null
     * @param pages   the pages, relative to the site root, not null
     * @return every violation, not null
     */
    static List<Finding> axe(Browser browser, StaticServer server, List<String> pages) {
        List<Finding> findings = new ArrayList<>(axeWithJavaScript(browser, server, pages));
        findings.addAll(axeWithoutJavaScript(browser, server, pages));
        return findings;
    }

    /**
     * Runs axe with the WCAG 2.0/2.1/2.2 A and AA tags on every page with JavaScript on, in the light and the dark
     * colour scheme ({@link Mode#LIGHT_JS_ON}, {@link Mode#DARK_JS_ON}); an errored axe run fails at once, as does a
     * colour scheme that did not apply.
     * <p>
     * Each page is loaded once, in the light scheme, its scripts run, and it is audited; then the dark scheme is
     * emulated on the same load (CDP {@code Emulation.setEmulatedMedia}, as the published audit switches its modes)
     * and it is audited again. The theme's CSS follows the scheme and no script of the theme reads it, so this
     * restyles the page as a load in the dark scheme would. To save sending axe's half a megabyte with every audit,
     * axe is installed in every new document meanwhile (CDP {@code Page.addScriptToEvaluateOnNewDocument}). axe runs as
     * the published audit runs it ({@code SiteAuditor.axeRunScript()}): in the dark scheme, only the rules that read
     * colours when the page renders as in the light scheme, every rule otherwise.
     *
     * @param browser the browser, not null
     * @param server  the server of the site, not null
     * @param pages   the pages, relative to the site root, not null
     * @return every violation, not null
     */
    static List<Finding> axeWithJavaScript(Browser browser, StaticServer server, List<String> pages) {
        List<Finding> findings = new ArrayList<>();
        ChromeDriver driver = browser.driver();
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTALLED_AXE))
                .get("identifier");
        try {
            for (String page : pages) {
                browser.emulateColorScheme(Mode.LIGHT_JS_ON.scheme);
                open(browser, server, page);
                List<Finding> light = axeOnce(browser, page, Mode.LIGHT_JS_ON, List.of());
                findings.addAll(light);
                browser.emulateColorScheme(Mode.DARK_JS_ON.scheme);
                findings.addAll(axeOnce(browser, page, Mode.DARK_JS_ON, light));
            }
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            browser.reset();
        }
        return findings;
    }

    /**
     * Runs axe with the WCAG 2.0/2.1/2.2 A and AA tags on every page as a browser without JavaScript shows it, in the
     * light and the dark colour scheme ({@link Mode#LIGHT_JS_OFF}, {@link Mode#DARK_JS_OFF}); an errored axe run fails
     * at once, as does a colour scheme or JavaScript setting that did not apply.
     * <p>
     * Each page is loaded once with scripts disabled, which are switched back on without reloading so that axe can be
     * injected; as no script of the page ran, switching to the dark scheme in place re-applies the CSS exactly as a
     * load in that scheme would.
     *
     * @param browser the browser, not null
     * @param server  the server of the site, not null
     * @param pages   the pages, relative to the site root, not null
     * @return every violation, not null
     */
    static List<Finding> axeWithoutJavaScript(Browser browser, StaticServer server, List<String> pages) {
        List<Finding> findings = new ArrayList<>();
        try {
            for (String page : pages) {
                browser.emulateColorScheme(Mode.LIGHT_JS_OFF.scheme);
                browser.openWithoutJavaScript(uriOf(server, page));
                List<Finding> light = axeOnce(browser, page, Mode.LIGHT_JS_OFF, List.of());
                findings.addAll(light);
                browser.emulateColorScheme(Mode.DARK_JS_OFF.scheme);
                findings.addAll(axeOnce(browser, page, Mode.DARK_JS_OFF, light));
            }
        } finally {
            browser.reset();
        }
        return findings;
    }

    /**
     * Runs axe in one mode; {@code light} is what the light scheme found on the same load, which the dark scheme finds
     * again for every rule but those that read colours when the page renders as in the light scheme.
     */
    private static List<Finding> axeOnce(Browser browser, String page, Mode mode, List<Finding> light) {
        ChromeDriver driver = browser.driver();
        boolean loaded = Boolean.TRUE.equals(driver.executeScript(AXE_LOADED));
        // Installed in every new document while JavaScript is on; absent from a page loaded without it
        // (unless already injected for the light scheme, on the same load).
        if (mode != Mode.DARK_JS_OFF && mode.javaScript != loaded) {
            throw new AssertionError("axe was " + (mode.javaScript ? "not " : "") + "installed while " + page
                    + " loaded in mode " + mode);
        }
        if (!loaded) {
            driver.executeScript(INSTALLED_AXE);
        }
        driver.manage().timeouts().scriptTimeout(AXE_TIMEOUT);
        boolean first = mode.scheme == Browser.ColorScheme.LIGHT;
        Object answer;
        try {
            answer = driver.executeAsyncScript(AXE_RUN, Axe.TAGS, Map.of("prefers-color-scheme", mode.scheme.value()), first,
                    jp.tsunagu.site.audit.SiteAuditor.STYLE_RULES);
        } catch (org.openqa.selenium.WebDriverException e) {
            throw new AssertionError("axe did not finish on " + page + " in mode " + mode + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(answer instanceof Map<?, ?> result)) {
            throw new AssertionError("axe returned no result on " + page + " in mode " + mode + ": " + answer);
        }
        assertHtml(result, page);
        if (!(result.get("media") instanceof List<?> missed) || !missed.isEmpty()) {
            throw new AssertionError("The colour scheme " + mode.scheme.value() + " was not applied on " + page + ": "
                    + result.get("media"));
        }
        if (result.containsKey("error") || !(result.get("violations") instanceof List<?> violations)) {
            throw new AssertionError("axe returned no result on " + page + " in mode " + mode + ": " + result.get("error"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Object v : violations) {
            Map<?, ?> rule = (Map<?, ?>) v;
            findings.add(new Finding(page, mode.toString(), rule.get("id") + " (" + rule.get("impact") + ")",
                    rule.get("help") + ": " + rule.get("targets")));
        }
        if ("style".equals(result.get("rules"))) {
            light.stream().filter(f -> !jp.tsunagu.site.audit.SiteAuditor.STYLE_RULES.contains(f.rule().split(" ")[0]))
                    .forEach(f -> findings.add(new Finding(page, mode.toString(), f.rule(), f.detail())));
        }
        return findings;
    }

    /**
     * Presses Tab through every page with real key events and checks that every visible link, form
     * control and focusable element receives focus with a visible outline (or box shadow); that the first
     * Tab focuses the skip link, on screen, pointing to {@code main}; that Enter on it moves focus to
     * {@code main}, from where the next Tab continues inside {@code main}. After the last element, Tab
     * leaves the page and the next one starts again at the top, so one round of presses from {@code main}
     * reaches the header too. What must be reached is collected just before that round, after Enter:
     * following the skip link fires {@code popstate}, on which a script may rebuild part of the page
     * (search.js runs the query again).
     *
     * @param browser the browser, not null
     * @param server  the server of the site, not null
     * @param pages   the pages, relative to the site root, not null
     * @return every problem, not null
     */
    static List<Finding> keyboard(Browser browser, StaticServer server, List<String> pages) {
        String mode = "keyboard, light, JavaScript on";
        List<Finding> findings = new ArrayList<>();
        ChromeDriver driver = browser.driver();
        try {
            for (String page : pages) {
                open(browser, server, page);
                assertHtml((Map<?, ?>) driver.executeScript(KEYBOARD_SETUP), page);
                new Actions(driver).sendKeys(Keys.TAB).perform();
                Map<?, ?> first = (Map<?, ?>) driver.executeScript(KEYBOARD_FIRST);
                boolean skipLink = Boolean.TRUE.equals(first.get("skipLink"));
                if (!skipLink) {
                    findings.add(new Finding(page, mode, "keyboard-skip-link-first",
                            "the first Tab focused " + first.get("element") + ", not the skip link"));
                } else {
                    if (!Boolean.TRUE.equals(first.get("onScreen"))) {
                        findings.add(new Finding(page, mode, "keyboard-skip-link-hidden", "the focused skip link is not on screen"));
                    }
                    if (!Boolean.TRUE.equals(first.get("targetIsMain"))) {
                        findings.add(new Finding(page, mode, "keyboard-skip-link-target", "the skip link does not point to main"));
                    }
                    new Actions(driver).sendKeys(Keys.ENTER).perform();
                    settle(browser, page);
                }
                Map<?, ?> before = (Map<?, ?>) driver.executeScript(KEYBOARD_PREPARE);
                if (skipLink && !Boolean.TRUE.equals(before.get("focusIsMain"))) {
                    findings.add(new Finding(page, mode, "keyboard-skip-link-focus",
                            "after Enter on the skip link, focus is on " + before.get("focus") + ", not on main"));
                }
                Actions round = new Actions(driver);
                for (long i = 0; i < (Long) before.get("presses"); i++) {
                    round.sendKeys(Keys.TAB);
                }
                round.perform();
                Map<?, ?> result = (Map<?, ?>) driver.executeScript(KEYBOARD_RESULT);
                if ((Long) result.get("expected") == 0) {
                    findings.add(new Finding(page, mode, "keyboard-nothing-to-reach", "no link or control found on the page"));
                }
                if (skipLink && Boolean.TRUE.equals(before.get("focusIsMain")) && Boolean.TRUE.equals(before.get("mainHasTabStop"))
                        && !Boolean.TRUE.equals(result.get("nextInMain"))) {
                    findings.add(new Finding(page, mode, "keyboard-skip-link-continue",
                            "the Tab after the skip link focused " + result.get("next") + ", outside main"));
                }
                for (Object element : (List<?>) result.get("unreached")) {
                    findings.add(new Finding(page, mode, "keyboard-unreachable", element + " never receives focus from Tab"));
                }
                for (Object element : (List<?>) result.get("noOutline")) {
                    findings.add(new Finding(page, mode, "keyboard-focus-not-visible", element + " has no visible focus outline"));
                }
            }
        } finally {
            browser.reset();
        }
        return findings;
    }

    /**
     * Shows every page in a viewport {@value #REFLOW_WIDTH} CSS px wide (CDP
     * {@code Emulation.setDeviceMetricsOverride}) and checks that the page does not scroll sideways, that
     * no element sticks out of the viewport or is cut off, and that whatever scrolls sideways inside the
     * page (a wide data table) is a focusable, named region, which WCAG 1.4.10 allows.
     * <p>
     * Each page is loaded once and checked twice: as it comes, and under stress: the browser's text size raised to
     * 150 % (CDP {@code Page.setFontSizes}, as a resident with poor sight sets it; the design respects it) with the
     * text spacing of WCAG 1.4.12 on top (line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing
     * 0.16), so that a label that cannot wrap shows up before a resident meets it. The text size changes on the
     * loaded page, which is laid out again (no script of the theme measures the page), and the check fails at once
     * if the page's default text size did not follow.
     *
     * @param browser the browser, not null
     * @param server  the server of the site, not null
     * @param pages   the pages, relative to the site root, not null
     * @return every problem, not null
     */
    static List<Finding> reflow(Browser browser, StaticServer server, List<String> pages) {
        List<Finding> findings = new ArrayList<>();
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", REFLOW_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (String page : pages) {
                driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", DEFAULT_FONT_SIZES));
                open(browser, server, page);
                for (boolean stress : new boolean[] {false, true}) {
                    String mode = REFLOW_WIDTH + " CSS px" + (stress ? ", text 150 % with WCAG 1.4.12 spacing" : "");
                    Map<String, Integer> sizes = stress ? STRESS_FONT_SIZES : DEFAULT_FONT_SIZES;
                    if (stress) {
                        driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", sizes));
                    }
                    Object medium = driver.executeScript(MEDIUM_TEXT);
                    if (!(sizes.get("standard") + "px").equals(medium)) {
                        throw new AssertionError("The text size " + sizes.get("standard") + " px was not applied on " + page
                                + " (medium text is " + medium + ")");
                    }
                    Map<?, ?> result = (Map<?, ?>) driver.executeScript(REFLOW, REFLOW_WIDTH, stress);
                    assertHtml(result, page);
                    for (Object problem : (List<?>) result.get("problems")) {
                        String text = String.valueOf(problem);
                        int colon = text.indexOf(": ");
                        findings.add(new Finding(page, mode, text.substring(0, colon), text.substring(colon + 2)));
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", DEFAULT_FONT_SIZES));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.reset();
        }
        return findings;
    }

    /**
     * Loads a page with JavaScript on; for a page given with a query, such as {@code search.html?q=情報},
     * waits until its scripts have built the state the query asks for.
     */
    private static void open(Browser browser, StaticServer server, String page) {
        browser.open(uriOf(server, page));
        settle(browser, page);
    }

    /** For a page given with a query, waits until its scripts have left the DOM alone (see {@link #QUIET}). */
    private static void settle(Browser browser, String page) {
        if (page.contains("?") && !Boolean.TRUE.equals(browser.driver().executeAsyncScript(QUIET))) {
            throw new AssertionError("The scripts of " + page + " kept changing the page for ten seconds");
        }
    }

    /** The address of a page of the site, with its query (such as {@code q=情報}) percent-encoded if it has one. */
    static URI uriOf(StaticServer server, String page) {
        int question = page.indexOf('?');
        if (question < 0) {
            return server.uriOf(page);
        }
        String query = Arrays.stream(page.substring(question + 1).split("&"))
                .map(pair -> Arrays.stream(pair.split("=", 2)).map(part -> URLEncoder.encode(part, UTF_8))
                        .collect(Collectors.joining("=")))
                .collect(Collectors.joining("&"));
        return URI.create(server.uriOf(page.substring(0, question)) + "?" + query);
    }

    /** Fails if the server answered with something else than the page, such as its 404 text. */
    private static void assertHtml(Map<?, ?> state, String page) {
        if (!"text/html".equals(state.get("type"))) {
            throw new AssertionError("Not served as HTML (" + state.get("type") + "): " + page);
        }
    }
}
