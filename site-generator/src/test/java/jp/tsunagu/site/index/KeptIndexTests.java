package jp.tsunagu.site.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.cache.BuildCache;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.ja.GlossaryWord;

/**
 * The kept Lucene index ({@link KeptIndex}) as builds update it: it is not merged into one segment after an edit,
 * the search files are scored with the statistics of its live documents ({@link FieldLengths}) and are byte for byte
 * those of an index written from scratch, after edits, additions, removals and many edits in a row; its segments do
 * not pile up; and lengths that do not add up are not trusted. Real Kuromoji, real Lucene, real files.
 */
class KeptIndexTests {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("情報化", "じょうほうか", List.of(), "glossary.html#t1"),
            new GlossaryWord("AI", "エーアイ", List.of("人工知能"), "glossary.html#t2"));

    @TempDir
    Path temp;

    /** A site of pages: each page's path, title and body, in page order. */
    private final Map<String, String[]> site = new java.util.LinkedHashMap<>();
    private int builds;

    private void page(String path, String title, String body) {
        site.put(path, new String[] {title, body});
    }

    private List<SearchPage> pages() {
        return site.entrySet().stream().map(e -> new SearchPage(e.getKey(), e.getValue()[0], List.of("ホーム", "取組")))
                .toList();
    }

    private Path write(Path folder) throws IOException {
        for (var e : site.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<!DOCTYPE html><html lang=\"ja\"><head><title>" + e.getValue()[0] + "</title></head>"
                    + "<body><nav>ナビ</nav><main><h1>" + e.getValue()[0] + "</h1><p>" + e.getValue()[1]
                    + "</p></main></body></html>", UTF_8);
        }
        return folder;
    }

    /**
     * Builds the index with the cache and without, and checks that the two are the same bytes.
     *
     * @return the cache as the build left it, with its counts
     */
    private IndexCache buildAndCompare() throws IOException {
        builds++;
        Path clean = write(temp.resolve("clean-" + builds));
        new SearchIndexer(GLOSSARY).index(clean, pages());
        Path cached = write(temp.resolve("cached-" + builds));
        IndexCache cache = new IndexCache(openCache(cached));
        Optional<SearchIndex> index = new SearchIndexer(GLOSSARY).index(cached, pages(), FileBudget.of(FileBudget.DEFAULT_LIMIT),
                Optional.of(cache));
        assertThat(index).isPresent();
        Map<String, byte[]> expected = SearchIndexerWritingTests.files(clean.resolve(SearchFormat.FOLDER));
        Map<String, byte[]> actual = SearchIndexerWritingTests.files(cached.resolve(SearchFormat.FOLDER));
        assertThat(actual.keySet()).as("build " + builds).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as("build " + builds + ": " + name).isEqualTo(bytes));
        cache.retainUsed();
        return cache;
    }

    private BuildCache openCache(Path site) {
        return BuildCache.open(temp.resolve("cache"), site, "index", List.of(GLOSSARY.toString()), s -> { });
    }

    /** The keys of the index stage's entries. */
    private List<String> entryKeys() throws IOException {
        try (var files = Files.list(temp.resolve("cache").resolve("index"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".entry"))
                    .map(f -> f.substring("index-".length(), f.length() - ".entry".length())).sorted().toList();
        }
    }

    private Path kept() {
        return temp.resolve("cache").resolve(KeptIndex.FOLDER);
    }

    /** The kept index's last commit: segments, live and all documents. */
    private record Kept(int segments, int live, int all) {
    }

    private Kept keptIndex() throws IOException {
        try (var directory = FSDirectory.open(kept()); var reader = DirectoryReader.open(directory)) {
            return new Kept(reader.leaves().size(), reader.numDocs(), reader.maxDoc());
        }
    }

    private void sample(int count) {
        for (int n = 0; n < count; n++) {
            page("p/" + n + ".html", "取組 " + n, "会津若松市は情報化を推進し、人工知能と地域の"
                    + (n % 3 == 0 ? "健康診断" : n % 3 == 1 ? "子育て支援" : "防災訓練") + "を進めます。第" + n + "次計画。"
                    + "市民の声を聞きながら、".repeat(n % 5));
        }
    }

    @Test
    void editsAdditionsAndRemovalsUpdateTheKeptIndexWithoutMergingItAndTheIndexIsByteForByteClean() throws IOException {
        sample(60);
        buildAndCompare();
        assertThat(keptIndex()).isEqualTo(new Kept(1, 60, 60));

        site.get("p/7.html")[1] += "令和8年度は、地域の声を聞きながら手順を見直します。";
        buildAndCompare();
        Kept edited = keptIndex();
        assertThat(edited.segments()).as("the edited page in a segment of its own: " + edited).isEqualTo(2);
        assertThat(edited.all() - edited.live()).as("the page's old document deleted, not merged away").isEqualTo(1);

        // a page removed, one whose title changed, a new word only the removed page had
        site.remove("p/12.html");
        site.get("p/30.html")[0] = "防災の取組";
        site.get("p/41.html")[1] += "雪下ろしの支援。";
        buildAndCompare();
        assertThat(keptIndex().live()).isEqualTo(59);

        // a page added in the middle: every page after it has a new number
        Map<String, String[]> before = new java.util.LinkedHashMap<>(site);
        site.clear();
        before.forEach((path, page) -> {
            site.put(path, page);
            if (path.equals("p/3.html")) {
                page("p/3b.html", "新しい取組", "人工知能による問合せ対応を始めます。");
            }
        });
        buildAndCompare();
        assertThat(keptIndex().live()).isEqualTo(60);

        // the words only an edited page had are gone with its old document
        site.get("p/41.html")[1] = site.get("p/41.html")[1].replace("雪下ろしの支援。", "");
        buildAndCompare();
        assertThat(keptIndex().all()).as("deleted documents still in their segments").isGreaterThan(keptIndex().live());
    }

    @Test
    void withoutAKeptIndexEveryPageIsAnalysedAndAKeptDocumentWithAnEntryOfTheEarlierLayoutIsAnalysedAgain()
            throws IOException {
        sample(30);
        IndexCache first = buildAndCompare();
        assertThat(first.analysed()).isEqualTo(30);
        assertThat(entryKeys()).hasSize(30);
        IndexCache full = buildAndCompare();
        assertThat(full.restored()).isEqualTo(30);
        assertThat(full.analysed()).isZero();

        // the kept index gone: every page is analysed (nothing else holds what Lucene takes of a page)
        org.apache.lucene.util.IOUtils.rm(kept());
        IndexCache noKept = buildAndCompare();
        assertThat(noKept.analysed()).isEqualTo(30);
        assertThat(noKept.restored()).isZero();
        assertThat(keptIndex()).isEqualTo(new Kept(1, 30, 30));

        // entries of the earlier layout (the page's text and recorded tokens), whole and under their page's key
        BuildCache raw = openCache(temp.resolve("any"));
        List<String> keys = entryKeys();
        for (String key : keys.subList(0, 4)) {
            Map<String, byte[]> earlier = new java.util.LinkedHashMap<>();
            earlier.put("doc", "{}".getBytes(UTF_8));
            earlier.put("analysis", new byte[25_000]);
            raw.write(key, earlier);
        }
        IndexCache earlier = buildAndCompare();
        assertThat(earlier.ignored()).isEqualTo(4);
        assertThat(earlier.analysed()).isEqualTo(4);
        assertThat(earlier.restored()).isEqualTo(26);
        assertThat(keptIndex().live()).as("their documents replaced").isEqualTo(30);
        IndexCache again = buildAndCompare();
        assertThat(again.restored()).isEqualTo(30);
        assertThat(again.ignored()).isZero();
    }

    @Test
    void manyEditsInARowAreEachByteForByteCleanAndTheSegmentsDoNotPileUp() throws IOException {
        sample(40);
        buildAndCompare();
        for (int edit = 0; edit < 24; edit++) {
            site.get("p/" + (edit * 7 % 40) + ".html")[1] += "第" + edit + "回の見直し。";
            buildAndCompare();
            Kept kept = keptIndex();
            assertThat(kept.live()).isEqualTo(40);
            assertThat(kept.segments()).as("edit " + edit + ": " + kept).isLessThanOrEqualTo(11);
        }
    }

    @Test
    void lengthsThatDoNotAddUpToTheirSegmentAreNotTrustedAndTheIndexIsMergedInstead() throws IOException {
        sample(30);
        buildAndCompare();
        site.get("p/4.html")[1] += "令和8年度は手順を見直します。";
        buildAndCompare();
        assertThat(keptIndex().segments()).isEqualTo(2);
        // a wrong length for a live document of the segment that holds a deleted one, committed with the marker
        try (var directory = FSDirectory.open(kept());
                var writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            String key;
            try (var reader = DirectoryReader.open(directory)) {
                key = liveKey(reader.leaves().stream().filter(l -> l.reader().hasDeletions()).findFirst().orElseThrow());
            }
            writer.updateNumericDocValue(new Term(KeptIndex.KEY, key), FieldLengths.PREFIX + "text", 3);
            Map<String, String> mark = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> mark.put(e.getKey(), e.getValue()));
            writer.setLiveCommitData(mark.entrySet());
            writer.commit();
        }
        site.get("p/9.html")[1] += "手続きを案内します。";
        buildAndCompare();
        Kept merged = keptIndex();
        assertThat(merged).as("merged into one segment instead of trusting the lengths").isEqualTo(new Kept(1, 30, 30));
    }

    private static String liveKey(LeafReaderContext leaf) throws IOException {
        TermsEnum keys = leaf.reader().terms(KeptIndex.KEY).iterator();
        PostingsEnum docs = null;
        for (BytesRef key = keys.next(); key != null; key = keys.next()) {
            docs = keys.postings(docs, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (leaf.reader().getLiveDocs().get(doc)) {
                    return key.utf8ToString();
                }
            }
        }
        throw new AssertionError("no live document");
    }

    @Test
    void theStatisticsOfTheLiveDocumentsAreThoseOfTheIndexWithoutTheDeletedOnes() throws IOException {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            texts.add(("alpha beta " + "gamma ".repeat(n % 7) + "delta" + n).trim());
        }
        texts.add("");
        try (var updated = new ByteBuffersDirectory(); var clean = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(updated, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int n = 0; n < texts.size(); n++) {
                    writer.addDocument(document(n, texts.get(n)));
                    if (n % 20 == 19) {
                        writer.flush();
                    }
                }
                for (int n = 0; n < texts.size(); n += 9) {
                    writer.deleteDocuments(new Term("id", Integer.toString(n)));
                }
                writer.updateDocument(new Term("id", "10"), document(10, "alpha omega"));
                writer.commit();
            }
            try (var writer = new IndexWriter(clean, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int n = 0; n < texts.size(); n++) {
                    if (n % 9 != 0) {
                        writer.addDocument(document(n, n == 10 ? "alpha omega" : texts.get(n)));
                    }
                }
                writer.forceMerge(1);
                writer.commit();
            }
            try (var a = DirectoryReader.open(updated); var b = DirectoryReader.open(clean)) {
                assertThat(a.leaves()).hasSizeGreaterThan(1);
                assertThat(a.hasDeletions()).isTrue();
                Map<String, CollectionStatistics> live = FieldLengths.statistics(a, List.of("body", "none")).orElseThrow();
                CollectionStatistics expected = new IndexSearcher(b).collectionStatistics("body");
                CollectionStatistics actual = live.get("body");
                assertThat(actual.maxDoc()).isEqualTo(expected.maxDoc());
                assertThat(actual.docCount()).isEqualTo(expected.docCount());
                assertThat(actual.sumTotalTermFreq()).isEqualTo(expected.sumTotalTermFreq());
                assertThat(live.get("none")).isNull();
            }
        }
    }

    private static Document document(int n, String text) {
        FieldLengths lengths = new FieldLengths();
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(n), Field.Store.NO));
        doc.add(lengths.count(new Field("body", text, TextField.TYPE_NOT_STORED)));
        lengths.addTo(doc);
        return doc;
    }
}
