package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.BuiltSites;

/**
 * Language variants in the built sample city, which declares {@code languages: [easy, en, zh-Hans, vi]} and has
 * English and やさしい日本語 versions of its plan, viewpoint A and the page お知らせ, Chinese (simplified) and Vietnamese
 * versions of its plan and viewpoint A, and none of the rest: the variant pages exist beside their originals with the
 * right {@code lang} and {@code hreflang}; every page has the switch, naming each language in itself; a page without a
 * variant falls back, saying so in the language offered; English, Chinese and Vietnamese pages carry no Japanese chrome
 * unless it is marked {@code lang="ja"}; each variant page says, in its language, that search covers Japanese only.
 * A language without chrome of its own ({@code ne}) gets the English chrome, its text marked with its tag, and the
 * build warns.
 */
class LanguageVariantSiteTests {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Kana: Japanese in a Chinese page, whose Han characters are Chinese. */
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

    private static Path site() {
        return BuiltSites.site(BuiltSites.SAMPLE);
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(Files.readString(site().resolve(path), StandardCharsets.UTF_8), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void variantsArePagesBesideTheirOriginalsAndNothingIsCopied() {
        for (String p : List.of("index.en.html", "index.easy.html", "policy.en.html", "policy.easy.html", "viewpoints/A.en.html",
                "viewpoints/A.easy.html", "pages/お知らせ.en.html", "index.zh-Hans.html", "policy.zh-Hans.html",
                "viewpoints/A.zh-Hans.html", "index.vi.html", "policy.vi.html", "viewpoints/A.vi.html")) {
            assertThat(site().resolve(p)).as(p).isRegularFile();
        }
        assertThat(site().resolve("viewpoints/B.en.html")).doesNotExist();
        assertThat(site().resolve("pages/お知らせ.easy.html")).doesNotExist();
        assertThat(site().resolve("initiatives/online-shinsei.en.html")).doesNotExist();
        assertThat(site().resolve("pages/お知らせ.vi.html")).doesNotExist();
    }

    @Test
    void theCityHasItsHomePagePolicyAndNineViewpointsInEnglishAndEasyJapanese() throws IOException {
        Path city = BuiltSites.site(BuiltSites.CITY);
        List<String> originals = new ArrayList<>(List.of("index.html", "policy.html"));
        "ABCDEFGHI".chars().forEach(c -> originals.add("viewpoints/" + (char) c + ".html"));
        for (String o : originals) {
            for (String suffix : List.of("en", "easy")) {
                String p = o.replace(".html", "." + suffix + ".html");
                Document d = Jsoup.parse(Files.readString(city.resolve(p), StandardCharsets.UTF_8), "");
                assertThat(d.selectFirst("html").attr("lang")).as(p).isEqualTo(suffix.equals("en") ? "en" : "ja");
                assertThat(d.select("main h1").text()).as(p).isNotBlank();
                if (suffix.equals("en")) {
                    assertThat(unmarkedJapanese(d)).as(p).isEmpty();
                }
            }
        }
        Document home = Jsoup.parse(Files.readString(city.resolve("index.en.html"), StandardCharsets.UTF_8), "");
        assertThat(home.select("ul.viewpoints a")).hasSize(9).allSatisfy(a -> assertThat(a.attr("href")).endsWith(".en.html"));
    }

    @Test
    void variantPagesHaveTheirLanguageAndTheirText() {
        Document en = page("viewpoints/A.en.html");
        Document easy = page("viewpoints/A.easy.html");
        assertAll(() -> assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en"),
                () -> assertThat(easy.selectFirst("html").attr("lang")).isEqualTo("ja"),
                () -> assertThat(en.selectFirst("h1").text()).isEqualTo("Viewpoint A: Digital by default"),
                () -> assertThat(en.selectFirst(".skip-link").text()).isEqualTo("Skip to main content"),
                () -> assertThat(easy.selectFirst(".skip-link").text()).isEqualTo("ほんぶん へ"),
                () -> assertThat(en.selectFirst(".variant-original a").attr("href")).isEqualTo("../viewpoints/A.html"),
                () -> assertThat(en.selectFirst(".variant-original a").attr("lang")).isEqualTo("ja"),
                () -> assertThat(en.selectFirst(".site-name a").attr("href")).isEqualTo("../index.en.html"),
                () -> assertThat(page("index.en.html").selectFirst("h1").text()).isEqualTo("Tsunagino Information Plan (fictional sample)"),
                () -> assertThat(page("index.en.html").select("a[href=policy.en.html]")).isNotEmpty(),
                () -> assertThat(page("policy.easy.html").select("h2").eachText()).contains("けいかく の めあて"));
    }

    @Test
    void originalsAndVariantsNameEachOtherWithHreflang() {
        for (String p : List.of("viewpoints/A.html", "viewpoints/A.en.html", "viewpoints/A.easy.html", "viewpoints/A.zh-Hans.html",
                "viewpoints/A.vi.html")) {
            Elements links = page(p).select("head link[rel=alternate][hreflang]");
            assertThat(links).as(p).extracting(e -> e.attr("hreflang") + " " + e.attr("href")).containsExactly(
                    "ja https://example.jp/viewpoints/A.html".replace("https://example.jp/", base()),
                    ("ja-x-easy " + base() + "viewpoints/A.easy.html"), ("en " + base() + "viewpoints/A.en.html"),
                    ("zh-Hans " + base() + "viewpoints/A.zh-Hans.html"), ("vi " + base() + "viewpoints/A.vi.html"),
                    ("x-default " + base() + "viewpoints/A.html"));
        }
        assertThat(page("viewpoints/B.html").select("link[hreflang]")).isEmpty();
    }

    @Test
    void everyPageHasTheLanguageSwitchWithItsCurrentLanguage() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site())) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path p : pages) {
            Document d = Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "");
            Element nav = d.selectFirst("nav.language-switch");
            String name = site().relativize(p).toString();
            assertThat(nav).as(name).isNotNull();
            assertThat(nav.attr("aria-label")).as(name).isNotBlank();
            assertThat(nav.select("a")).as(name).hasSize(5).allSatisfy(a -> assertAll(
                    () -> assertThat(a.attr("hreflang")).isIn("ja", "en", "ja-x-easy", "zh-Hans", "vi"),
                    () -> assertThat(a.attr("lang")).isIn("ja", "en", "zh-Hans", "vi")));
            assertThat(nav.select("a[aria-current=page]")).as(name).hasSize(1);
        }
        assertThat(page("viewpoints/A.en.html").select("nav.language-switch a[aria-current]").text()).isEqualTo("English");
        assertThat(page("viewpoints/A.html").select("nav.language-switch a[aria-current]").text()).isEqualTo("日本語");
        assertThat(page("viewpoints/A.vi.html").select("nav.language-switch a[aria-current]").text()).isEqualTo("Tiếng Việt");
    }

    @Test
    void theSwitchNamesEachLanguageInItselfInTheOrderThePlanDeclares() {
        Elements choices = page("viewpoints/A.zh-Hans.html").select("nav.language-switch a");
        assertThat(choices).extracting(a -> a.attr("lang") + " " + a.text() + " " + a.attr("href")).containsExactly(
                "ja 日本語 ../viewpoints/A.html", "ja やさしい にほんご ../viewpoints/A.easy.html", "en English ../viewpoints/A.en.html",
                "zh-Hans 简体中文 ../viewpoints/A.zh-Hans.html", "vi Tiếng Việt ../viewpoints/A.vi.html");
        Elements fallbacks = page("pages/お知らせ.html").select("nav.language-switch a.fallback");
        assertThat(fallbacks).extracting(a -> a.attr("lang") + " " + a.text() + " " + a.attr("hreflang")).containsExactly(
                "ja やさしい にほんご （ふつうの 日本語 だけ） ja", "zh-Hans 简体中文 （仅有日文页面） ja", "vi Tiếng Việt (chỉ có tiếng Nhật) ja");
    }

    @Test
    void chineseAndVietnamesePagesHaveTheirTagTheirChromeAndTheirText() {
        Document zh = page("viewpoints/A.zh-Hans.html");
        Document vi = page("viewpoints/A.vi.html");
        assertAll(() -> assertThat(zh.selectFirst("html").attr("lang")).isEqualTo("zh-Hans"),
                () -> assertThat(vi.selectFirst("html").attr("lang")).isEqualTo("vi"),
                () -> assertThat(zh.selectFirst("h1").text()).isEqualTo("观点A：默认数字化"),
                () -> assertThat(vi.selectFirst("h1").text()).isEqualTo("Quan điểm A: Ưu tiên số hóa"),
                () -> assertThat(zh.selectFirst(".skip-link").text()).isEqualTo("跳到正文"),
                () -> assertThat(vi.selectFirst(".skip-link").text()).isEqualTo("Đi đến nội dung chính"),
                () -> assertThat(zh.selectFirst(".site-name a").attr("href")).isEqualTo("../index.zh-Hans.html"),
                () -> assertThat(vi.selectFirst(".breadcrumbs a").text()).isEqualTo("Trang chủ"),
                () -> assertThat(vi.selectFirst(".breadcrumbs a").attr("href")).isEqualTo("../index.vi.html"),
                () -> assertThat(page("index.vi.html").select("ul.viewpoints a[href=viewpoints/A.vi.html]")).hasSize(1),
                () -> assertThat(page("index.vi.html").select("ul.viewpoints li[lang=ja]")).hasSize(8),
                () -> assertThat(page("policy.zh-Hans.html").select("h2").eachText()).contains("计划的目的"));
        for (String p : List.of("index.zh-Hans.html", "policy.zh-Hans.html", "viewpoints/A.zh-Hans.html")) {
            assertThat(unmarked(page(p), KANA)).as(p).isEmpty();
        }
        for (String p : List.of("index.vi.html", "policy.vi.html", "viewpoints/A.vi.html")) {
            assertThat(unmarkedJapanese(page(p))).as(p).isEmpty();
        }
    }

    @Test
    void eachVariantPageSaysInItsLanguageThatSearchCoversJapaneseOnly() {
        assertAll(() -> assertThat(page("viewpoints/A.zh-Hans.html").selectFirst(".variant-search").text()).contains("仅涵盖日文页面"),
                () -> assertThat(page("index.vi.html").selectFirst(".variant-search").text()).contains("chỉ bao gồm các trang tiếng Nhật"),
                () -> assertThat(page("viewpoints/A.en.html").selectFirst(".variant-search").text()).contains("Japanese pages only"),
                () -> assertThat(page("viewpoints/A.easy.html").selectFirst(".variant-search").text()).contains("ふつうの 日本語 の ページ だけ"),
                () -> assertThat(page("viewpoints/A.html").select(".variant-search")).isEmpty());
    }

    @Test
    void aMissingVariantIsOfferedInItsLanguageAndLeadsToTheOriginal() {
        Element nav = page("viewpoints/B.html").selectFirst("nav.language-switch");
        Element en = nav.selectFirst("a[lang=en]");
        Element easy = nav.selectFirst("a[lang=ja]:not([aria-current])");
        assertAll(() -> assertThat(en.text()).isEqualTo("English (Japanese only)"),
                () -> assertThat(en.attr("href")).isEqualTo("../viewpoints/B.html"),
                () -> assertThat(en.attr("hreflang")).isEqualTo("ja"),
                () -> assertThat(easy.text()).isEqualTo("やさしい にほんご （ふつうの 日本語 だけ）"),
                () -> assertThat(easy.attr("href")).isEqualTo("../viewpoints/B.html"));
        Element fromEnglish = page("pages/お知らせ.en.html").selectFirst("nav.language-switch a.fallback");
        assertThat(fromEnglish.attr("href")).isEqualTo("../pages/お知らせ.html");
        assertThat(fromEnglish.text()).contains("ふつうの 日本語 だけ");
    }

    @Test
    void englishPagesMarkEveryJapaneseTextAsJapanese() {
        for (String p : List.of("index.en.html", "policy.en.html", "viewpoints/A.en.html", "pages/お知らせ.en.html")) {
            assertThat(unmarkedJapanese(page(p))).as(p).isEmpty();
        }
    }

    /** Texts and labels with kana or kanji outside any element marked lang="ja" (WCAG 3.1.2). */
    private static List<String> unmarkedJapanese(Document d) {
        return unmarked(d, JAPANESE);
    }

    /**
     * Texts and labels with a character of a pattern outside any element marked lang="ja"; Han characters without kana
     * in an element marked Chinese (the switch's 简体中文) are Chinese, not Japanese.
     */
    private static List<String> unmarked(Document d, Pattern japanese) {
        List<String> unmarked = new ArrayList<>();
        for (Element e : d.getAllElements()) {
            if (e.tagName().equals("script")) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                if (japanese.matcher(t.text()).find() && !language(e).equals("ja") && !chinese(language(e), t.text())) {
                    unmarked.add(e.tagName() + ": " + t.text().strip());
                }
            }
            for (String attr : List.of("aria-label", "title", "alt", "content")) {
                if (japanese.matcher(e.attr(attr)).find() && !language(e).equals("ja") && !chinese(language(e), e.attr(attr))) {
                    unmarked.add(e.tagName() + "@" + attr + ": " + e.attr(attr));
                }
            }
        }
        return unmarked;
    }

    @Test
    void theSitemapListsVariantsWithTheirAlternatesAndTheSearchLeavesThemOut() throws IOException {
        String sitemap = Files.readString(site().resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(sitemap).contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"",
                "<loc>" + base() + "viewpoints/A.en.html</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"ja-x-easy\" href=\"" + base() + "viewpoints/A.easy.html\"/>",
                "pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.en.html");
        String searchPages = Files.readString(site().resolve("search/pages.json"), StandardCharsets.UTF_8);
        assertThat(searchPages).contains("viewpoints/A.html").doesNotContain(".en.html", ".easy.html", ".zh-Hans.html", ".vi.html");
    }

    private static boolean chinese(String lang, String text) {
        return lang.startsWith("zh") && !KANA.matcher(text).find();
    }

    private static String language(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("lang")) {
                return x.attr("lang");
            }
        }
        return "";
    }

    private static String base() {
        return BuiltSites.request(BuiltSites.SAMPLE).baseUrl().toString();
    }
}
