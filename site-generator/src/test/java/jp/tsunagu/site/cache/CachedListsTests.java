package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link check's kept results ({@link CachedLists}) in a real {@link BuildCache} folder: a list comes back only for
 * the same page path, bytes and context, exactly as stored, and an entry that holds anything but a list of strings is
 * not trusted.
 */
class CachedListsTests {
    private static final byte[] PAGE = "<p><a href=\"../../x\">外</a></p>".getBytes(UTF_8);

    @TempDir
    Path temp;

    private BuildCache open(String sitePath) {
        return BuildCache.open(temp.resolve("cache"), temp.resolve("site"), "links", List.of(sitePath), line -> { });
    }

    @Test
    void aStoredListComesBackOnlyForTheSamePathBytesAndSitePath() {
        CachedLists first = new CachedLists(open("/plan/"));
        CachedLists.Found missing = first.find("pages/a.html", PAGE);
        assertEquals(Optional.empty(), missing.kept());
        List<String> urls = List.of("../../x", "../改行\nのある/アドレス", "");
        first.store(missing, urls);

        CachedLists next = new CachedLists(open("/plan/"));
        assertEquals(Optional.of(urls), next.find("pages/a.html", PAGE).kept());
        assertEquals(Optional.of(List.of()), store(next, "pages/b.html", List.of()).find("pages/b.html", PAGE).kept());
        assertEquals(Optional.empty(), next.find("pages/sub/a.html", PAGE).kept(), "another path");
        assertEquals(Optional.empty(), next.find("pages/a.html", "<p></p>".getBytes(UTF_8)).kept(), "other bytes");
        assertEquals(Optional.empty(), new CachedLists(open("/town/")).find("pages/a.html", PAGE).kept(), "another site path");
        assertEquals(2, next.restored());
        assertEquals(1, next.made());
    }

    @Test
    void anEntryThatHoldsAnythingButAListOfStringsIsNotTrusted() {
        BuildCache cache = open("/plan/");
        CachedLists links = new CachedLists(cache);
        for (Map<String, byte[]> files : List.of(Map.of("a.furigana.html", "<p>".getBytes(UTF_8)),
                Map.of("list.json", "{\"a\": 1}".getBytes(UTF_8)), Map.of("list.json", "[\"a\", null]".getBytes(UTF_8)),
                Map.of("list.json", "null".getBytes(UTF_8)), Map.of("list.json", "[\"a\"".getBytes(UTF_8)))) {
            CachedLists.Found found = links.find("pages/a.html", PAGE);
            cache.write(found.key(), files);
            assertEquals(Optional.empty(), links.find("pages/a.html", PAGE).kept(), files.toString());
        }
        assertEquals(0, links.restored());
        assertEquals(0, links.made());
    }

    private static CachedLists store(CachedLists links, String page, List<String> urls) {
        links.store(links.find(page, PAGE), urls);
        return links;
    }
}
