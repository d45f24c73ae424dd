package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.assemble.MarkdownBodies;

/**
 * The build cache's Markdown conversions ({@link MarkdownBodies}, one {@code markdown-…} entry per content file) with
 * real builds in fresh folders: a build that takes them from the cache writes, byte for byte, the site a clean build
 * writes — after a one-file edit, and with damaged, swapped or foreign entries, which are ignored and converted again.
 * <p>
 * The conversions of one JVM are also remembered in memory ({@code MarkdownRenderer}): a refused entry's texts may come
 * from there instead of being converted, but an entry trusted wrongly would put its bytes into the memory and the
 * pages, which the byte comparison with a clean build catches.
 */
class MarkdownCacheTests {
    private static final Pattern NOTE = Pattern.compile("本文の変換: (\\d+) ファイルのうち (\\d+) ファイルは作成のキャッシュ.*から使い、(\\d+) ファイルを変換しました"
            + "(?:（壊れているか別の版のキャッシュ (\\d+) 件)?");

    @TempDir
    Path temp;

    /** What the assemble stage of a cached build said: content files, from the cache, converted, ignored entries. */
    private record Counts(int files, int restored, int converted, int ignored) {
    }

    private Counts cached(Path source, Path out) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out).withCacheDirectory(temp.resolve("cache")));
        Matcher m = result.notes().stream().map(NOTE::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + NOTE + " in " + result.notes()));
        return new Counts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    }

    private Map<String, byte[]> clean(Path source, String name) {
        return CleanBuilds.of(source, temp.resolve(name));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(temp.resolve("cache").resolve("markdown"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("markdown-") && p.getFileName().toString().endsWith(".entry"))
                    .sorted().toList();
        }
    }

    @Test
    void aOneFileEditConvertsThatFileOnlyAndTheSiteIsByteForByteClean() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        Counts first = cached(source, temp.resolve("site-1"));
        assertEquals(0, first.restored(), first.toString());
        assertTrue(first.files() > 5, first.toString());
        assertEquals(first.files(), entries().size());

        Path edited = source.resolve("plan/initiatives/ai-chatbot.md");
        Files.writeString(edited, Files.readString(edited, UTF_8) + "\n## 今後\n\n窓口の**予約**も [一覧](../index.html) から受け付けます。\n", UTF_8);
        Path out = temp.resolve("site-2");
        Counts second = cached(source, out);
        assertEquals(new Counts(first.files(), first.files() - 1, 1, 0), second);
        CleanBuilds.assertSameBytes(clean(source, "clean"), out);
        assertEquals(first.files(), entries().size(), "the edited file's old entry is deleted");
        assertTrue(Files.readString(out.resolve("initiatives/ai-chatbot.html"), UTF_8).contains("<strong>予約</strong>"));
    }

    @Test
    void damagedSwappedOrForeignEntriesAreIgnoredAndTheirFilesConvertedAgainByteForByteAsClean() throws IOException {
        Path source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), temp.resolve("src"));
        cached(source, temp.resolve("site-1"));
        List<Path> entries = entries();
        // a flipped byte in the content
        byte[] flipped = Files.readAllBytes(entries.get(0));
        flipped[flipped.length - 1] ^= 0x20;
        Files.write(entries.get(0), flipped);
        // cut short
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), Arrays.copyOf(whole, whole.length / 2));
        // another file's entry under this one's name (and the other way round)
        byte[] third = Files.readAllBytes(entries.get(2));
        Files.write(entries.get(2), Files.readAllBytes(entries.get(3)));
        Files.write(entries.get(3), third);
        // an entry of an older format, its checksum right
        String old = Files.readString(entries.get(4), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^tsunagu-build-cache/1 ", "tsunagu-build-cache/0 ");
        Files.writeString(entries.get(4), old, java.nio.charset.StandardCharsets.ISO_8859_1);
        // garbage
        Files.write(entries.get(5), "<p>not an entry</p>".getBytes(UTF_8));

        Path out = temp.resolve("site-2");
        Counts damaged = cached(source, out);
        assertEquals(6, damaged.ignored(), damaged.toString());
        assertEquals(6, damaged.converted(), damaged.toString());
        CleanBuilds.assertSameBytes(clean(source, "clean"), out);
        Counts again = cached(source, temp.resolve("site-3"));
        assertEquals(new Counts(damaged.files(), damaged.files(), 0, 0), again, "the damaged entries were written again");
    }
}
