package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.bench.PlanCorpus;

/**
 * The build cache ({@link BuildCache}) with real builds: a build that takes pages from it writes, byte for byte, the
 * site a clean build of the same source writes, after an edit, with damaged entries, and after a dictionary or
 * template change. Two stages use it: enrich (furigana copies, speech text) and index (each page's snippet file and
 * keywords, and the Lucene index itself).
 */
class BuildCacheTests {
    private static final Pattern ENRICH = Pattern.compile("ふりがな・読み上げ: (\\d+) ページのうち (\\d+) ページは作成のキャッシュ.*から使い、(\\d+) ページを作りました"
            + "(?:（壊れているか別の版のキャッシュ (\\d+) 件)?");
    private static final Pattern INDEX = Pattern.compile("検索の索引: (\\d+) ページのうち (\\d+) ページは作成のキャッシュ.*から使い、(\\d+) ページを解析しました"
            + "(?:（壊れているか別の版のキャッシュ (\\d+) 件)?");

    @TempDir
    Path temp;

    /** What one stage of a cached build said: pages read, from the cache, done, ignored entries. */
    private record Counts(int pages, int restored, int done, int ignored) {
    }

    /** What a cached build said of its two cached stages. */
    private record Built(Counts enrich, Counts index) {
    }

    private Counts cached(Path source, Path out) {
        return build(source, out).enrich();
    }

    private Built build(Path source, Path out) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out).withCacheDirectory(temp.resolve("cache")));
        return new Built(counts(result, ENRICH), counts(result, INDEX));
    }

    private static Counts counts(BuildResult result, Pattern pattern) {
        Matcher m = result.notes().stream().map(pattern::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + pattern + " in " + result.notes()));
        return new Counts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    private Map<String, byte[]> clean(Path source, String name) {
        return CleanBuilds.of(source, temp.resolve(name));
    }

    private List<Path> entries() throws IOException {
        return entries("enrich");
    }

    private List<Path> entries(String stage) throws IOException {
        try (Stream<Path> s = Files.list(temp.resolve("cache").resolve(stage))) {
            return s.filter(p -> p.getFileName().toString().startsWith(stage + "-") && p.getFileName().toString().endsWith(".entry"))
                    .sorted().toList();
        }
    }

    /** The index stage's output: every file under {@code search/} and the さくいん's pages. */
    private static Map<String, byte[]> indexFiles(Path site) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        TestFiles.contents(site).forEach((name, bytes) -> {
            if (name.startsWith("search/") || name.startsWith("sakuin")) {
                files.put(name, bytes);
            }
        });
        return files;
    }

    private static void assertSameIndex(Path expected, Path actual) {
        Map<String, byte[]> a = indexFiles(expected);
        Map<String, byte[]> b = indexFiles(actual);
        assertTrue(a.keySet().stream().anyMatch(n -> n.startsWith("search/s/")), "shards: " + a.keySet());
        assertTrue(a.keySet().stream().anyMatch(n -> n.startsWith("search/d/")), "snippet files: " + a.keySet());
        assertTrue(a.containsKey("sakuin.html"), a.keySet().toString());
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertTrue(Arrays.equals(a.get(file), b.get(file)), () -> file + " differs from the clean build");
        }
    }

    @Test
    void anEditedSampleCityIsBuiltFromTheCacheByteForByteAsCleanAndTheCacheHoldsOnlyItsPages() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        Counts first = cached(source, out);
        assertEquals(0, first.restored());
        CleanBuilds.assertSameBytes(clean(source, "clean-1"), out);
        assertEquals(first.pages(), entries().size());

        Path edited = source.resolve("plan/viewpoints/A.md");
        Files.writeString(edited, Files.readString(edited, UTF_8) + "\n地域の声を聞きながら手順を見直します。\n", UTF_8);
        Counts second = cached(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-2"), out);
        assertTrue(second.done() > 0 && second.done() < first.pages() / 2, second.toString());
        assertEquals(second.pages(), second.restored() + second.done());
        assertEquals(second.pages(), entries().size(), "the entries of the pages before the edit are deleted");
    }

    @Test
    void aGeneratedCorpusAfterAOneFileEditIsBuiltFromTheCacheByteForByteAsClean() throws IOException {
        Path source = PlanCorpus.write(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"), 150, 30, true);
        Path out = temp.resolve("site");
        Counts first = cached(source, out);
        PlanCorpus.editOne(source);
        Counts second = cached(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean"), out);
        assertTrue(second.restored() > first.pages() / 2, second.toString());
    }

    @Test
    void theIndexOfAGeneratedCorpusIsByteForByteCleanFromAFullCacheAndAfterAnEditAndDoesOnlyTheEditedPagesAgain()
            throws IOException {
        Path source = PlanCorpus.write(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"), 120, 20, true);
        Path out = temp.resolve("site");
        Built first = build(source, out);
        assertEquals(0, first.index().restored(), first.toString());
        assertEquals(first.index().pages(), first.index().done());
        assertEquals(first.index().pages(), entries("index").size());
        Path clean = temp.resolve("clean-1");
        SiteGenerator.build(BuildRequest.of(source, clean));
        assertSameIndex(clean, out);

        Built full = build(source, out);
        assertEquals(full.index().pages(), full.index().restored(), "every page from the cache: " + full);
        assertEquals(0, full.index().done());
        assertSameIndex(clean, out);
        CleanBuilds.assertSameBytes(TestFiles.contents(clean), out);

        PlanCorpus.editOne(source);
        Built edited = build(source, out);
        SiteGenerator.build(BuildRequest.of(source, temp.resolve("clean-2")));
        assertSameIndex(temp.resolve("clean-2"), out);
        assertTrue(edited.index().done() > 0 && edited.index().done() < edited.index().pages() / 4, edited.toString());
        assertEquals(edited.index().pages(), edited.index().restored() + edited.index().done());
        assertEquals(edited.index().pages(), entries("index").size(), "the entries of the pages before the edit are deleted");
    }

    @Test
    void pagesWhoseNumberShiftedWhenAPageWasAddedStillComeFromTheCache() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        build(source, out);
        List<String> before = pageList(out);
        // an initiative whose address sorts first: the pages after it in the index get new numbers
        Path copy = source.resolve("plan/initiatives/aa-first.md");
        Files.writeString(copy, Files.readString(source.resolve("plan/initiatives/ai-chatbot.md"), UTF_8)
                .replace("id: ai-chatbot", "id: aa-first").replace("title: AIチャットボットによる問合せ対応", "title: 窓口の予約受付"), UTF_8);
        Built added = build(source, out);
        List<String> after = pageList(out);
        assertTrue(after.size() > before.size(), after.size() + " pages after, " + before.size() + " before");
        long moved = before.stream().filter(p -> after.contains(p) && after.indexOf(p) != before.indexOf(p)).count();
        assertTrue(moved > before.size() / 4, moved + " of " + before.size() + " pages have a new number");
        assertTrue(added.index().restored() > added.index().pages() / 2, added.toString());
        SiteGenerator.build(BuildRequest.of(source, temp.resolve("clean")));
        assertSameIndex(temp.resolve("clean"), out);
    }

    private static List<String> pageList(Path site) throws IOException {
        List<String> paths = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.resolve("search/pages.json").toFile())
                .forEach(page -> paths.add(page.get(0).asText()));
        return paths;
    }

    @Test
    void theKeptIndexIsUpdatedAfterAnEditAPageAddedInTheMiddleAndAPageRemovedAndEachSiteIsByteForByteClean()
            throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        Built first = build(source, out);
        assertEquals(first.index().pages(), keptPages(), "the first build keeps its index: " + first);

        Path edited = source.resolve("plan/initiatives/digital-soudan.md");
        Files.writeString(edited, Files.readString(edited, UTF_8) + "\n相談の予約はオンラインでも受け付けます。\n", UTF_8);
        Built edit = build(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-edit"), out);
        assertTrue(edit.index().done() > 0 && edit.index().done() < edit.index().pages() / 4, edit.toString());
        assertEquals(edit.index().pages(), edit.index().restored() + edit.index().done());
        assertEquals(edit.index().pages(), keptPages());

        // an initiative whose address sorts first: every page after it has a new number
        Path added = source.resolve("plan/initiatives/aa-first.md");
        Files.writeString(added, Files.readString(source.resolve("plan/initiatives/ai-chatbot.md"), UTF_8)
                .replace("id: ai-chatbot", "id: aa-first").replace("title: AIチャットボットによる問合せ対応", "title: 窓口の予約受付"), UTF_8);
        Built add = build(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-add"), out);
        assertTrue(add.index().restored() > add.index().pages() / 2, add.toString());
        assertEquals(edit.index().pages() + 1, add.index().pages(), add.toString());
        assertEquals(add.index().pages(), keptPages());

        Files.delete(source.resolve("plan/pages/ooda-pdca.md"));
        Built removed = build(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-remove"), out);
        assertEquals(add.index().pages() - 1, removed.index().pages(), removed.toString());
        assertEquals(removed.index().pages(), removed.index().restored() + removed.index().done());
        assertEquals(removed.index().pages(), keptPages());

        Files.delete(added);
        Built both = build(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-both"), out);
        assertTrue(both.index().done() < both.index().pages() / 4, both.toString());
        assertEquals(removed.index().pages() - 1, both.index().pages(), both.toString());
        assertEquals(both.index().pages(), keptPages());
    }

    /** How many pages the kept index's last commit says it holds. */
    private int keptPages() throws IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(temp.resolve("cache/index-lucene"));
                var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            String pages = reader.getIndexCommit().getUserData().get("pages");
            assertEquals(Integer.toString(reader.numDocs()), pages);
            return reader.numDocs();
        }
    }

    @Test
    void aDamagedCutShortForeignOrUnmatchedKeptIndexIsIgnoredAndTheIndexIsBuiltAgainByteForByteClean() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        build(source, out);
        Path clean = temp.resolve("clean");
        SiteGenerator.build(BuildRequest.of(source, clean));
        Path kept = temp.resolve("cache/index-lucene");

        List<Consumer<Path>> damages = List.of(
                // a flipped byte in the largest file (its checksum no longer matches)
                folder -> {
                    Path file = largest(folder);
                    byte[] bytes = read(file);
                    bytes[bytes.length / 2] ^= 0x20;
                    write(file, bytes);
                },
                // a commit point cut short
                folder -> {
                    Path file = files(folder).stream().filter(f -> f.getFileName().toString().startsWith("segments_"))
                            .findFirst().orElseThrow();
                    byte[] bytes = read(file);
                    write(file, Arrays.copyOf(bytes, bytes.length / 2));
                },
                // a file of the commit missing
                folder -> delete(largest(folder)),
                // a commit of another layout
                folder -> recommit(folder, mark -> mark.put("format", "tsunagu-kept-index/0")),
                // a commit whose keys are not those of its marker
                folder -> recommit(folder, mark -> mark.put("keys", "0".repeat(64))),
                // a commit without a marker: written by something else
                folder -> recommit(folder, Map::clear));
        for (int i = 0; i < damages.size(); i++) {
            damages.get(i).accept(kept);
            Built damaged = build(source, out);
            assertEquals(1, damaged.index().ignored(), "damage " + i + ": " + damaged);
            assertSameIndex(clean, out);
            assertEquals(damaged.index().pages(), keptPages(), "damage " + i + ": the index was written again");
        }

        // a build killed while updating the index leaves its flushed segments beside the last commit, which is whole
        try (var directory = org.apache.lucene.store.FSDirectory.open(kept)) {
            var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig()
                    .setCommitOnClose(false));
            writer.deleteDocuments(new org.apache.lucene.search.MatchAllDocsQuery());
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("key", "0".repeat(64), org.apache.lucene.document.Field.Store.NO));
            writer.addDocument(doc);
            writer.flush();
            Path saved = TestFiles.copy(kept, temp.resolve("killed"));
            writer.rollback();
            TestFiles.copy(saved, kept);
        }
        Built killed = build(source, out);
        assertEquals(0, killed.index().ignored(), killed.toString());
        assertEquals(0, killed.index().done(), "the last commit is kept: " + killed);
        assertSameIndex(clean, out);
    }

    private static void recommit(Path folder, Consumer<Map<String, String>> change) {
        try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
                var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            Map<String, String> mark = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> mark.put(e.getKey(), e.getValue()));
            change.accept(mark);
            writer.setLiveCommitData(mark.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path largest(Path folder) {
        return files(folder).stream().max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChangedSearchDictionaryOrGlossaryIsANewKeyForEveryPageOfTheIndex() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        build(source, out);
        Map<String, byte[]> pages = htmlPages(out);

        Path dictionary = source.resolve("search/user-dictionary.txt");
        Files.writeString(dictionary, Files.readString(dictionary, UTF_8) + "\n窓口 まどぐち\n", UTF_8);
        Built words = build(source, out);
        Map<String, byte[]> same = htmlPages(out);
        long unchanged = pages.keySet().stream().filter(p -> Arrays.equals(pages.get(p), same.get(p))).count();
        assertEquals(pages.size(), unchanged, "the dictionary changes no page, only the keys");
        assertEquals(0, words.index().restored(), "a changed dictionary is a new key for every page: " + words);
        SiteGenerator.build(BuildRequest.of(source, temp.resolve("clean-1")));
        assertSameIndex(temp.resolve("clean-1"), out);

        Path glossary = source.resolve("plan/glossary/ict.md");
        Files.writeString(glossary, Files.readString(glossary, UTF_8).replace("aliases: [情報通信技術,", "aliases: [情報通信の技術, 情報通信技術,"), UTF_8);
        Built terms = build(source, out);
        Map<String, byte[]> after = htmlPages(out);
        assertTrue(after.keySet().stream().anyMatch(p -> Arrays.equals(same.get(p), after.get(p))), "some pages are as before");
        assertEquals(0, terms.index().restored(), "a changed glossary is a new key for every page: " + terms);
        SiteGenerator.build(BuildRequest.of(source, temp.resolve("clean-2")));
        assertSameIndex(temp.resolve("clean-2"), out);
    }

    /** The pages of a site the index reads: its HTML files, without the index stage's own. */
    private static Map<String, byte[]> htmlPages(Path site) {
        Map<String, byte[]> pages = new java.util.TreeMap<>();
        TestFiles.contents(site).forEach((name, bytes) -> {
            if (name.endsWith(".html") && !name.startsWith("sakuin") && !name.contains(".furigana.")) {
                pages.put(name, bytes);
            }
        });
        return pages;
    }

    @Test
    void damagedOrSwappedIndexEntriesAreIgnoredAndTheIndexIsStillByteForByteClean() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        build(source, out);
        List<Path> entries = entries("index");
        byte[] flipped = Files.readAllBytes(entries.get(0));
        flipped[flipped.length - 1] ^= 0x20;
        Files.write(entries.get(0), flipped);
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), Arrays.copyOf(whole, whole.length / 2));
        byte[] third = Files.readAllBytes(entries.get(2));
        Files.write(entries.get(2), Files.readAllBytes(entries.get(3)));
        Files.write(entries.get(3), third);
        // an enrich entry under an index entry's name: another stage's
        Files.write(entries.get(4), Files.readAllBytes(entries("enrich").get(0)));

        Built damaged = build(source, out);
        assertEquals(5, damaged.index().ignored(), damaged.toString());
        assertEquals(5, damaged.index().done(), damaged.toString());
        SiteGenerator.build(BuildRequest.of(source, temp.resolve("clean")));
        assertSameIndex(temp.resolve("clean"), out);
        Built again = build(source, out);
        assertEquals(0, again.index().ignored());
        assertEquals(0, again.index().done(), "the damaged entries were written again");
    }

    @Test
    void damagedForeignOrSwappedEntriesAreIgnoredAndTheSiteIsStillByteForByteClean() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        cached(source, out);
        List<Path> entries = entries();
        // a flipped byte in the content
        byte[] flipped = Files.readAllBytes(entries.get(0));
        flipped[flipped.length - 1] ^= 0x20;
        Files.write(entries.get(0), flipped);
        // cut short
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), Arrays.copyOf(whole, whole.length / 2));
        // another page's entry under this one's name (and the other way round)
        byte[] third = Files.readAllBytes(entries.get(2));
        byte[] fourth = Files.readAllBytes(entries.get(3));
        Files.write(entries.get(2), fourth);
        Files.write(entries.get(3), third);
        // an entry of an older format, its checksum right
        String old = Files.readString(entries.get(4), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^tsunagu-build-cache/1 ", "tsunagu-build-cache/0 ");
        Files.writeString(entries.get(4), old, java.nio.charset.StandardCharsets.ISO_8859_1);
        // garbage
        Files.write(entries.get(5), "<html>not an entry</html>".getBytes(UTF_8));

        Counts damaged = cached(source, out);
        assertEquals(6, damaged.ignored(), damaged.toString());
        assertEquals(6, damaged.done(), damaged.toString());
        CleanBuilds.assertSameBytes(clean(source, "clean"), out);
        Counts again = cached(source, out);
        assertEquals(0, again.ignored());
        assertEquals(0, again.done(), "the damaged entries were written again");
    }

    private static final Pattern STALE = Pattern.compile("公開中のサイトにないか変わっていたファイルのある (\\d+) ページは作り直しました");

    private static int stale(Path source, Path out, Path cache) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out).withCacheDirectory(cache));
        return result.notes().stream().map(STALE::matcher).filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1)))
                .findFirst().orElse(0);
    }

    @Test
    void anUnchangedPagesFilesAreLinkedFromThePublishedSiteAndAChangedOrMissingOneIsMadeAgainByteForByteClean()
            throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        cached(source, out);
        long entryBytes = 0;
        for (Path entry : entries()) {
            entryBytes += Files.size(entry);
        }
        assertTrue(entryBytes < entries().size() * 400L, "entries hold digests, not the files: " + entryBytes + " bytes");
        Counts full = cached(source, out);
        assertEquals(full.pages(), full.restored(), full.toString());
        Path replaced = temp.resolve("site.previous");
        assertTrue(Files.isSameFile(out.resolve("index.furigana.html"), replaced.resolve("index.furigana.html")),
                "the copy is the published one, linked");
        Map<String, byte[]> clean = clean(source, "clean");
        CleanBuilds.assertSameBytes(clean, out);

        // written into in place (the replaced site's, the same file, changes too), deleted, replaced with other bytes
        Files.write(out.resolve("index.furigana.html"), "<!-- 手で直しました -->".getBytes(UTF_8), java.nio.file.StandardOpenOption.APPEND);
        Files.delete(out.resolve("index.speech.json"));
        jp.tsunagu.site.files.AtomicText.write(out.resolve("pages/about-sample.furigana.html"), "<p>別のページ</p>");
        assertEquals(2, stale(source, out, temp.resolve("cache")));
        CleanBuilds.assertSameBytes(clean, out);
        assertEquals(0, stale(source, out, temp.resolve("cache")), "the pages made again are taken the next time");
        CleanBuilds.assertSameBytes(clean, out);

        // no published site: every page with a file is made again, from the same entries
        jp.tsunagu.site.files.Folders.delete(out);
        jp.tsunagu.site.files.Folders.delete(replaced);
        int pages = entries().size();
        assertTrue(stale(source, out, temp.resolve("cache")) > pages / 2);
        CleanBuilds.assertSameBytes(clean, out);
        assertEquals(pages, entries().size());
    }

    @Test
    void aDictionaryOrTemplateChangeDoesEveryPageItTouchesAgain() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path out = temp.resolve("site");
        Counts first = cached(source, out);

        Path readings = source.resolve("furigana/readings.txt");
        Files.writeString(readings, Files.readString(readings, UTF_8) + "\n地域 ちいき\n", UTF_8);
        Counts dictionary = cached(source, out);
        assertEquals(0, dictionary.restored(), "a changed dictionary is a new key for every page");
        CleanBuilds.assertSameBytes(clean(source, "clean-1"), out);

        Path templates = Files.createDirectories(source.resolve("templates"));
        try (var in = SiteGenerator.class.getResourceAsStream("theme/templates/layout.ftlh")) {
            String layout = new String(in.readAllBytes(), UTF_8);
            Files.writeString(templates.resolve("layout.ftlh"), layout.replaceFirst("</footer>", "<p>テンプレートを変えました</p></footer>"), UTF_8);
        }
        Counts template = cached(source, out);
        CleanBuilds.assertSameBytes(clean(source, "clean-2"), out);
        assertTrue(Files.readString(out.resolve("index.furigana.html"), UTF_8).contains("テンプレートを"), "the copy has the new template");
        assertEquals(first.pages(), template.pages());
        assertEquals(0, template.restored(), "every page's bytes changed with the layout");
    }

    @Test
    void aLinkLeavingTheSiteIsFoundAgainWhenItsPageComesFromTheCache() throws IOException {
        // The link check reads each page's links from the enrich stage's parse; a page whose copies the cache gives
        // must still be read, or a second build of the same broken source would pass.
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path page = source.resolve("plan/pages/about-sample.md");
        Files.writeString(page, Files.readString(page, UTF_8) + "\n[設定](../../../etc/passwd) を見る。\n", UTF_8);
        Path out = temp.resolve("site");
        BuildRequest request = BuildRequest.of(source, out).withCacheDirectory(temp.resolve("cache"));
        for (int build = 1; build <= 2; build++) {
            ContentErrorException thrown = assertThrows(ContentErrorException.class, () -> SiteGenerator.build(request),
                    "build " + build);
            assertTrue(thrown.report().issues().stream().anyMatch(i -> i.code() == ValidationCode.E_LINK_OUTSIDE
                    && i.file().equals("pages/about-sample.md")), "build " + build + ": " + thrown.getMessage());
        }
        assertTrue(!entries().isEmpty(), "the first build stored its pages, so the second took them from the cache");
        assertTrue(!entries("links").isEmpty(), "the second build kept the link check's results of the first");
    }

    private static final Pattern LINKS = Pattern.compile("リンクの確認: (\\d+) ページのうち (\\d+) ページは作成のキャッシュ.*の結果を使い、(\\d+) ページを読みました"
            + "(?:（壊れているか別の版のキャッシュ (\\d+) 件)?");

    @Test
    void aPageWhoseLinksComeFromTheCacheIsNotParsedAndTheCheckStillSeesALinkWhoseTargetWasRemoved() throws IOException {
        // The link check reads, of a page, its path and bytes and the site's path, and nothing else: not the other
        // pages. A page whose target is removed keeps its bytes, so its kept result is used, and the build's outcome
        // is a clean build's; its links that leave the site are still reported from the kept result.
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path page = source.resolve("plan/pages/about-sample.md");
        Files.writeString(page, Files.readString(page, UTF_8) + "\n[読み上げ](yomiage.html) と [自由ページ](ooda-pdca.html) も見る。\n", UTF_8);
        Path out = temp.resolve("site");
        BuildRequest request = BuildRequest.of(source, out).withCacheDirectory(temp.resolve("cache"));
        Counts first = counts(SiteGenerator.build(request), LINKS);
        assertEquals(0, first.restored(), first.toString());
        byte[] linking = Files.readAllBytes(out.resolve("pages/about-sample.html"));

        Files.delete(source.resolve("plan/pages/yomiage.md"));
        Counts second = counts(SiteGenerator.build(request), LINKS);
        assertTrue(Arrays.equals(linking, Files.readAllBytes(out.resolve("pages/about-sample.html"))),
                "the linking page's bytes are unchanged");
        assertTrue(second.restored() > second.pages() / 2 && second.done() > 0, second.toString());
        assertEquals(second.pages(), second.restored() + second.done());
        CleanBuilds.assertSameBytes(clean(source, "clean"), out);

        // the same page now links out of the site: a new key, and the check reports it from then on, cached or not
        Files.writeString(page, Files.readString(page, UTF_8).replace("(ooda-pdca.html)", "(../../ooda-pdca.html)"), UTF_8);
        for (int build = 1; build <= 2; build++) {
            ContentErrorException thrown = assertThrows(ContentErrorException.class, () -> SiteGenerator.build(request));
            assertTrue(thrown.report().issues().stream().anyMatch(i -> i.code() == ValidationCode.E_LINK_OUTSIDE
                    && i.file().equals("pages/about-sample.md") && i.message().contains("../../ooda-pdca.html")), thrown.getMessage());
        }
        assertEquals(entries("enrich").size(), entries("links").size(), "one link entry a page");
    }

    @Test
    void aKeptLinkResultIsNotUsedForAnotherSitePath() throws IOException {
        // a link from the server's root is inside the site at https://example.jp/tsunagi/ and outside it at /town/
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Path page = source.resolve("plan/pages/about-sample.md");
        Files.writeString(page, Files.readString(page, UTF_8) + "\n[読み上げ](/tsunagi/pages/yomiage.html) も見る。\n", UTF_8);
        Path out = temp.resolve("site");
        BuildRequest inside = BuildRequest.of(source, out).withCacheDirectory(temp.resolve("cache"))
                .withBaseUrl(java.net.URI.create("https://example.jp/tsunagi/"));
        SiteGenerator.build(inside);
        Counts again = counts(SiteGenerator.build(inside), LINKS);
        assertEquals(again.pages(), again.restored(), again.toString());

        BuildRequest elsewhere = inside.withBaseUrl(java.net.URI.create("https://example.jp/town/"));
        ContentErrorException thrown = assertThrows(ContentErrorException.class, () -> SiteGenerator.build(elsewhere));
        assertTrue(thrown.report().issues().stream().anyMatch(i -> i.code() == ValidationCode.E_LINK_OUTSIDE
                && i.file().equals("pages/about-sample.md")), thrown.getMessage());
    }
}
