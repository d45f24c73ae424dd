package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;

/** The 五十音順 keyword index of both built sites, read as HTML. */
class SakuinTests {

    static Document page(String site, String path) throws IOException {
        return Jsoup.parse(Files.readString(BuiltSites.site(site).resolve(path), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void listsKeywordsByReadingInGojuonRowsWithWorkingLinks(String site) throws IOException {
        Document sakuin = page(site, "sakuin.html");
        List<String> rows = sakuin.select("main section h2").eachText();
        assertThat(rows).isNotEmpty().isSubsetOf(List.of("あ行", "か行", "さ行", "た行", "な行", "は行", "ま行", "や行", "ら行",
                "わ行", "その他"));
        assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(r -> "あかさたなはまやらわそ".indexOf(r.charAt(0))));
        Path root = BuiltSites.site(site);
        for (Element link : sakuin.select("dl.sakuin a")) {
            String href = link.attr("href").replaceFirst("#.*", "");
            assertThat(root.resolve(href)).as(link.outerHtml()).isRegularFile();
        }
        assertThat(sakuin.select("dl.sakuin dt")).hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void listsEveryGlossaryTermWithItsDefinition(String site) throws IOException {
        Document glossary = page(site, "glossary.html");
        Document sakuin = page(site, "sakuin.html");
        for (Element term : glossary.select("dl.glossary dt")) {
            String word = term.ownText().strip();
            Element entry = sakuin.select("dl.sakuin dt").stream().filter(dt -> dt.ownText().strip().equals(word))
                    .findFirst().orElseThrow(() -> new AssertionError("glossary term missing from the さくいん: " + word));
            assertThat(entry.nextElementSibling().select("a[href^=glossary.html#term-]")).as(word).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "initiatives/index.html", "search.html", "sakuin.html", "404.html"})
    void everyPageHeaderLinksToTheKeywordIndex(String path) throws IOException {
        Document doc = page(BuiltSites.SAMPLE, path);
        assertThat(doc.select("header .site-sakuin a").attr("href")).endsWith("sakuin.html");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void staysWithinTheHtmlBudget(String site) throws IOException {
        byte[] html = Files.readAllBytes(BuiltSites.site(site).resolve("sakuin.html"));
        var gzipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(html);
        }
        assertThat(gzipped.size()).as("sakuin.html, gzip").isLessThanOrEqualTo(30 * 1024);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.SAMPLE})
    void readsWordsFromTheEditorsUserDictionary(String site) throws IOException {
        Document sakuin = page(site, "sakuin.html");
        assertThat(sakuin.select("dl.sakuin dt").eachText()).contains("健診（けんしん）");
    }
}
