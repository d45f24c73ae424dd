package jp.tsunagu.site.enrich;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.assemble.SitePaths;

/** The furigana variants of both built content sets, as the real pipeline writes them. */
class FuriganaSiteTests {

    private static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.map(f -> site.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(p -> p.endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyPageHasAFuriganaVariantWithRubyOnKanjiAndNoneOnKana(String name) {
        Path site = BuiltSites.site(name);
        List<String> all = pages(site);
        // pages in other languages (x.en.html, x.zh-Hans.html, x.vi.html) get no furigana; やさしい日本語 does
        List<String> english = all.stream()
                .filter(p -> !parse(site.resolve(p)).selectFirst("html").attr("lang").startsWith("ja")).toList();
        List<String> plain = all.stream().filter(p -> !SitePaths.isFurigana(p) && !english.contains(p)).toList();
        assertThat(plain).contains("index.html", "404.html", "sakuin.html", "search.html");
        assertThat(english).as("pages in other languages").isNotEmpty();
        for (String page : english) {
            assertThat(parse(site.resolve(page)).select("a[data-furigana]")).as(page + ": no furigana link").isEmpty();
        }
        assertThat(all.stream().filter(SitePaths::isFurigana).toList())
                .as("a furigana variant of every page in Japanese, none of the pages in other languages")
                .containsExactlyElementsOf(plain.stream().map(SitePaths::furigana).sorted().toList());

        List<String> problems = new ArrayList<>();
        int rubies = 0;
        for (String page : plain) {
            Document plainDoc = parse(site.resolve(page));
            Document doc = parse(site.resolve(SitePaths.furigana(page)));
            assertThat(plainDoc.select("ruby")).as(page).isEmpty();
            assertThat(plainDoc.select("a[data-furigana=on]").attr("href")).as(page)
                    .endsWith(SitePaths.furigana(page.substring(page.lastIndexOf('/') + 1)));
            // The header shows the toggle twice, once for wide screens and once among the folded reading aids.
            assertThat(doc.select("a[data-furigana=off]").eachText()).as(page).isNotEmpty().containsOnly("ふりがなをはずす");
            assertThat(doc.select("link[rel=canonical]").attr("href")).as(page)
                    .isEqualTo(plainDoc.select("link[rel=canonical]").attr("href")).doesNotContain("furigana");
            // Same text as the plain page once the readings are taken out.
            Document stripped = doc.clone();
            stripped.select("rt, rp").remove();
            assertThat(stripped.body().text()).as(page).isEqualTo(plainDoc.body().text().replace("ふりがなをつける", "ふりがなをはずす"));
            for (Element ruby : doc.select("ruby")) {
                rubies++;
                String base = ruby.ownText();
                String rt = ruby.select("rt").text();
                if (!base.codePoints().anyMatch(Furigana::isKanji) || !rt.matches("[ぁ-ゖー]+")
                        || !ruby.html().endsWith("<rp>(</rp><rt>" + rt + "</rt><rp>)</rp>")) {
                    problems.add(page + ": " + ruby.outerHtml());
                }
            }
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && t.parent() != null
                        && t.parent().closest("ruby, code, pre, kbd, samp, script, style, textarea, svg, [lang]:not([lang=ja])") == null
                        && t.getWholeText().codePoints().anyMatch(Furigana::isKanji)) {
                    problems.add(page + ": kanji without ruby: " + t.getWholeText().strip());
                }
            }, doc.body());
            String baseUrl = BuiltSites.request(name).baseUrl().toString();
            for (Element a : doc.select("a[href]:not([data-furigana])")) {
                if (a.hasAttr("hreflang") && !a.attr("hreflang").startsWith("ja")) {
                    assertThat(a.attr("href")).as(page + ": the English page as it is").doesNotContain("furigana");
                    continue;
                }
                String href = a.attr("href");
                String path = href.replaceAll("[?#].*", "");
                boolean internal = !path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith(baseUrl);
                if (internal && path.endsWith(".html") && !SitePaths.isFurigana(path)) {
                    problems.add(page + ": link leaves furigana mode: " + href);
                }
            }
        }
        assertThat(rubies).isGreaterThan(plain.size() * 10);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void variantsAreNeitherInTheSitemapNorInTheSearchIndex(String name) throws IOException {
        Path site = BuiltSites.site(name);
        assertThat(Files.readString(site.resolve("sitemap.xml"), UTF_8)).doesNotContain("furigana");
        assertThat(Files.readString(site.resolve("search/pages.json"), UTF_8)).doesNotContain("furigana");
    }
}
