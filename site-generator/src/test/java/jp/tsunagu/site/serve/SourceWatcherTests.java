package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The watcher on real files: each burst of changes handed over once, new folders watched, editors' scratch files
 * and the output folder ignored. The waits are generous bounds for a loaded machine, not assertions on time.
 */
class SourceWatcherTests {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path src;

    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

    @SuppressWarnings("try") // the resource is held open for the body, not called
    @Test
    void aBurstOfSavesIsHandedOverAsOne() throws Exception {
        Path plan = Files.createDirectories(src.resolve("plan"));
        // A long debounce: the three saves below follow each other within milliseconds.
        try (SourceWatcher watcher = SourceWatcher.watch(src, src.resolve("../out"), Duration.ofSeconds(2), bursts::add)) {
            Files.writeString(plan.resolve("a.md"), "a");
            Files.writeString(plan.resolve("b.md"), "b");
            Files.writeString(src.resolve("c.css"), "c");

            assertThat(next()).containsExactlyInAnyOrder(plan.resolve("a.md"), plan.resolve("b.md"), src.resolve("c.css"));
        }
    }

    @SuppressWarnings("try") // the resource is held open for the body, not called
    @Test
    void filesInAFolderCreatedWhileWatchingAreSeen() throws Exception {
        try (SourceWatcher watcher = SourceWatcher.watch(src, src.resolve("../out"), Duration.ofMillis(200), bursts::add)) {
            Path folder = Files.createDirectory(src.resolve("new"));
            awaitChangeOf(folder);
            Path file = Files.writeString(folder.resolve("x.md"), "x");

            awaitChangeOf(file);
        }
    }

    @SuppressWarnings("try") // the resource is held open for the body, not called
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".#x.md", "#x.md#", "x.md~", ".x.md.swp", ".x.md.swx", "x.tmp"})
    void scratchFilesOfEditorsAreIgnored(String scratch) throws Exception {
        try (SourceWatcher watcher = SourceWatcher.watch(src, src.resolve("../out"), Duration.ofMillis(200), bursts::add)) {
            Files.writeString(src.resolve(scratch), "scratch");
            Path saved = Files.writeString(src.resolve("x.md"), "x");

            assertThat(awaitChangeOf(saved)).doesNotContain(src.resolve(scratch));
        }
        assertThat(SourceWatcher.isScratch(scratch)).isTrue();
        assertThat(SourceWatcher.isScratch("x.md")).isFalse();
    }

    @SuppressWarnings("try") // the resource is held open for the body, not called
    @Test
    void theOutputFolderAndItsSiblingsInsideTheSourcesAreIgnored() throws Exception {
        Path out = Files.createDirectories(src.resolve("target/site"));
        try (SourceWatcher watcher = SourceWatcher.watch(src, out, Duration.ofMillis(200), bursts::add)) {
            Files.writeString(out.resolve("index.html"), "page");
            Files.createDirectories(src.resolve("target/site.staging"));
            Path saved = Files.writeString(src.resolve("x.md"), "x");

            assertThat(awaitChangeOf(saved)).allMatch(p -> !p.startsWith(out) && !p.toString().contains("site.staging"));
        }
    }

    @Test
    void nothingIsHandedOverAfterClosing() throws Exception {
        SourceWatcher watcher = SourceWatcher.watch(src, src.resolve("../out"), Duration.ofMillis(200), bursts::add);
        watcher.close();
        Files.writeString(src.resolve("x.md"), "x");

        assertThat(bursts.poll(1, TimeUnit.SECONDS)).isNull();
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> burst = bursts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(burst).as("a burst within %d s", WAIT_SECONDS).isNotNull();
        return burst;
    }

    /** Gathers the bursts until one names the file, and returns all that they named. */
    private Set<Path> awaitChangeOf(Path file) throws InterruptedException {
        Set<Path> seen = new LinkedHashSet<>();
        while (!seen.contains(file)) {
            seen.addAll(next());
        }
        return seen;
    }
}
