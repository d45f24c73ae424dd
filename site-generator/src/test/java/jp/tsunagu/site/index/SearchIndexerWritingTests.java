package jp.tsunagu.site.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Pools;
import jp.tsunagu.site.ja.GlossaryWord;

/**
 * The index written page by page by the build's one pass ({@link SearchIndexer#start}): pages handed in from several
 * threads, in any order, with bytes the caller read, give the very files the indexer writes when it reads the pages
 * itself. Real Kuromoji, real Lucene, real files.
 */
class SearchIndexerWritingTests {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("情報化", "じょうほうか", List.of(), "glossary.html#t1"),
            new GlossaryWord("AI", "エーアイ", List.of("人工知能"), "glossary.html#t2"));

    @Test
    void pagesAddedFromSeveralThreadsInAnyOrderGiveTheIndexOfOnePass(@TempDir Path temp) throws IOException {
        Path read = temp.resolve("read");
        Path handed = temp.resolve("handed");
        List<SearchPage> pages = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            String path = "p/" + n + ".html";
            String title = "取組 " + n;
            pages.add(new SearchPage(path, title, List.of("ホーム", "取組")));
            String body = "<h1>" + title + "</h1><p>会津若松市は情報化を推進し、人工知能と<a href=\"x.html\">地域</a>の"
                    + (n % 3 == 0 ? "健康診断" : "子育て支援") + "を進めます。第" + n + "次計画。</p>";
            for (Path site : List.of(read, handed)) {
                Path file = site.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "<!DOCTYPE html><html lang=\"ja\"><head><title>" + title + "</title></head><body>"
                        + "<nav>ナビ</nav><main>" + body + "</main></body></html>", UTF_8);
            }
        }
        SearchIndexer indexer = new SearchIndexer(GLOSSARY);

        SearchIndex whole = indexer.index(read, pages);

        FileBudget budget = FileBudget.of(FileBudget.DEFAULT_LIMIT);
        Optional<SearchIndex> byPage;
        try (SearchIndexer.Writing writing = indexer.start(handed, pages, budget, Optional.empty())) {
            List<Integer> order = new ArrayList<>();
            for (int n = pages.size() - 1; n >= 0; n--) {
                order.add(n);
            }
            Pools.each("test-index", order, 3, n -> budget.run(pages.get(n).path(), () -> {
                try {
                    writing.add(n, Files.readAllBytes(handed.resolve(pages.get(n).path())));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return n;
            }));
            byPage = writing.finish();
        }

        assertThat(byPage).isPresent();
        assertThat(byPage.get().keys()).isEqualTo(whole.keys()).isPositive();
        assertThat(byPage.get().keywords()).isEqualTo(whole.keywords()).isNotEmpty();
        Map<String, byte[]> expected = files(read.resolve(SearchFormat.FOLDER));
        assertThat(expected).hasSizeGreaterThan(pages.size());
        Map<String, byte[]> actual = files(handed.resolve(SearchFormat.FOLDER));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aPageOverItsBudgetLeavesNoIndex(@TempDir Path site) throws IOException {
        Path file = site.resolve("a.html");
        Files.writeString(file, "<html lang=\"ja\"><body><main><p>情報化</p></main></body></html>", UTF_8);
        List<SearchPage> pages = List.of(new SearchPage("a.html", "A", List.of()));
        long[] now = {0};
        FileBudget budget = FileBudget.of(java.time.Duration.ofSeconds(1), () -> now[0] += 2_000_000_000L);
        try (SearchIndexer.Writing writing = new SearchIndexer(List.of()).start(site, pages, budget, Optional.empty())) {
            budget.run("a.html", () -> {
                try {
                    writing.add(0, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return 0;
            });
            assertThat(budget.overruns()).extracting(FileBudget.Overrun::file).containsExactly("a.html");
            assertThat(writing.finish()).isEmpty();
        }
        assertThat(site.resolve(SearchFormat.INDEX)).doesNotExist();
    }

    /** Every file under a folder, by its path relative to the folder (also for {@link KeptIndexTests}). */
    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
