package jp.tsunagu.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jp.tsunagu.site.BuiltSites;

/**
 * The language switch in Chromium on the city's real site: a reader goes from the Japanese home page to English and
 * やさしい日本語 and back by clicking, a page written only in Japanese offers the languages with a note in each
 * language, and a variant page of each kind the city translates is axe-clean (WCAG 2.2 AA) without JavaScript (with
 * it, {@code tsunagu:audit} audits every page of the city); and in the sample city, which declares Chinese and
 * Vietnamese too, the switch reaches every language of its pages.
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
            // Each round trip ends on the Japanese page it started from, so one load a page.
            browser.open(sample.uriOf(page + ".html"));
            for (String[] l : languages) {
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

    /**
     * The city's variant pages without JavaScript: one page of each kind the city translates (the home page, the
     * policy, and the largest viewpoint page) in each of its languages. With JavaScript on, every page of the city,
     * these included, is audited by {@code tsunagu:audit} at {@code verify} (content/pom.xml) in light, dark,
     * more-contrast and forced-colors display; without JavaScript, every kind of page in every variant is audited
     * on the sample city by {@code SiteAccessibilityWithoutJavaScriptTests}. What JavaScript changes (the header's
     * folds, the reading tools) comes from the templates, so the other viewpoints, whose content differs, add nothing
     * here that those two audits do not see.
     */
    @Test
    void theVariantPagesOfEachTranslatedKindAreAxeCleanWithoutJavaScript(Browser browser) throws IOException {
        Path site = BuiltSites.site(BuiltSites.CITY);
        String viewpoint;
        try (Stream<Path> files = Files.list(site.resolve("viewpoints"))) {
            viewpoint = files.filter(f -> f.getFileName().toString().endsWith(".en.html"))
                    .max(Comparator.comparingLong(LanguageSwitchBrowserTests::size)).orElseThrow()
                    .getFileName().toString().replace(".en.html", "");
        }
        List<String> pages = new ArrayList<>();
        for (String o : List.of("index", "policy", "viewpoints/" + viewpoint)) {
            pages.add(o + ".en.html");
            pages.add(o + ".easy.html");
        }
        for (String p : pages) {
            assertThat(site.resolve(p)).as("a variant page of the city").isRegularFile();
            browser.openWithoutJavaScript(server.uriOf(p));
            Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
