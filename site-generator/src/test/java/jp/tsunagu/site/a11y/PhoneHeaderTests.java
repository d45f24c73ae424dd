package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.AxeReport;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The header on phones (issue 15, item 1) in Chromium, on the fictional sample city, made to show every kind of page
 * in every variant: at 320×568 and 375×667 CSS px the page's {@code h1} and the first line of its content are on the
 * first screen, on one page of every kind in every variant ({@link SitePages#representative}); the folds (メニュー,
 * 言語 Language, 表示・読み上げ) open and close with the keyboard and without JavaScript, and with the text at 200 % Tab
 * reaches the header's controls in the order they are seen; axe finds nothing in light, dark, more-contrast and
 * forced-colors display with the folds closed and open; on wide screens the folds' controls are hidden and what they
 * hold shows as before. Pictures of the first screen of each kind at 375×667, with the folds closed and with the menu
 * open, and the positions measured go to {@code target/screenshots/phone/}.
 */
@BrowserTest
class PhoneHeaderTests {

    /** A small phone and a common one, in CSS px, the larger last (the pictures are taken at it). */
    private static final List<Screen> SCREENS = List.of(new Screen(320, 568), new Screen(375, 667));

    /**
     * The pages axe audits with the folds closed and open: the header in each language of the chrome, with furigana
     * too (the other variants differ from these only in their ruby or their language).
     */
    private static final List<String> AUDITED = List.of("initiatives/online-shinsei.html", "viewpoints/A.en.html",
            "viewpoints/A.easy.furigana.html");

    private static final Path PICTURES = Path.of("phone");

    private static final Axe AXE = Axe.wcag22aa().withTimeout(Duration.ofMinutes(1));

    /**
     * Where the {@code h1} is, and the first line of text after it in {@code main} (the start of the content), in
     * CSS px from the top of the viewport; and how many of the header's folds show their control, and are open.
     */
    private static final String POSITIONS = """
            const main = document.querySelector('main'), h1 = main && main.querySelector('h1');
            const folds = [...document.querySelectorAll('header details.fold')];
            const state = {type: document.contentType, screen: innerHeight, scrolled: scrollY,
                           sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
                           controls: folds.filter(d => d.querySelector('summary').getClientRects().length > 0).length,
                           open: folds.filter(d => d.open).length};
            if (!h1) return state;
            const r = h1.getBoundingClientRect();
            state.h1Top = r.top;
            state.h1Bottom = r.bottom;
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
            for (let n; (n = walker.nextNode()); ) {
              if (h1.contains(n) || !(h1.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) || !n.data.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              const line = [...range.getClientRects()].find(q => q.width > 0 && q.height > 0);
              if (line) { state.contentBottom = line.bottom; state.content = n.data.trim().slice(0, 20); break; }
            }
            return state;
            """;

    /** Records each element that gets focus: its place on the page, and whether it was on screen at that moment. */
    private static final String RECORD_FOCUS = """
            window.__tsunaguFocus = [];
            document.addEventListener('focusin', event => {
              const el = event.target, r = el.getBoundingClientRect();
              const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.innerText || el.value || '').trim().replace(/\\s+/g, ' ');
              window.__tsunaguFocus.push({name: name.trim(), header: !!el.closest('header'), top: r.top + scrollY,
                  bottom: r.bottom + scrollY, left: r.left, right: r.right,
                  onScreen: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth});
            }, true);
            """;

    private static StaticServer server;

    @BeforeAll
    static void serve() {
        server = BuiltSites.served(BuiltSites.SAMPLE);
    }

    @Test
    void theTitleAndTheStartOfTheContentAreOnTheFirstScreenOfEveryKindOfPage(Browser browser) throws IOException {
        List<String> pages = SitePages.representative(BuiltSites.site(BuiltSites.SAMPLE), true).stream()
                .filter(page -> !page.contains("?")).toList();
        assertThat(pages).hasSizeGreaterThan(60);
        ChromeDriver driver = browser.driver();
        List<Finding> findings = new ArrayList<>();
        List<String> table = new ArrayList<>(List.of("page\tscreen\th1 top\th1 bottom\tfirst line of content, bottom"));
        Set<String> pictured = new HashSet<>();
        try {
            for (String page : pages) {
                // One load a page; the other screen is the same load laid out again (no script of the theme measures).
                SCREENS.get(0).emulate(driver);
                browser.open(server.uriOf(page));
                for (Screen screen : SCREENS) {
                    screen.emulate(driver);
                    Map<?, ?> at = (Map<?, ?>) driver.executeScript(POSITIONS);
                    findings.addAll(check(page, screen, at));
                    table.add(String.join("\t", page, screen.toString(), px(at.get("h1Top")), px(at.get("h1Bottom")),
                            px(at.get("contentBottom"))));
                }
                String kind = SitePages.kindOf(page);
                if (SitePages.variantOf(page).isEmpty() && pictured.add(kind)) {
                    String name = kind.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
                    browser.screenshotOfViewport(PICTURES.resolve(name + "-closed").toString());
                    driver.findElement(By.cssSelector(".site-menu > summary")).click();
                    if (!driver.findElement(By.cssSelector(".site-nav a")).isDisplayed()) {
                        findings.add(new Finding(page, SCREENS.get(1).toString(), "menu-does-not-open",
                                "a click on メニュー shows no link of the site's navigation"));
                    }
                    browser.screenshotOfViewport(PICTURES.resolve(name + "-menu-open").toString());
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.reset();
        }
        Path file = Path.of("target", "screenshots").resolve(PICTURES).resolve("positions.tsv");
        Files.createDirectories(file.getParent());
        Files.write(file, table, StandardCharsets.UTF_8);

        assertThat(pictured).hasSizeGreaterThanOrEqualTo(SitePages.KINDS.size() - 1);
        assertThat(findings).withFailMessage(() -> Finding.report("the first screen of a phone, " + pages.size()
                + " pages (positions in " + file + ")", findings)).isEmpty();
    }

    @Test
    void theFoldsOpenAndCloseWithTheKeyboardWithoutJavaScriptAndTabFollowsTheHeaderAt200PercentText(Browser browser) {
        ChromeDriver driver = browser.driver();
        SCREENS.get(1).emulate(driver);
        driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 32, "fixed", 26)));
        try {
            browser.openWithoutJavaScript(server.uriOf("initiatives/online-shinsei.html"));
            driver.executeScript(RECORD_FOCUS);
            Actions tabs = new Actions(driver);
            for (int i = 0; i < 9; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
            List<Map<String, Object>> focus = focused(driver);
            List<Map<String, Object>> header = focus.stream().filter(f -> Boolean.TRUE.equals(f.get("header"))).toList();
            assertThat(header).extracting(f -> f.get("name")).containsExactly(
                    "a つなぎ野市情報化推進計画（架空のサンプル）", "summary メニュー",
                    "input#site-search-q", "button 検索", "summary 言語 Language", "summary 表示・読み上げ");
            assertThat(header).as("each control on screen when focused").allSatisfy(f -> assertThat(f.get("onScreen")).isEqualTo(true));
            for (int i = 1; i < header.size(); i++) {
                Map<String, Object> before = header.get(i - 1), now = header.get(i);
                boolean below = number(now.get("top")) >= number(before.get("bottom")) - 1;
                boolean right = number(now.get("left")) >= number(before.get("right")) - 1
                        && number(now.get("top")) < number(before.get("bottom"));
                assertThat(below || right).as("%s comes after %s in reading order (%s, %s)", now.get("name"), before.get("name"),
                        now, before).isTrue();
            }
            assertThat(driver.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no sideways scrolling at 200 % text").isEqualTo(true);

            Fold menu = new Fold(driver, ".site-menu", ".site-nav a");
            Fold languages = new Fold(driver, ".site-languages", ".language-switch a");
            Fold aids = new Fold(driver, ".site-aids", ".site-aids .site-furigana a");
            for (Fold fold : List.of(menu, languages, aids)) {
                assertThat(fold.shown()).as("%s closed", fold.selector).isFalse();
                fold.summary().sendKeys(Keys.ENTER);
                assertThat(fold.shown()).as("%s opened with Enter", fold.selector).isTrue();
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertThat(driver.switchTo().activeElement()).as("Tab from %s", fold.selector)
                        .isEqualTo(driver.findElement(By.cssSelector(fold.inside)));
                new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.SPACE).perform();
                assertThat(fold.shown()).as("%s closed with Space", fold.selector).isFalse();
            }
            aids.summary().sendKeys(Keys.ENTER);
            assertThat(driver.findElement(By.cssSelector(".reading-tools")).isDisplayed())
                    .as("without JavaScript no reading tool is offered that cannot work").isFalse();

            browser.openWithoutJavaScript(server.uriOf("viewpoints/A.en.html"));
            assertThat(aids.summary().isDisplayed()).as("nothing among the aids works on an English page without JavaScript")
                    .isFalse();
            browser.open(server.uriOf("viewpoints/A.en.html"));
            aids.summary().sendKeys(Keys.ENTER);
            assertThat(driver.findElement(By.cssSelector(".reading-tools button")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Page.setFontSizes", Map.of("fontSizes", Map.of("standard", 16, "fixed", 13)));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.reset();
        }
    }

    @Test
    void wideScreensShowTheWholeHeaderWithoutControlsAsBefore(Browser browser) {
        ChromeDriver driver = browser.driver();
        String shown = "return [...document.querySelectorAll(arguments[0])].map(el => el.checkVisibility());";
        String header = ".site-nav a, .language-switch a, #site-search-q, .site-search .site-sakuin a, .site-search .site-furigana a";
        // Without JavaScript the folds stay closed and CSS shows what they hold (Selenium's isDisplayed takes what a
        // closed <details> holds for hidden, so the browser is asked).
        browser.openWithoutJavaScript(server.uriOf("initiatives/online-shinsei.html"));
        assertThat(booleans(driver.executeScript(shown, "header summary, .fold-only"))).hasSize(5).containsOnly(false);
        assertThat(booleans(driver.executeScript(shown, header))).hasSizeGreaterThan(10).containsOnly(true);
        assertThat(driver.executeScript("return document.querySelectorAll('header details[open]').length")).isEqualTo(0L);
        assertThat(List.of(".site-nav a", ".language-switch a", ".site-search .site-furigana a"))
                .as("exposed to assistive technology").allSatisfy(selector -> assertThat(exposed(driver, selector)).as(selector).isTrue());

        // With it they are open as well.
        browser.open(server.uriOf("initiatives/online-shinsei.html"));
        assertThat(driver.executeScript("return document.querySelectorAll('header details[open]').length")).isEqualTo(3L);
        assertThat(driver.findElements(By.cssSelector(header + ", .reading-tools [data-set-theme]")))
                .hasSizeGreaterThan(14).allSatisfy(element -> assertThat(element.isDisplayed()).isTrue());
        assertThat(driver.findElements(By.cssSelector("header summary, .fold-only")))
                .allSatisfy(element -> assertThat(element.isDisplayed()).isFalse());
    }

    @Test
    void axeFindsNothingWithTheFoldsClosedOrOpenInAnyModeOnAPhone(Browser browser) {
        Map<String, Map<String, String>> modes = new LinkedHashMap<>();
        modes.put("light", Map.of("prefers-color-scheme", "light"));
        modes.put("dark", Map.of("prefers-color-scheme", "dark"));
        modes.put("more-contrast", Map.of("prefers-contrast", "more"));
        modes.put("forced-colors", Map.of("forced-colors", "active"));
        ChromeDriver driver = browser.driver();
        List<Finding> findings = new ArrayList<>();
        SCREENS.get(1).emulate(driver);
        try {
            for (String page : AUDITED) {
                browser.open(server.uriOf(page));
                for (boolean open : new boolean[] {false, true}) {
                    if (open) {
                        // Every fold open at once, as a reader may leave them, so that one audit sees all they hold.
                        driver.executeScript("document.querySelectorAll('header details.fold').forEach(d => { d.open = true; });");
                    }
                    assertThat(driver.executeScript("return document.querySelectorAll('header details.fold[open]').length"))
                            .as(page).isEqualTo(open ? 3L : 0L);
                    for (var mode : modes.entrySet()) {
                        browser.emulateMedia(mode.getValue());
                        var feature = mode.getValue().entrySet().iterator().next();
                        assertThat(driver.executeScript("return matchMedia(arguments[0]).matches",
                                "(" + feature.getKey() + ": " + feature.getValue() + ")")).as(mode.getKey()).isEqualTo(true);
                        String where = mode.getKey() + ", " + SCREENS.get(1) + ", folds " + (open ? "open" : "closed");
                        for (AxeReport.Violation v : AXE.audit(driver).violations()) {
                            findings.add(new Finding(page, where, v.ruleId() + " (" + v.impact() + ")", v.help() + ": " + v.targets()));
                        }
                    }
                    browser.emulateMedia(Map.of());
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.reset();
        }
        assertThat(findings).withFailMessage(() -> Finding.report("axe on the phone header", findings)).isEmpty();
    }

    private static List<Finding> check(String page, Screen screen, Map<?, ?> at) {
        if (!"text/html".equals(at.get("type"))) {
            throw new AssertionError("Not served as HTML (" + at.get("type") + "): " + page);
        }
        String mode = screen.toString();
        List<Finding> findings = new ArrayList<>();
        if (((Number) at.get("controls")).intValue() == 0 || ((Number) at.get("open")).intValue() != 0) {
            findings.add(new Finding(page, mode, "header-not-folded", at.get("controls") + " fold control(s) shown, "
                    + at.get("open") + " open"));
        }
        if (((Number) at.get("scrolled")).doubleValue() != 0) {
            findings.add(new Finding(page, mode, "scrolled", "the page opened scrolled by " + at.get("scrolled") + " px"));
        }
        if (Boolean.TRUE.equals(at.get("sideways"))) {
            findings.add(new Finding(page, mode, "sideways", "the page scrolls sideways"));
        }
        double height = ((Number) at.get("screen")).doubleValue();
        if (!at.containsKey("h1Top")) {
            findings.add(new Finding(page, mode, "no-h1", "main has no h1"));
        } else if (number(at.get("h1Top")) < 0 || number(at.get("h1Bottom")) > height) {
            findings.add(new Finding(page, mode, "h1-off-screen", "the h1 spans " + px(at.get("h1Top")) + "…"
                    + px(at.get("h1Bottom")) + " px of a screen " + px(height) + " px high"));
        }
        if (!at.containsKey("contentBottom")) {
            findings.add(new Finding(page, mode, "no-content", "no text after the h1 in main"));
        } else if (number(at.get("contentBottom")) > height) {
            findings.add(new Finding(page, mode, "content-off-screen", "the first line after the h1 (\"" + at.get("content")
                    + "\") ends at " + px(at.get("contentBottom")) + " px of a screen " + px(height) + " px high"));
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> focused(ChromeDriver driver) {
        return (List<Map<String, Object>>) driver.executeScript("return window.__tsunaguFocus;");
    }

    /** Whether the first element a selector finds is in the browser's accessibility tree (not ignored). */
    private static boolean exposed(ChromeDriver driver, String selector) {
        Object root = ((Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        List<?> nodes = (List<?>) driver.executeCdpCommand("Accessibility.getPartialAXTree",
                Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
        return !nodes.isEmpty() && !Boolean.TRUE.equals(((Map<?, ?>) nodes.get(0)).get("ignored"));
    }

    private static List<Boolean> booleans(Object list) {
        return ((List<?>) list).stream().map(Boolean.class::cast).toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String px(Object value) {
        return value == null ? "-" : String.valueOf(Math.round(number(value)));
    }

    /** A phone's viewport, in CSS px. */
    private record Screen(int width, int height) {
        void emulate(ChromeDriver driver) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    /** One fold of the header: its control and whether what it holds shows. */
    private record Fold(ChromeDriver driver, String selector, String inside) {
        WebElement summary() {
            return driver.findElement(By.cssSelector(selector + " > summary"));
        }

        boolean shown() {
            return driver.findElement(By.cssSelector(inside)).isDisplayed();
        }
    }
}
