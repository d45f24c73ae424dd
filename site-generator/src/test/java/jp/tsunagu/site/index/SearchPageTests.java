package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The search page and the さくいん as residents use them in Chromium: typing with an IME, the keyboard, a screen
 * reader's live region, without JavaScript, and under axe.
 */
@BrowserTest
class SearchPageTests {
    private static StaticServer server;

    @BeforeAll
    static void serve() {
        server = BuiltSites.served(BuiltSites.CITY);
    }

    static URI search(String query) {
        return URI.create(server.uriOf("search.html") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    static void ready(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.driver().executeAsyncScript("const done = arguments[0]; window.tsunaguSearch.ready.then(() => done(true));");
    }

    static List<WebElement> results(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#search-results h2 a"));
            return links.isEmpty() ? null : links;
        });
    }

    static void recordStatusChanges(Browser browser) {
        browser.driver().executeScript("""
                window.statusChanges = [];
                new MutationObserver(() => window.statusChanges.push(document.getElementById('search-status').textContent))
                  .observe(document.getElementById('search-status'), {childList: true, characterData: true, subtree: true});
                """);
    }

    @SuppressWarnings("unchecked")
    static List<String> statusChanges(Browser browser) {
        return (List<String>) browser.driver().executeScript("return window.statusChanges;");
    }

    @Test
    void announcesTheResultCountOnceWhileTyping(Browser browser) throws InterruptedException {
        browser.open(server.uriOf("search.html"));
        ready(browser);
        recordStatusChanges(browser);

        WebElement input = browser.driver().findElement(By.id("search-q"));
        for (String c : List.of("じ", "ょ", "う", "ほ", "う")) {
            input.sendKeys(c);
            Thread.sleep(120);
        }
        results(browser);
        Thread.sleep(1800);

        assertThat(statusChanges(browser)).hasSize(1).first().asString().matches("「じょうほう」の検索結果：\\d+件");
        assertThat(browser.driver().findElement(By.id("search-status")).getAttribute("role")).isEqualTo("status");
        assertThat(URI.create(browser.driver().getCurrentUrl()).getRawQuery())
                .isEqualTo("q=" + URLEncoder.encode("じょうほう", StandardCharsets.UTF_8));
    }

    @Test
    void waitsWhileTheImeIsComposing(Browser browser) throws InterruptedException {
        browser.open(server.uriOf("search.html"));
        ready(browser);
        browser.driver().executeScript("""
                const input = document.getElementById('search-q');
                input.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
                for (const text of ['j', 'じょ', 'じょうほう', '情報']) {
                  input.value = text;
                  input.dispatchEvent(new InputEvent('input', {data: text, isComposing: true, inputType: 'insertCompositionText'}));
                }
                """);
        Thread.sleep(900);
        assertThat(browser.driver().findElements(By.cssSelector("#search-results li"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("search-status")).getText()).isEmpty();
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("?q=");

        browser.driver().executeScript("""
                document.getElementById('search-q').dispatchEvent(new CompositionEvent('compositionend', {data: '情報'}));
                """);
        assertThat(results(browser)).isNotEmpty();
        assertThat(URI.create(browser.driver().getCurrentUrl()).getRawQuery())
                .isEqualTo("q=" + URLEncoder.encode("情報", StandardCharsets.UTF_8));
    }

    @Test
    void searchesFromTheKeyboardAndShowsMoreResultsWithFocusOnTheFirstNewOne(Browser browser) {
        browser.open(server.uriOf("index.html"));
        WebElement input = browser.driver().findElement(By.id("site-search-q"));
        input.sendKeys("市", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search.html?q="));
        ready(browser);
        List<WebElement> first = results(browser);
        assertThat(first).hasSize(10);

        WebElement more = browser.driver().findElement(By.id("search-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#search-results li")).size() > 10);
        WebElement eleventh = browser.driver().findElements(By.cssSelector("#search-results h2 a")).get(10);
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(eleventh);
    }

    @Test
    void highlightsTheKanjiThatAKanaQueryFound(Browser browser) {
        browser.open(search("じょせつ"));
        ready(browser);
        results(browser);
        List<String> marks = browser.driver().findElements(By.cssSelector("#search-results li:first-child mark"))
                .stream().map(WebElement::getText).toList();
        assertThat(marks).isNotEmpty().allMatch(m -> m.equals("除雪"));
        assertThat(browser.driver().findElement(By.cssSelector("#search-results li:first-child .search-crumbs")).getText())
                .startsWith("ホーム › ");
    }

    @ParameterizedTest(name = "「{0}」 marks {1}")
    @CsvSource({"スマホ, スマートフォン", "aizu, 会津"})
    void highlightsTheWordsASynonymOrSoundAlikeQueryFound(String query, String word, Browser browser) {
        browser.open(search(query));
        ready(browser);
        results(browser);
        List<String> marks = browser.driver().findElements(By.cssSelector("#search-results li:first-child mark"))
                .stream().map(WebElement::getText).toList();
        assertThat(marks).contains(word);
    }

    @Test
    void headerFormLandsOnTheKeywordIndexWithoutJavaScript(Browser browser) {
        browser.open(server.uriOf("initiatives/index.html"));
        assertThat(browser.driver().findElement(By.cssSelector("form[role=search]")).getAttribute("action"))
                .endsWith("/search.html");

        browser.openWithoutJavaScript(server.uriOf("initiatives/index.html"));
        browser.setJavaScriptEnabled(false);
        WebElement form = browser.driver().findElement(By.cssSelector("form[role=search]"));
        assertThat(form.getAttribute("action")).endsWith("/sakuin.html");
        browser.driver().findElement(By.id("site-search-q")).sendKeys("じょうほう", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sakuin.html"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("さくいん（五十音順）");
        // from the rows, the row of the word's first sound, without JavaScript
        browser.driver().findElement(By.cssSelector("main nav[aria-label='五十音の行'] a[href$='sakuin/sa.html']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/sakuin/sa.html"));
        assertThat(browser.driver().findElements(By.cssSelector("dl.sakuin dt")).stream().map(WebElement::getText))
                .anySatisfy(word -> assertThat(word).contains("（じょうほう"));
        browser.setJavaScriptEnabled(true);
    }

    @Test
    void searchPageWithoutJavaScriptPointsToTheKeywordIndex(Browser browser) {
        browser.openWithoutJavaScript(search("じょうほう"));
        WebElement notice = browser.driver().findElement(By.id("search-nojs"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/sakuin.html");
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"情報", "じょうほう", "zzqx"})
    void searchPageWithResultsHasNoAxeViolations(String query, Browser browser) {
        browser.open(search(query));
        ready(browser);
        assertThat(browser.driver().findElement(By.id("search-nojs")).isDisplayed()).isFalse();
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sakuin.html", "sakuin/ka.html"})
    void keywordIndexHasNoAxeViolationsWithOrWithoutJavaScript(String page, Browser browser) {
        browser.open(server.uriOf(page));
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
        browser.openWithoutJavaScript(server.uriOf(page));
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
    }
}
