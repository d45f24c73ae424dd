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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
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
 * template change.
 * <p>
 * A copy of the sample city (outside the repository, so without page histories) is built once for the class with an
 * empty cache and once clean ({@link #aCacheFilledFromEmpty}); each test starts from a copy of that source and of the
 * cache it filled, and compares the unchanged source's cached builds with that clean build.
 */
class BuildCacheTests {
    private static final Pattern NOTE = Pattern.compile("(\\d+) ページのうち (\\d+) ページは作成のキャッシュ.*から使い、(\\d+) ページを作りました"
            + "(?:（壊れているか別の版のキャッシュ (\\d+) 件)?");

    @TempDir
    Path temp;

    @TempDir
    static Path shared;

    /** The sample city's source, built once with an empty cache into {@code site}, filling {@code cache}. */
    private static Path sharedSource;
    /** What that build said. */
    private static Counts fromEmpty;
    /** The clean build of {@link #sharedSource}. */
    private static Map<String, byte[]> cleanOfTheSource;

    @BeforeAll
    static void aCacheFilledFromEmpty() {
        sharedSource = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), shared.resolve("src"));
        fromEmpty = cached(sharedSource, shared.resolve("site"), shared.resolve("cache"));
        cleanOfTheSource = clean(sharedSource, shared.resolve("clean"));
    }

    /** A copy of the sample city's source, and of the cache filled from empty, for a test to change. */
    private Path copyOfTheFilledCache() {
        TestFiles.copy(shared.resolve("cache"), temp.resolve("cache"));
        return TestFiles.copy(sharedSource, temp.resolve("src"));
    }

    /** What one cached build said: pages read, from the cache, done, ignored entries. */
    private record Counts(int pages, int restored, int done, int ignored) {
    }

    private Counts cached(Path source, Path out) {
        return cached(source, out, temp.resolve("cache"));
    }

    private static Counts cached(Path source, Path out, Path cache) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out).withCacheDirectory(cache));
        String note = result.notes().stream().filter(n -> n.contains("作成のキャッシュ")).findFirst().orElseThrow();
        Matcher m = NOTE.matcher(note);
        assertTrue(m.find(), note);
        return new Counts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    private Map<String, byte[]> clean(Path source, String name) {
        return clean(source, temp.resolve(name));
    }

    private static Map<String, byte[]> clean(Path source, Path out) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out));
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("作成のキャッシュ")), result.notes().toString());
        return TestFiles.contents(out);
    }

    private static void assertSameBytes(Map<String, byte[]> expected, Path site) {
        Map<String, byte[]> actual = TestFiles.contents(site);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(file), actual.get(file)), () -> file + " differs from the clean build");
        }
    }

    private List<Path> entries() throws IOException {
        return entries(temp.resolve("cache"));
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".entry")).sorted().toList();
        }
    }

    @Test
    void anEditedSampleCityIsBuiltFromTheCacheByteForByteAsCleanAndTheCacheHoldsOnlyItsPages() throws IOException {
        Counts first = fromEmpty;
        assertEquals(0, first.restored());
        assertSameBytes(cleanOfTheSource, shared.resolve("site"));
        assertEquals(first.pages(), entries(shared.resolve("cache")).size());

        Path source = copyOfTheFilledCache();
        Path out = temp.resolve("site");

        Path edited = source.resolve("plan/viewpoints/A.md");
        Files.writeString(edited, Files.readString(edited, UTF_8) + "\n地域の声を聞きながら手順を見直します。\n", UTF_8);
        Counts second = cached(source, out);
        assertSameBytes(clean(source, "clean-2"), out);
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
        assertSameBytes(clean(source, "clean"), out);
        assertTrue(second.restored() > first.pages() / 2, second.toString());
    }

    @Test
    void damagedForeignOrSwappedEntriesAreIgnoredAndTheSiteIsStillByteForByteClean() throws IOException {
        Path source = copyOfTheFilledCache();
        Path out = temp.resolve("site");
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
        assertSameBytes(cleanOfTheSource, out);
        Counts again = cached(source, out);
        assertEquals(0, again.ignored());
        assertEquals(0, again.done(), "the damaged entries were written again");
    }

    @Test
    void aDictionaryOrTemplateChangeDoesEveryPageItTouchesAgain() throws IOException {
        Path source = copyOfTheFilledCache();
        Path out = temp.resolve("site");
        Counts first = fromEmpty;

        Path readings = source.resolve("furigana/readings.txt");
        Files.writeString(readings, Files.readString(readings, UTF_8) + "\n地域 ちいき\n", UTF_8);
        Counts dictionary = cached(source, out);
        assertEquals(0, dictionary.restored(), "a changed dictionary is a new key for every page");
        assertSameBytes(clean(source, "clean-1"), out);

        Path templates = Files.createDirectories(source.resolve("templates"));
        try (var in = SiteGenerator.class.getResourceAsStream("theme/templates/layout.ftlh")) {
            String layout = new String(in.readAllBytes(), UTF_8);
            Files.writeString(templates.resolve("layout.ftlh"), layout.replaceFirst("</footer>", "<p>テンプレートを変えました</p></footer>"), UTF_8);
        }
        Counts template = cached(source, out);
        assertSameBytes(clean(source, "clean-2"), out);
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
    }
}
