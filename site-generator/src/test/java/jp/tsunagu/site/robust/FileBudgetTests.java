package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.files.FileBudget;

/**
 * The time and memory of each file ({@link FileBudget}): a file whose work goes past its time is stopped at the next
 * checkpoint and reported with the stage's work and the fix, as is one that runs out of memory or stack, and the
 * other files are still done, so one run reports every problem; a stage that runs out of memory fails with the fix
 * (the heap setting) in Japanese instead of a raw {@link OutOfMemoryError}. The previous site stays as it was.
 * <p>
 * Time is measured by a clock that advances one second each time a thread reads it, so a file's time is the number
 * of its checkpoints, whatever the machine's speed (no timing in these tests).
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class FileBudgetTests {
    private static final String HEAD = "---\ntype: page\nid: %s\ntitle: %s\n---\n\n本文です。\n\n";

    /** A clock per thread that advances a second each time it is read: a file's time counts its checkpoints. */
    private static LongSupplier tickingClock() {
        ThreadLocal<long[]> seconds = ThreadLocal.withInitial(() -> new long[1]);
        return () -> ++seconds.get()[0] * 1_000_000_000L;
    }

    /** A published site to leave untouched: a few files stand for it (every byte of them is compared). */
    private static Path previousSite(Path dir) throws IOException {
        Path out = dir.resolve("out").resolve("site");
        Files.createDirectories(out.resolve("pages"));
        Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>前のサイト</title>", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pages/long.html"), "<!DOCTYPE html><title>前のページ</title>", StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void one_slow_file_among_good_ones_is_reported_with_every_other_problem_and_the_site_is_untouched(@TempDir Path dir) throws IOException {
        Path out = previousSite(dir);
        Map<String, byte[]> before = SiteFiles.snapshot(out);

        // 20,000 short paragraphs: within the body limits and 2 MB, but 20,000 runs of text to read for furigana
        Path project = ContentFixture.project(dir.resolve("bad"))
                .file("pages/long.md", HEAD.formatted("long", "長いページ") + "漢字の段落です。\n\n".repeat(20_000))
                .file("pages/climb.md", HEAD.formatted("climb", "上に出るリンク") + "[設定](../../../etc/passwd) を見る。\n")
                .writeProject();
        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(project, out)
                .withFileTime(Duration.ofSeconds(2_000), tickingClock())));

        assertThat(thrown).isInstanceOf(ContentErrorException.class);
        List<ValidationIssue> issues = ((ContentErrorException) thrown).report().issues();
        assertThat(issues).as(thrown.getMessage())
                .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .containsExactly(
                        tuple(ValidationCode.E_LINK_OUTSIDE, "pages/climb.md", 9),
                        tuple(ValidationCode.E_FILE_TIME, "pages/long.md", 0));
        assertThat(thrown.getMessage()).contains("pages/long.md: エラー E-FILE-TIME: ページにふりがなを付ける処理（pages/long.html）に時間がかかりすぎたため止めました"
                + "（1ファイル 2000 秒まで）。本文を複数のファイルに分けて短くするか", "-Dtsunagu.build.fileSeconds=秒数")
                .doesNotContain("Exception", "Error");
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
        assertThat(out.resolveSibling("site.staging")).doesNotExist();
    }

    @Test
    void a_file_out_of_time_memory_or_stack_is_recorded_and_the_next_file_is_still_done() {
        FileBudget budget = FileBudget.of(Duration.ofSeconds(100), tickingClock());

        Optional<String> endless = budget.run("pages/endless.md", () -> {
            while (true) {
                FileBudget.checkpoint(); // a loop over a file's text that would not end
            }
        });
        Optional<long[]> huge = budget.run("pages/huge.md", () -> new long[Integer.MAX_VALUE - 8]);
        Optional<Integer> deep = budget.run("pages/deep.md", () -> recurse(0));
        Optional<String> fine = budget.run("pages/fine.md", () -> "done");

        assertThat(List.of(endless, huge, deep)).allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(fine).contains("done");
        assertThat(budget.overruns()).extracting(FileBudget.Overrun::file, FileBudget.Overrun::kind).containsExactly(
                tuple("pages/deep.md", FileBudget.Overrun.Kind.STACK),
                tuple("pages/endless.md", FileBudget.Overrun.Kind.TIME),
                tuple("pages/huge.md", FileBudget.Overrun.Kind.MEMORY));
        assertThat(budget.overruns().get(1).took()).isEqualTo(Duration.ofSeconds(101));
        FileBudget.checkpoint(); // outside a file's work: nothing to stop
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void a_stage_out_of_memory_fails_with_the_heap_setting_and_the_previous_site_is_untouched(@TempDir Path dir) throws Exception {
        Path out = previousSite(dir);
        Map<String, byte[]> before = SiteFiles.snapshot(out);
        // a template that asks for a text of two billion characters, in a JVM with a small heap
        Path project = ContentFixture.project(dir.resolve("hungry"))
                .template("page.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page>${\"\"?left_pad(2000000000)}</@l.page>\n")
                .writeProject();
        Path log = dir.resolve("child.log");

        Process child = ChildBuild.start(project, out, List.of("-Xmx160m", "-XX:TieredStopAtLevel=1"), 0, log);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child build ended").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("STAGE=render", "render: メモリが足りなくなったため止めました（公開中のサイトはそのままです）",
                "MAVEN_OPTS=\"-Xmx2g\"").doesNotContain("OutOfMemoryError", "\tat ");
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("leftovers beside the site").containsExactly("site");
        }
    }
}
