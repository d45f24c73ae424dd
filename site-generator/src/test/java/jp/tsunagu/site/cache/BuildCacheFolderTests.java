package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a {@link BuildCache} keeps its entries: each stage in a folder of its own, so that deleting the entries a build
 * did not use lists only that stage's; entries of the layout before (all stages in the cache's folder) are deleted,
 * and other stages' entries, in either place, are left alone.
 */
class BuildCacheFolderTests {
    private static final String OLD_KEY = "0".repeat(64);

    @TempDir
    Path temp;

    private BuildCache open(String stage) {
        return BuildCache.open(temp.resolve("cache"), temp.resolve("site"), stage, List.of(), line -> { });
    }

    @Test
    void eachStageKeepsItsEntriesInItsOwnFolderAndDeletesOnlyItsOwnUnusedOnes() throws IOException {
        BuildCache enrich = open("enrich");
        BuildCache links = open("links");
        String used = enrich.keyOf("a.html", "a".getBytes(UTF_8));
        String unused = enrich.keyOf("b.html", "b".getBytes(UTF_8));
        enrich.write(used, Map.of("a.furigana.html", "ア".getBytes(UTF_8)));
        enrich.write(unused, Map.of("b.furigana.html", "ビ".getBytes(UTF_8)));
        String other = links.keyOf("a.html", "a".getBytes(UTF_8));
        links.write(other, Map.of());
        Path old = Files.writeString(temp.resolve("cache/enrich-" + OLD_KEY + ".entry"), "before the stage folders");
        Path oldOfAnother = Files.writeString(temp.resolve("cache/links-" + OLD_KEY + ".entry"), "another stage's");

        BuildCache next = open("enrich");
        assertThat(next.read(used)).isPresent();
        assertThat(next.retainUsed()).isEqualTo(2);

        assertThat(names(temp.resolve("cache/enrich"))).containsExactly("enrich-" + used + ".entry");
        assertThat(names(temp.resolve("cache/links"))).containsExactly("links-" + other + ".entry");
        assertThat(old).doesNotExist();
        assertThat(oldOfAnother).exists();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
