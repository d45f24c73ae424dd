package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.AxeReport;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The reading aids of every page (issue 5, part 3) in Chromium: text size and colour choices, remembered in
 * localStorage across pages and reloads; the system's colour scheme, contrast and forced colours followed while
 * the choice is 自動; axe clean in each mode; nothing offered without JavaScript; the print stylesheet. Screenshots
 * of each mode go to {@code target/screenshots/}.
 */
@BrowserTest
class ReadingAidsTests {

    /** Representative pages of the fictional sample city: home, an initiative with a KPI chart, a table, the glossary. */
    static final List<String> PAGES = List.of("index.html", "initiatives/online-shinsei.html",
            "action-plans/2022/index.html", "glossary.html");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String COLOURS = """
            const css = el => getComputedStyle(el);
            const link = document.querySelector('main a[href]');
            return {bg: css(document.body).backgroundColor, fg: css(document.body).color,
                    link: link ? css(link).color : null, rootSize: css(document.documentElement).fontSize,
                    theme: document.documentElement.getAttribute('data-theme'),
                    size: document.documentElement.getAttribute('data-text-size')};
            """;

    private static StaticServer server;

    @BeforeAll
    static void serve() {
        server = BuiltSites.served(BuiltSites.SAMPLE);
    }

    @Test
    void textSizeAndThemeSurviveNavigationAndReload(Browser browser) {
        ChromeDriver driver = open(browser, "index.html");
        String defaultSize = colours(driver).get("rootSize").toString();

        press(driver, "[data-set-text-size='x-large']");
        press(driver, "[data-set-theme='dark']");
        Map<String, Object> chosen = colours(driver);
        driver.findElement(By.cssSelector(".site-nav a[href='glossary.html']")).click();
        Map<String, Object> afterNavigation = colours(driver);
        driver.navigate().refresh();
        Map<String, Object> afterReload = colours(driver);

        assertThat(px(defaultSize)).isEqualTo(16.0);
        for (Map<String, Object> state : List.of(chosen, afterNavigation, afterReload)) {
            assertThat(state).containsEntry("theme", "dark").containsEntry("size", "x-large")
                    .containsEntry("bg", "rgb(18, 18, 18)").containsEntry("rootSize", "24px");
        }
        assertThat(driver.getCurrentUrl()).endsWith("/glossary.html");
        assertThat(pressed(driver)).containsExactly("特大", "暗い", "ふつう");

        press(driver, "[data-set-text-size='']");
        press(driver, "[data-set-theme='']");
        driver.navigate().refresh();
        assertThat(colours(driver)).containsEntry("theme", null).containsEntry("size", null)
                .containsEntry("bg", "rgb(255, 255, 255)").containsEntry("rootSize", "16px");
        assertThat(pressed(driver)).containsExactly("標準", "自動", "ふつう");
    }

    @Test
    void eachThemeChangesTheComputedColours(Browser browser) {
        ChromeDriver driver = open(browser, "glossary.html");
        Map<String, Map<String, Object>> seen = new java.util.LinkedHashMap<>();
        for (String theme : List.of("light", "dark", "contrast")) {
            press(driver, "[data-set-theme='" + theme + "']");
            seen.put(theme, colours(driver));
        }

        assertThat(seen.get("light")).containsEntry("bg", "rgb(255, 255, 255)").containsEntry("fg", "rgb(26, 26, 26)")
                .containsEntry("link", "rgb(0, 49, 216)");
        assertThat(seen.get("dark")).containsEntry("bg", "rgb(18, 18, 18)").containsEntry("fg", "rgb(242, 242, 242)");
        assertThat(seen.get("contrast")).containsEntry("bg", "rgb(0, 0, 0)").containsEntry("fg", "rgb(255, 255, 255)")
                .containsEntry("link", "rgb(255, 255, 0)");
        assertThat(seen.values().stream().map(c -> c.get("bg") + " " + c.get("link")).distinct()).hasSize(3);
    }

    @Test
    void automaticFollowsTheSystemAndAChoiceOverridesIt(Browser browser) {
        ChromeDriver driver = open(browser, "initiatives/online-shinsei.html");
        String forced = """
                const target = document.querySelector('svg.chart polyline.target');
                return {forced: matchMedia('(forced-colors: active)').matches, text: getComputedStyle(document.body).color,
                        stroke: getComputedStyle(target).stroke, dashes: getComputedStyle(target).strokeDasharray,
                        pressedBorder: getComputedStyle(document.querySelector('.reading-tools [aria-pressed=true]')).borderTopStyle};
                """;

        browser.emulateMedia(Map.of("prefers-color-scheme", "dark"));
        Map<String, Object> dark = colours(driver);
        browser.emulateMedia(Map.of("prefers-contrast", "more"));
        Map<String, Object> more = colours(driver);
        browser.emulateMedia(Map.of("prefers-contrast", "more", "prefers-color-scheme", "dark"));
        Map<String, Object> moreDark = colours(driver);
        browser.emulateMedia(Map.of("forced-colors", "active"));
        Map<String, Object> forcedColours = map(driver.executeScript(forced));
        browser.emulateMedia(Map.of("prefers-color-scheme", "dark"));
        press(driver, "[data-set-theme='light']");
        Map<String, Object> lightChosen = colours(driver);

        assertThat(dark).containsEntry("bg", "rgb(18, 18, 18)").containsEntry("theme", null);
        assertThat(more).containsEntry("bg", "rgb(255, 255, 255)").containsEntry("fg", "rgb(0, 0, 0)");
        assertThat(moreDark).containsEntry("bg", "rgb(0, 0, 0)").containsEntry("fg", "rgb(255, 255, 255)");
        assertThat(forcedColours).containsEntry("forced", true).containsEntry("pressedBorder", "solid");
        assertThat(forcedColours.get("stroke")).as("the target line drawn in the system's text colour")
                .isEqualTo(forcedColours.get("text"));
        assertThat(forcedColours.get("dashes")).as("the target line stays dashed").isNotEqualTo("none");
        assertThat(lightChosen).containsEntry("bg", "rgb(255, 255, 255)").containsEntry("theme", "light");
    }

    @Test
    void axeFindsNothingInAnyModeOrTextSize(Browser browser) {
        ChromeDriver driver = open(browser, "index.html");
        record Mode(String name, String theme, String size, Map<String, String> media) {
        }
        List<Mode> modes = List.of(
                new Mode("light", "light", "", Map.of()),
                new Mode("dark", "dark", "", Map.of()),
                new Mode("high contrast", "contrast", "", Map.of()),
                new Mode("system more contrast", "", "", Map.of("prefers-contrast", "more")),
                new Mode("system dark", "", "", Map.of("prefers-color-scheme", "dark")),
                new Mode("forced colors", "", "", Map.of("forced-colors", "active")),
                new Mode("large text, dark", "dark", "x-large", Map.of()));
        List<String> violations = new ArrayList<>();
        // Each page is loaded once and shown in every mode in turn, as a reader switches them: the buttons and the
        // emulated media features restyle the loaded page (the CSS follows the system's settings; no script reads them),
        // and axe is injected once per page. That a choice is applied again on loading is checked above.
        for (String page : PAGES) {
            browser.emulateMedia(Map.of());
            browser.open(server.uriOf(page));
            for (Mode mode : modes) {
                browser.emulateMedia(mode.media());
                press(driver, "[data-set-theme='" + mode.theme() + "']");
                press(driver, "[data-set-text-size='" + mode.size() + "']");
                assertThat(colours(driver)).as("%s, %s", mode.name(), page)
                        .containsEntry("theme", mode.theme().isEmpty() ? null : mode.theme())
                        .containsEntry("size", mode.size().isEmpty() ? null : mode.size());
                assertThat(mode.media()).as("%s, %s: emulated media features", mode.name(), page)
                        .allSatisfy((name, value) -> assertThat(driver.executeScript(
                                "return matchMedia(arguments[0]).matches;", "(" + name + ": " + value + ")")).isEqualTo(true));
                AxeReport report = Axe.wcag22aa().audit(driver);
                report.violations().forEach(v -> violations.add(mode.name() + ", " + page + ": " + v.ruleId()
                        + " " + v.help() + " " + v.targets()));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void withoutJavaScriptNoControlIsShownAndTheSystemSettingsStillApply(Browser browser) {
        ChromeDriver driver = open(browser, "index.html");
        press(driver, "[data-set-theme='contrast']");
        press(driver, "[data-set-text-size='large']");

        browser.emulateMedia(Map.of("prefers-color-scheme", "dark"));
        browser.openWithoutJavaScript(server.uriOf("initiatives/online-shinsei.html"));

        assertThat(driver.findElement(By.cssSelector(".reading-tools")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".reading-tools button")))
                .allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());
        assertThat(colours(driver)).as("the saved choice needs the script; the system's dark scheme applies")
                .containsEntry("theme", null).containsEntry("bg", "rgb(18, 18, 18)");
        // Asked of the browser: Selenium's isDisplayed takes what a closed <details> holds for hidden, and the header's
        // folds stay closed without JavaScript while CSS shows what they hold on a wide screen.
        assertThat(((List<?>) driver.executeScript("return [...document.querySelectorAll('.site-nav a')].map(a => a.checkVisibility());"))
                .stream().map(Boolean.class::cast).toList())
                .hasSizeGreaterThan(3).containsOnly(true);
        Axe.wcag22aa().audit(driver).assertNoViolations();
    }

    @Test
    void theHeaderReflowsAt320CssPixelsWithLargestTextAndWideSpacing(Browser browser) {
        ChromeDriver driver = open(browser, "index.html");
        press(driver, "[data-set-text-size='x-large']");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        List<String> problems = new ArrayList<>();
        try {
            for (String page : PAGES) {
                browser.open(server.uriOf(page));
                // WCAG 1.4.12 text spacing, added through the CSSOM (the CSP forbids inline styles, not this).
                Object result = driver.executeScript("""
                        const sheet = document.styleSheets[0];
                        sheet.insertRule('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }', sheet.cssRules.length);
                        sheet.insertRule('p { margin-bottom: 2em !important; }', sheet.cssRules.length);
                        const root = document.documentElement, out = [];
                        if (root.scrollWidth > root.clientWidth) out.push('page scrolls sideways: ' + root.scrollWidth);
                        const scroller = el => el.closest('.table-wrap');
                        for (const el of document.querySelectorAll('body *')) {
                          const r = el.getBoundingClientRect();
                          if (r.width > 0 && !scroller(el) && (r.right > root.clientWidth + 0.5 || r.left < -0.5)) {
                            out.push(el.outerHTML.slice(0, 80) + ' spans ' + Math.round(r.left) + '…' + Math.round(r.right));
                          }
                        }
                        if (getComputedStyle(root).fontSize !== '24px') out.push('text size ' + getComputedStyle(root).fontSize);
                        return out;
                        """);
                ((List<?>) result).forEach(problem -> problems.add(page + ": " + problem));
            }
            screenshot(driver, "narrow-320px-largest-text");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void savesAScreenshotOfEachMode(Browser browser) {
        ChromeDriver driver = open(browser, "initiatives/online-shinsei.html");
        record Shot(String name, String theme, String size, String media, Map<String, String> features) {
        }
        List<Shot> shots = List.of(
                new Shot("light", "light", "", "", Map.of()),
                new Shot("dark", "dark", "", "", Map.of()),
                new Shot("high-contrast", "contrast", "", "", Map.of()),
                new Shot("forced-colors", "", "", "", Map.of("forced-colors", "active")),
                new Shot("large-text", "", "x-large", "", Map.of()),
                new Shot("print", "dark", "", "print", Map.of()));
        List<Path> written = new ArrayList<>();
        // One load, every mode switched on it in turn.
        for (Shot shot : shots) {
            browser.emulateMedia(Map.of());
            press(driver, "[data-set-theme='" + shot.theme() + "']");
            press(driver, "[data-set-text-size='" + shot.size() + "']");
            List<Map<String, String>> features = shot.features().entrySet().stream()
                    .map(f -> Map.of("name", f.getKey(), "value", f.getValue())).toList();
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", shot.media(), "features", features));
            if (shot.name().equals("print")) {
                Map<String, Object> print = map(driver.executeScript("""
                        const link = document.querySelector('main a[data-print-url]');
                        return {bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color,
                                nav: getComputedStyle(document.querySelector('.site-nav')).display,
                                tools: getComputedStyle(document.querySelector('.reading-tools')).display,
                                search: getComputedStyle(document.querySelector('.site-search')).display,
                                skip: getComputedStyle(document.querySelector('.skip-link')).display,
                                url: link.getAttribute('data-print-url'), after: getComputedStyle(link, '::after').content};
                        """));
                assertThat(print).containsEntry("bg", "rgb(255, 255, 255)").containsEntry("fg", "rgb(0, 0, 0)")
                        .containsEntry("nav", "none").containsEntry("tools", "none").containsEntry("search", "none")
                        .containsEntry("skip", "none");
                assertThat(print.get("url").toString()).startsWith("http://localhost/");
                assertThat(print.get("after").toString()).contains(print.get("url").toString());
            }
            written.add(screenshot(driver, shot.name()));
        }
        browser.emulateMedia(Map.of());
        assertThat(written).allSatisfy(file -> assertThat(file).isNotEmptyFile());
    }

    static ChromeDriver open(Browser browser, String page) {
        browser.open(server.uriOf(page));
        ChromeDriver driver = browser.driver();
        driver.executeScript("localStorage.clear();");
        browser.open(server.uriOf(page));
        return driver;
    }

    private static void press(ChromeDriver driver, String selector) {
        WebElement button = driver.findElement(By.cssSelector(".reading-tools " + selector));
        button.click();
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("true");
    }

    private static List<String> pressed(ChromeDriver driver) {
        return driver.findElements(By.cssSelector(".reading-tools [aria-pressed='true']")).stream()
                .map(b -> b.getText().replace("✓", "").strip()).toList();
    }

    private static Map<String, Object> colours(ChromeDriver driver) {
        return map(driver.executeScript(COLOURS));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object result) {
        return (Map<String, Object>) result;
    }

    private static double px(String value) {
        return Double.parseDouble(value.replace("px", ""));
    }

    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve("reading-aids-" + name + ".png");
            // The whole page, so that the KPI chart and the tables are in the picture too.
            Map<String, Object> size = map(driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize"));
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
            String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
            Files.write(file, java.util.Base64.getDecoder().decode(png));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
