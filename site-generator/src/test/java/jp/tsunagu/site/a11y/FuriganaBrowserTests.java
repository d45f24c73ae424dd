package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The furigana variants in Chromium (issue 5): the toggle leads there and back, links keep the reader in furigana
 * mode, ruby is drawn over kanji, the variants are axe-clean (WCAG 2.2 AA) and keep within the budgets.
 */
@BrowserTest
class FuriganaBrowserTests {

    private static final List<String> AUDITED = List.of("index.furigana.html", "viewpoints/E.furigana.html",
            "initiatives/online-shinsei.furigana.html", "pages/お知らせ.furigana.html", "glossary.furigana.html",
            "404.furigana.html");

    @Test
    void theToggleSwitchesFuriganaOnAndOffAndLinksStayInFuriganaMode(Browser browser) {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        try (StaticServer server = StaticServer.serve(site)) {
            browser.open(server.uriOf("policy.html"));
            assertThat(browser.driver().findElements(By.tagName("ruby"))).isEmpty();

            browser.driver().findElement(By.linkText("ふりがなをつける")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/policy.furigana.html");
            assertThat(browser.screenshot("furigana-policy")).isNotEmptyFile();
            List<WebElement> rubies = browser.driver().findElements(By.cssSelector("main ruby"));
            assertThat(rubies).hasSizeGreaterThan(10);
            WebElement rt = rubies.get(0).findElement(By.tagName("rt"));
            assertThat(rt.getText()).matches("[ぁ-ゖー]+");
            assertThat(rt.getSize().getHeight()).as("the reading is drawn").isPositive();
            assertThat(rubies.get(0).findElements(By.tagName("rp"))).allSatisfy(rp -> assertThat(rp.isDisplayed()).isFalse());

            browser.driver().findElement(By.cssSelector(".site-nav a[href$='viewpoints/index.furigana.html']")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/viewpoints/index.furigana.html");
            assertThat(browser.driver().findElements(By.cssSelector("main ruby"))).isNotEmpty();
            browser.driver().findElement(By.cssSelector("main a[href$='.furigana.html']")).click();
            assertThat(browser.driver().getCurrentUrl()).matches(".*/viewpoints/[A-Z]\\.furigana\\.html");

            browser.driver().findElement(By.linkText("ふりがなをはずす")).click();
            assertThat(browser.driver().getCurrentUrl()).matches(".*/viewpoints/[A-Z]\\.html");
            assertThat(browser.driver().findElements(By.tagName("ruby"))).isEmpty();
            assertThat(browser.driver().findElement(By.linkText("ふりがなをつける")).isDisplayed()).isTrue();
        }
    }

    @Test
    void searchingFromAFuriganaPageLeadsToFuriganaPages(Browser browser) {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        try (StaticServer server = StaticServer.serve(site)) {
            browser.open(server.uriOf("glossary.furigana.html"));
            WebElement box = browser.driver().findElement(By.id("site-search-q"));
            box.sendKeys("情報");
            box.submit();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("search.furigana.html?q="));
            List<WebElement> links = new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#search-results h2 a"));
                return found.isEmpty() ? null : found;
            });
            assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).endsWith(".furigana.html"));
        }
    }

    @Test
    void aJapaneseUrlAndThe404PageHaveTheirVariantsToo(Browser browser) {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        try (StaticServer server = StaticServer.serve(site)) {
            browser.openWithoutJavaScript(server.uriOf("pages/お知らせ.html"));
            browser.driver().findElement(By.linkText("ふりがなをつける")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith(".furigana.html");
            assertThat(browser.driver().findElements(By.cssSelector("main ruby"))).isNotEmpty();

            browser.openWithoutJavaScript(server.uriOf("404.furigana.html"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("見", "つかりません");
            assertThat(browser.driver().findElements(By.cssSelector("h1 ruby"))).isNotEmpty();
        }
    }

    @Test
    void furiganaPagesAreAxeCleanAndKeepWithinTheBudgets(Browser browser) {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        // A page of their sample is audited in these modes (and in the dark scheme) by SiteAccessibilityTests and
        // SiteAccessibilityWithoutJavaScriptTests, on the same build: axe on furigana pages is slow, so not twice.
        List<String> auditedThere = SitePages.sampled(site, true);
        try (StaticServer server = StaticServer.serve(site)) {
            for (String page : AUDITED.stream().filter(page -> !auditedThere.contains(page)).toList()) {
                browser.open(server.uriOf(page));
                Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
                browser.openWithoutJavaScript(server.uriOf(page));
                browser.setJavaScriptEnabled(true);
                Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
            }
        }
        for (String name : List.of(BuiltSites.SAMPLE, BuiltSites.CITY)) {
            Path built = BuiltSites.site(name);
            List<String> furigana = SitePages.of(built).stream().filter(p -> p.endsWith(".furigana.html")).toList();
            assertThat(furigana).hasSizeGreaterThan(30);
            List<String> problems = Budgets.check(built).stream().filter(p -> p.contains(".furigana.html")).toList();
            assertThat(problems).as(name).isEmpty();
            assertThat(furigana).allSatisfy(p -> assertThat(Budgets.gzipSize(built.resolve(p))).as(p)
                    .isLessThanOrEqualTo(Budgets.FURIGANA_HTML));
        }
    }
}
