package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.ja.UserWords;
import jp.tsunagu.site.TestFiles;

/** The static index files of both built sites: their shapes, sizes and what a query downloads. */
class SearchIndexTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void writesATableOfContentsShardsInKeyOrderAPageListAndSnippets(String name) throws IOException {
        Path site = BuiltSites.site(name);
        JsonNode toc = JSON.readTree(site.resolve(SearchFormat.INDEX).toFile());
        JsonNode pages = JSON.readTree(site.resolve(SearchFormat.PAGES).toFile());
        assertThat(toc.get("format").asInt()).isEqualTo(1);
        assertThat(toc.get("pages").asInt()).isEqualTo(pages.size());

        List<String> firstKeys = new ArrayList<>();
        toc.get("shards").forEach(k -> firstKeys.add(k.asText()));
        String previous = null;
        for (int i = 0; i < firstKeys.size(); i++) {
            byte[] shard = Files.readAllBytes(site.resolve(SearchFormat.shard(i)));
            assertThat(gzip(shard)).as("shard %d, gzip", i).isLessThanOrEqualTo(8 * 1024);
            Map<String, SearchFormat.Postings> entries = SearchFormat.readShard(shard, SearchFormat.weightTable());
            assertThat(entries.keySet().iterator().next()).isEqualTo(firstKeys.get(i));
            for (var e : entries.entrySet()) {
                if (previous != null) {
                    assertThat(SearchFormat.compareKeys(previous, e.getKey())).as("%s < %s", previous, e.getKey()).isNegative();
                }
                previous = e.getKey();
                assertThat(e.getValue().weights()).isNotEmpty();
            }
        }
        assertThat(site.resolve(SearchFormat.shard(firstKeys.size()))).doesNotExist();

        List<String> urls = new ArrayList<>();
        pages.forEach(p -> urls.add(p.get(0).asText()));
        assertThat(urls).contains("index.html", "glossary.html")
                .doesNotContain("search.html", "sakuin.html", "sitemap.html", "404.html")
                .noneMatch(u -> u.startsWith("history/") || u.matches("action-plans/\\d+/(viewpoint|department)-.*"));
        for (int n = 0; n < urls.size(); n++) {
            JsonNode doc = JSON.readTree(site.resolve(SearchFormat.doc(n)).toFile());
            assertThat(doc.get("u").asText()).isEqualTo(urls.get(n));
            assertThat(doc.get("x").asText().length()).isLessThanOrEqualTo(SearchIndexer.SNIPPET_TEXT);
            assertThat(site.resolve(urls.get(n))).isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void aFirstQueryDownloadsLittle(String name) {
        Path site = BuiltSites.site(name);
        for (String query : List.of("情報", "じょうほう", "jouhou", "マイナンバーカード認証")) {
            List<String> read = new ArrayList<>();
            SiteSearcher searcher = SiteSearcher.of(path -> {
                read.add(path);
                return Files.readAllBytes(site.resolve(path));
            });
            List<SiteSearcher.Hit> hits = searcher.search(query);
            hits.stream().limit(10).forEach(h -> read.add(SearchFormat.doc(h.page())));
            // The page list is read by the Java searcher when it opens; the JavaScript client never fetches it.
            int bytes = read.stream().filter(p -> !p.equals(SearchFormat.PAGES)).mapToInt(p -> gzip(readBytes(site.resolve(p)))).sum();
            assertThat(bytes).as("gzip bytes of %s for 「%s」", read, query).isLessThanOrEqualTo(40 * 1024);
        }
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadUserDictionaryFailsTheIndexStageWithFileAndLine(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("src");
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), source);
        Files.writeString(source.resolve(UserWords.FILE), "健診 けんしん\n健診\n", StandardCharsets.UTF_8);

        assertThatExceptionOfType(SiteException.class)
                .isThrownBy(() -> SiteGenerator.build(BuildRequest.of(source, temp.resolve("site"))))
                .satisfies(e -> assertThat(e.stage()).isEqualTo(Stage.INDEX))
                .withMessageStartingWith("index: ")
                .withMessageContaining("search/user-dictionary.txt:2: 「健診」は「単語 よみ」の形で書いてください");
        assertThat(temp.resolve("site")).doesNotExist();
    }
}
