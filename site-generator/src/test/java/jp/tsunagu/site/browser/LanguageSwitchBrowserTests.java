package jp.tsunagu.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jp.tsunagu.site.BuiltSites;

/**
 * The language switch in Chromium on the city's real site: a reader goes from the Japanese home page to English and
 * やさしい日本語 and back by clicking, a page written only in Japanese offers the languages with a note in each
 * language, and every variant page the city has is axe-clean (WCAG 2.2 AA), with JavaScript on and off; and in the
 * sample city, which declares Chinese and Vietnamese too, the switch reaches every language of its pages.
 */
@BrowserTest
class LanguageSwitchBrowserTests {
    private static StaticServer server;

    @BeforeAll
    static void serve() {
        server = BuiltSites.served(BuiltSites.CITY);
    }

    @Test
    void theSwitchLeadsFromTheJapaneseHomePageToEnglishAndEasyJapaneseAndBack(Browser browser) {
        browser.open(server.uriOf("index.html"));
        assertThat(lang(browser)).isEqualTo("ja");

        choose(browser, "English");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.en.html");
        assertThat(lang(browser)).isEqualTo("en");
        assertThat(current(browser)).isEqualTo("English");
        assertThat(browser.driver().findElement(By.cssSelector(".skip-link")).getAttribute("textContent")).isEqualTo("Skip to main content");
        assertThat(browser.screenshot("language-english-home")).isNotEmptyFile();

        choose(browser, "やさしい にほんご");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.easy.html");
        assertThat(lang(browser)).isEqualTo("ja");
        assertThat(current(browser)).isEqualTo("やさしい にほんご");
        assertThat(browser.screenshot("language-easy-japanese-home")).isNotEmptyFile();

        choose(browser, "日本語");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/index.html");
        assertThat(current(browser)).isEqualTo("日本語");
    }

    @Test
    void aVariantPageLeadsToTheOtherLanguagesOfTheSameViewpoint(Browser browser) {
        browser.open(server.uriOf("viewpoints/E.en.html"));
        choose(browser, "やさしい にほんご");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/viewpoints/E.easy.html");
        choose(browser, "日本語");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/viewpoints/E.html");
    }

    @Test
    void aPageWithoutVariantsOffersEachLanguageWithANoteAndStaysOnTheOriginal(Browser browser) {
        browser.openWithoutJavaScript(server.uriOf("initiatives/open-data.html"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.language-switch a"));
        // The text as the browser lays it out: Selenium's getText takes what a closed <details> holds for hidden, and
        // without JavaScript the header's folds stay closed while CSS shows what they hold on a wide screen.
        assertThat(links).extracting(a -> a.getDomProperty("innerText"))
                .containsExactly("日本語", "やさしい にほんご （ふつうの 日本語 だけ）", "English (Japanese only)");
        WebElement english = links.get(2);
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(english.getAttribute("hreflang")).isEqualTo("ja");
        // Followed as a click would (ChromeDriver refuses to click into a closed <details> even where CSS shows it).
        browser.driver().get(english.getDomProperty("href"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/initiatives/open-data.html");
        assertThat(lang(browser)).isEqualTo("ja");
    }

    @Test
    void inTheSampleCityTheSwitchReachesEveryDeclaredLanguageAndComesBack(Browser browser) {
        StaticServer sample = BuiltSites.served(BuiltSites.SAMPLE);
        List<String[]> languages = List.of(new String[] {"やさしい にほんご", "easy", "ja"}, new String[] {"English", "en", "en"},
                new String[] {"简体中文", "zh-Hans", "zh-Hans"}, new String[] {"Tiếng Việt", "vi", "vi"});
        for (String page : List.of("index", "viewpoints/A")) {
            for (String[] l : languages) {
                browser.open(sample.uriOf(page + ".html"));
                choose(browser, l[0]);
                assertThat(browser.driver().getCurrentUrl()).endsWith("/" + page + "." + l[1] + ".html");
                assertThat(lang(browser)).isEqualTo(l[2]);
                assertThat(current(browser)).isEqualTo(l[0]);
                choose(browser, "日本語");
                assertThat(browser.driver().getCurrentUrl()).endsWith("/" + page + ".html");
            }
        }
        browser.open(sample.uriOf("viewpoints/A.zh-Hans.html"));
        choose(browser, "Tiếng Việt");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/viewpoints/A.vi.html");
        assertThat(browser.driver().findElement(By.cssSelector(".variant-search")).getText())
                .contains("chỉ bao gồm các trang tiếng Nhật");
        assertThat(browser.screenshot("language-vietnamese-viewpoint")).isNotEmptyFile();
    }

    @Test
    void everyVariantPageIsAxeClean(Browser browser) {
        List<String> pages = new ArrayList<>();
        for (String o : List.of("index", "policy", "viewpoints/A", "viewpoints/B", "viewpoints/C", "viewpoints/D", "viewpoints/E",
                "viewpoints/F", "viewpoints/G", "viewpoints/H", "viewpoints/I")) {
            pages.add(o + ".en.html");
            pages.add(o + ".easy.html");
        }
        for (String p : pages) {
            browser.open(server.uriOf(p));
            Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
            browser.openWithoutJavaScript(server.uriOf(p));
            Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
        }
        browser.open(server.uriOf("initiatives/open-data.html"));
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
    }

    private static void choose(Browser browser, String language) {
        browser.driver().findElements(By.cssSelector("nav.language-switch a")).stream()
                .filter(a -> a.getText().equals(language)).findFirst()
                .orElseThrow(() -> new AssertionError("no language switch link '" + language + "' on " + browser.driver().getCurrentUrl()))
                .click();
    }

    private static String current(Browser browser) {
        return browser.driver().findElement(By.cssSelector("nav.language-switch a[aria-current=page]")).getText();
    }

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}
