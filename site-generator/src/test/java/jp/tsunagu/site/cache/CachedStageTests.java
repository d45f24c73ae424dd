package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage run through its cache ({@link CachedStage}): an entry names each file the stage made of a page by its length
 * and SHA-256, and a hit takes the file from the published site, linked, only if it is still those bytes; anything
 * else makes the page again and leaves none of its files in the new site.
 */
class CachedStageTests {
    private static final String PAGE = "a/x.html";
    private static final byte[] HTML = "<p>地域</p>".getBytes(UTF_8);

    @TempDir
    Path temp;
    private Path published;
    private Path staging;

    @BeforeEach
    void publishOnePage() throws IOException {
        published = temp.resolve("site");
        staging = temp.resolve("site.staging");
        Files.createDirectories(staging.resolve("a"));
        // the first build: made in its staging folder, stored, then published
        Path first = temp.resolve("first");
        CachedStage stage = stage();
        Path page = write(first.resolve(PAGE), HTML);
        Optional<String> key = stage.restore(first, page, HTML);
        assertThat(key).isPresent();
        make(page);
        stage.store(page, key.get());
        Files.move(first, published);
    }

    private CachedStage stage() {
        return new CachedStage(BuildCache.open(temp.resolve("cache"), published, "enrich", List.of(CachedStage.LAYOUT), line -> { }),
                name -> List.of(name.replace(".html", ".furigana.html"), name.replace(".html", ".speech.json")), published);
    }

    private static void make(Path page) throws IOException {
        write(page.resolveSibling("x.furigana.html"), "<p><ruby>地域<rt>ちいき</rt></ruby></p>".getBytes(UTF_8));
        write(page.resolveSibling("x.speech.json"), "{\"1\":\"ちいき\"}".getBytes(UTF_8));
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Optional<String> restore(CachedStage stage) throws IOException {
        return stage.restore(staging, write(staging.resolve(PAGE), HTML), HTML);
    }

    @Test
    void anEntryHoldsNoBytesOfTheFilesAndAHitLinksThePublishedFiles() throws IOException {
        Path entry;
        try (var entries = Files.list(temp.resolve("cache/enrich"))) {
            entry = entries.findFirst().orElseThrow();
        }
        assertThat(Files.readString(entry, UTF_8)).doesNotContain("ちいき").contains("x.furigana.html\n").contains("x.speech.json\n");
        assertThat(Files.size(entry)).isLessThan(400);

        CachedStage stage = stage();
        assertThat(restore(stage)).isEmpty();
        assertThat(stage.restored()).isEqualTo(1);
        for (String name : List.of("a/x.furigana.html", "a/x.speech.json")) {
            assertThat(Files.isSameFile(staging.resolve(name), published.resolve(name))).as(name).isTrue();
        }
    }

    @Test
    void aPublishedFileChangedInPlaceOrMissingIsNotTakenAndNothingOfThePageIsLeftLinked() throws IOException {
        // the same length, one byte changed, written into the file (as an editor may)
        Path speech = published.resolve("a/x.speech.json");
        byte[] changed = Files.readAllBytes(speech);
        changed[2] = '2';
        Files.write(speech, changed);
        CachedStage stage = stage();
        assertThat(restore(stage)).isPresent();
        assertThat(stage.stale()).isEqualTo(1);
        assertThat(staging.resolve("a/x.furigana.html")).as("the file linked before the changed one is removed").doesNotExist();
        assertThat(staging.resolve("a/x.speech.json")).doesNotExist();
        assertThat(Files.readAllBytes(speech)).isEqualTo(changed);

        Files.delete(published.resolve("a/x.furigana.html"));
        CachedStage again = stage();
        assertThat(restore(again)).isPresent();
        assertThat(again.stale()).isEqualTo(1);
        assertThat(again.ignored()).isZero();
    }

    @Test
    void withoutAPublishedSiteThePageIsMadeAgain() throws IOException {
        Files.move(published, temp.resolve("elsewhere"));
        assertMadeAgainWithNothingLinked(stage());
    }

    @Test
    void aSymbolicLinkInThePublishedSiteIsNotTaken() throws IOException {
        Path furigana = published.resolve("a/x.furigana.html");
        Path real = Files.move(furigana, temp.resolve("real.furigana.html"));
        try {
            Files.createSymbolicLink(furigana, real);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        assertMadeAgainWithNothingLinked(stage());
    }

    @Test
    void anEntryOfTheLayoutThatHeldTheBytesIsIgnored() throws IOException {
        CachedStage stage = stage();
        String key = stage.cache.keyOf(PAGE, HTML);
        stage.cache.write(key, Map.of("x.furigana.html", Files.readAllBytes(published.resolve("a/x.furigana.html"))));
        CachedStage next = stage();
        assertThat(restore(next)).isPresent();
        assertThat(next.ignored()).isEqualTo(1);
        assertThat(staging.resolve("a/x.furigana.html")).doesNotExist();
    }

    @Test
    void theLayoutIsAPartOfTheKey() {
        BuildCache with = BuildCache.open(temp.resolve("cache"), published, "enrich", List.of(CachedStage.LAYOUT), line -> { });
        BuildCache without = BuildCache.open(temp.resolve("cache"), published, "enrich", List.of(), line -> { });
        assertThat(with.keyOf(PAGE, HTML)).isNotEqualTo(without.keyOf(PAGE, HTML));
    }

    /** The page is to be made again, counted as stale, and none of its files is in the staging folder. */
    private void assertMadeAgainWithNothingLinked(CachedStage stage) throws IOException {
        assertThat(restore(stage)).isPresent();
        assertThat(stage.stale()).isEqualTo(1);
        assertThat(staging.resolve("a/x.furigana.html")).doesNotExist();
        assertThat(staging.resolve("a/x.speech.json")).doesNotExist();
    }
}
