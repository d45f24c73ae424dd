package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;

/**
 * A build that dies or cannot write never replaces a good site: one killed while it renders ({@code kill -9}, a
 * power cut, a CI timeout), one whose every file write fails past a few kilobytes (a full disk, simulated with
 * {@code ulimit -f} on a build in its own JVM). The published folder stays byte for byte as it was, and the next
 * build cleans up what the dead one left.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class InterruptedBuildTests {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void a_build_killed_while_rendering_leaves_the_previous_site_and_the_next_build_cleans_up(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out").resolve("site");
        SiteGenerator.build(BuildRequest.of(ContentFixture.project(dir.resolve("tiny")).writeProject(), out));
        Map<String, byte[]> before = SiteFiles.snapshot(out);
        Path staging = out.resolveSibling("site.staging");
        Path log = dir.resolve("child.log");

        Process child = ChildBuild.start(BuiltSites.source(BuiltSites.SAMPLE), out, List.of(), 0, log);
        long start = System.nanoTime();
        boolean sawStaging = false;
        try {
            while (System.nanoTime() - start < LIMIT.toNanos() && child.isAlive()) {
                if (!sawStaging && Files.isDirectory(staging)) {
                    sawStaging = true;
                    start = System.nanoTime();
                }
                // kill it once it has written its first page, or a while after it made the folder
                if (sawStaging && (count(staging) > 0 || System.nanoTime() - start > Duration.ofSeconds(20).toNanos())) {
                    break;
                }
                Thread.sleep(5);
            }
            assertThat(sawStaging).as("the child build started writing its staging folder; its log:\n%s", read(log)).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        long killedAfter = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
        assertThat(staging).as("the dead build's staging folder").exists();
        long leftOver = count(staging);

        SiteGenerator.build(BuildRequest.of(ContentFixture.project(dir.resolve("tiny2")).writeProject(), out));
        try (Stream<Path> beside = Files.list(out.getParent())) {
            // the site it replaced stays beside it until the next build (AtomicPublisher), the staging folder is gone
            assertThat(beside.map(p -> p.getFileName().toString())).as("leftovers beside the site")
                    .containsExactlyInAnyOrder("site", "site.previous");
        }
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out.resolveSibling("site.previous"))))
                .as("the site replaced, kept as it was").isEmpty();
        assertThat(SiteFiles.snapshot(out).keySet()).isEqualTo(before.keySet());
        System.out.println("[interrupted] child build killed " + killedAfter + " ms after its staging folder appeared, holding "
                + leftOver + " files");
    }

    @Test
    void a_build_that_cannot_write_its_files_as_on_a_full_disk_leaves_the_previous_site(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out").resolve("site");
        SiteGenerator.build(BuildRequest.of(ContentFixture.project(dir.resolve("tiny")).writeProject(), out));
        Map<String, byte[]> before = SiteFiles.snapshot(out);
        Process child = ChildBuild.start(ContentFixture.project(dir.resolve("tiny2")).writeProject(), out, List.of(), 4, null);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the child build ends").isTrue();

        assertThat(child.exitValue()).as(output).isEqualTo(2);
        assertThat(output).containsPattern("STAGE=(assemble|render|index|publish)").contains("ファイルの大きさの上限を超えたため書き込めません").doesNotContain("File too large");
        System.out.println("[interrupted] a build limited to 4 KB files failed: " + output.lines().filter(l -> l.startsWith("STAGE=")).findFirst().orElse("")
                + ", " + output.lines().skip(1).findFirst().map(l -> l.length() > 160 ? l.substring(0, 160) + "…" : l).orElse(""));
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("leftovers beside the site").containsExactly("site");
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static long count(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the folder is being written or is gone
        }
    }
}
