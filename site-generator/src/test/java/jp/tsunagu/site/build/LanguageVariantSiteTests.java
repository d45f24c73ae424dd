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
 * Language variants in the built sample city, which has English and やさしい日本語 versions of its plan, viewpoint A
 * and the page お知らせ, and none of the rest: the variant pages exist beside their originals with the right
 * {@code lang} and {@code hreflang}; every page has the switch; a page without a variant falls back, saying so in
 * the language offered; English pages carry no Japanese chrome unless it is marked {@code lang="ja"}.
 */
class LanguageVariantSiteTests {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

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
                "viewpoints/A.easy.html", "pages/お知らせ.en.html")) {
            assertThat(site().resolve(p)).as(p).isRegularFile();
        }
        assertThat(site().resolve("viewpoints/B.en.html")).doesNotExist();
        assertThat(site().resolve("pages/お知らせ.easy.html")).doesNotExist();
        assertThat(site().resolve("initiatives/online-shinsei.en.html")).doesNotExist();
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
        for (String p : List.of("viewpoints/A.html", "viewpoints/A.en.html", "viewpoints/A.easy.html")) {
            Elements links = page(p).select("head link[rel=alternate][hreflang]");
            assertThat(links).as(p).extracting(e -> e.attr("hreflang") + " " + e.attr("href")).containsExactly(
                    "ja https://example.jp/viewpoints/A.html".replace("https://example.jp/", base()),
                    ("ja-x-easy " + base() + "viewpoints/A.easy.html"), ("en " + base() + "viewpoints/A.en.html"),
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
            assertThat(nav.select("a")).as(name).hasSize(3).allSatisfy(a -> assertAll(
                    () -> assertThat(a.attr("hreflang")).isIn("ja", "en", "ja-x-easy"),
                    () -> assertThat(a.attr("lang")).isIn("ja", "en")));
            assertThat(nav.select("a[aria-current=page]")).as(name).hasSize(1);
        }
        assertThat(page("viewpoints/A.en.html").select("nav.language-switch a[aria-current]").text()).isEqualTo("English");
        assertThat(page("viewpoints/A.html").select("nav.language-switch a[aria-current]").text()).isEqualTo("日本語");
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
        List<String> unmarked = new ArrayList<>();
        for (Element e : d.getAllElements()) {
            if (e.tagName().equals("script")) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                if (JAPANESE.matcher(t.text()).find() && !language(e).equals("ja")) {
                    unmarked.add(e.tagName() + ": " + t.text().strip());
                }
            }
            for (String attr : List.of("aria-label", "title", "alt", "content")) {
                if (JAPANESE.matcher(e.attr(attr)).find() && !language(e).equals("ja")) {
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
        assertThat(searchPages).contains("viewpoints/A.html").doesNotContain(".en.html", ".easy.html");
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
