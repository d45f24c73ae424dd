package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Named.named;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * "A bad file never produces a stack trace for the editor": whatever the content, {@link PlanLoader#load} returns
 * a result, and every issue reads {@code file:line: 重大度 CODE: message} like a compiler's.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class LoaderRobustnessTests {
    /** {@code file}, {@code :line} unless the issue is about the whole file, severity, code, one-line message. */
    private static final String FORMAT = "[^:\\n]+(:[1-9]\\d*)?: (エラー|警告) [EW](-[A-Z0-9]+)+: [^\\n]+";

    @Nested
    class Never_throws {
        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.load.ValidationTests#allFaults")
        void for_any_fault(Fault fault, @TempDir Path dir) {
            LoadResult result = assertDoesNotThrow(() -> fault.load(dir));

            assertThat(result.report().issues()).isNotEmpty();
            assertReadable(result);
        }

        /** Each line of each minimal file, deleted or pushed right by one space, one at a time. */
        static Stream<Arguments> mutations() {
            BiFunction<List<String>, Integer, List<String>> delete = (lines, i) -> without(lines, i);
            BiFunction<List<String>, Integer, List<String>> indent = (lines, i) -> replaced(lines, i, " " + lines.get(i));
            return ContentFixture.MINIMAL.keySet().stream().flatMap(file -> Stream.of(
                    Arguments.of(named(file + " の各行を消す", file), delete),
                    Arguments.of(named(file + " の各行を1字下げる", file), indent)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mutations")
        void when_any_line_of_a_file_is_broken(String file, BiFunction<List<String>, Integer, List<String>> mutation,
                @TempDir Path dir) {
            List<String> lines = Arrays.asList(ContentFixture.MINIMAL.get(file).split("\n", -1));
            List<Executable> checks = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String text = String.join("\n", mutation.apply(lines, i));
                Path root = dir.resolve("line-" + (i + 1));
                checks.add(() -> {
                    LoadResult result = assertDoesNotThrow(() -> ContentFixture.minimal(root).file(file, text).load());
                    assertReadable(result);
                    int fileLines = text.split("\n", -1).length;
                    assertThat(result.report().issues()).filteredOn(issue -> issue.file().equals(file))
                            .allSatisfy(issue -> assertThat(issue.line()).as(issue.format()).isBetween(0, fileLines));
                });
            }
            assertAll(file, checks);
        }

        @Test
        void for_an_empty_folder(@TempDir Path dir) {
            LoadResult result = assertDoesNotThrow(() -> ContentFixture.empty(dir).load());

            assertThat(result.report().issues()).extracting(ValidationIssue::format)
                    .containsExactly("plan.md: エラー E-PLAN-MISSING: 計画の本体「plan.md」がありません。"
                            + "コンテンツのフォルダの直下に type: plan の plan.md を作ってください。");
        }

        private static List<String> without(List<String> lines, int i) {
            List<String> out = new ArrayList<>(lines);
            out.remove(i);
            return out;
        }

        private static List<String> replaced(List<String> lines, int i, String line) {
            List<String> out = new ArrayList<>(lines);
            out.set(i, line);
            return out;
        }
    }

    @Nested
    class Formats {
        @Test
        void an_issue_reads_file_line_severity_code_and_message(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file("initiatives/x.md", """
                    ---
                    type: initiative
                    id: x
                    title: 試しの取組
                    status: 計画
                    summary: 試しです。
                    viewpoints: [Z]
                    ---
                    """).load();

            assertThat(result.report().issues()).extracting(ValidationIssue::format).containsExactly(
                    "initiatives/x.md:7: エラー E-REF-VIEWPOINT: viewpointsの観点「Z」は定義されていません。「A」の書き間違いではありませんか。"
                            + "既にある ID を書くか、viewpoints/ にその ID のファイルを作ってください。使える値: A。");
        }

        @Test
        void a_warning_reads_警告_and_the_report_ends_with_the_counts(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).replace("viewpoints/A.md", "## 説明", "## せつめい").load();

            assertThat(result.report().format()).startsWith("viewpoints/A.md:9: エラー E-BODY-HEADING: ")
                    .contains("\nviewpoints/A.md:9: 警告 W-BODY-HEADING: 見出し「## せつめい」")
                    .endsWith("\nエラー 1 件、警告 1 件");
        }
    }

    /** Every issue is one line in the compiler format, with no trace of Java in it; a model exactly without errors. */
    private static void assertReadable(LoadResult result) {
        assertThat(result.report().issues()).allSatisfy(issue -> assertAll(issue.format(),
                () -> assertThat(issue.format()).matches(FORMAT),
                () -> assertThat(issue.message()).doesNotContain("Exception", "\tat ", "java.", "null")));
        assertThat(result.model().isPresent()).as(result.report().format()).isEqualTo(!result.report().hasErrors());
    }
}
