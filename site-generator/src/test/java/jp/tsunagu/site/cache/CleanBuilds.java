package jp.tsunagu.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;

/** What the build cache's tests hold a cached build to: the bytes of a clean build, without a cache, of the same source. */
final class CleanBuilds {
    private CleanBuilds() {
    }

    /**
     * Builds a source without a cache.
     *
     * @return every file of the site and its bytes, by path
     */
    static Map<String, byte[]> of(Path source, Path out) {
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, out));
        assertTrue(result.notes().stream().noneMatch(n -> n.contains("作成のキャッシュ")), result.notes().toString());
        return TestFiles.contents(out);
    }

    /** Asserts that a site has exactly the files of a clean build, byte for byte. */
    static void assertSameBytes(Map<String, byte[]> expected, Path site) {
        Map<String, byte[]> actual = TestFiles.contents(site);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(file), actual.get(file)), () -> file + " differs from the clean build");
        }
    }
}
