package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.AxeReport;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The sample city's progress pages (進捗状況) in Chromium: the overview, a year's summary, one filter page of each kind
 * and an annual review (which shows the statuses too) have no axe violation (WCAG 2.0/2.1/2.2 A and AA) in
 * more-contrast and forced-colors display; and a reader gets the status of named initiatives from the text of the
 * page, without colour.
 * <p>
 * Light and dark display, with JavaScript on and off, and reflow at 320 CSS px of every progress page kind are
 * {@link SiteAccessibilityTests}', {@link SiteAccessibilityWithoutJavaScriptTests}' and {@link ReflowTests}' to check
 * (the kinds are in {@link SitePages#KINDS}); the home page's progress summary in these two modes is
 * {@code ReadingAidsTests}'.
 */
@BrowserTest
class ProgressPagesBrowserTests {
    private static final List<String> PAGES = List.of("progress/index.html", "progress/2023/index.html",
            "progress/2023/status-deterioration.html", "progress/2022/viewpoint-E.html",
            "progress/2023/department-kenko-fukushi.html", "reviews/2022.html");
    private static final Map<String, Map<String, String>> MODES = modes();
    private static final Axe AXE = Axe.wcag22aa().withTimeout(Duration.ofMinutes(2));

    private static Map<String, Map<String, String>> modes() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("more-contrast", Map.of("prefers-contrast", "more"));
        m.put("forced-colors", Map.of("forced-colors", "active"));
        return m;
    }

    @Test
    void progressPagesHaveNoViolationInMoreContrastAndForcedColors(Browser browser) {
        assertThat(PAGES.stream().map(page -> page.substring(0, page.length() - ".html".length())))
                .as("every progress page kind is audited in light and dark by SiteAccessibilityTests")
                .allMatch(path -> SitePages.KINDS.values().stream().anyMatch(kind -> kind.matcher(path).matches()));
        assertThat(SitePages.KINDS).containsKeys("progress overview", "progress year", "progress year by status",
                "progress year by viewpoint", "progress year by department");
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        List<Finding> findings = new ArrayList<>();
        try (StaticServer server = StaticServer.serve(site)) {
            for (String page : PAGES) {
                browser.open(server.uriOf(page));
                for (var mode : MODES.entrySet()) {
                    browser.emulateMedia(mode.getValue());
                    String query = "matchMedia('(" + mode.getValue().keySet().iterator().next() + ": "
                            + mode.getValue().values().iterator().next() + ")').matches";
                    assertThat(browser.driver().executeScript("return " + query)).as(page + " in " + mode.getKey())
                            .isEqualTo(Boolean.TRUE);
                    for (AxeReport.Violation v : AXE.audit(browser.driver()).violations()) {
                        findings.add(new Finding(page, mode.getKey(), v.ruleId() + " (" + v.impact() + ")",
                                v.help() + ": " + v.targets()));
                    }
                }
                browser.reset();
            }
        }

        assertThat(findings).withFailMessage(() -> Finding.report("axe on the progress pages", findings)).isEmpty();
    }

    @Test
    void theStatusOfNamedInitiativesIsReadFromThePageText(Browser browser) {
        try (StaticServer server = StaticServer.serve(BuiltSites.site(BuiltSites.SAMPLE))) {
            browser.open(server.uriOf("progress/2023/index.html"));

            assertThat(rowText(browser, "健診データの分析による保健事業の最適化")).contains("× 後退").contains("↓ 下がった");
            assertThat(rowText(browser, "行政手続のオンライン化")).contains("◎ 目標達成").contains("→ 変わらない");
            assertThat(rowText(browser, "コンビニ交付")).contains("○ 大きく前進");

            browser.open(server.uriOf("progress/2022/index.html"));
            assertThat(rowText(browser, "住所辞書")).contains("○ 大きく前進").contains("担当課が変更").contains("評価できない");
        }
    }

    private static String rowText(Browser browser, String initiative) {
        return browser.driver().findElements(By.cssSelector("table.progress tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th")).getText().contains(initiative)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + initiative)).getText();
    }
}
