package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.render.BodyLimits;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * Pathological Markdown bodies — thousands of nested block quotes, lists, brackets, emphasis delimiters or raw HTML
 * elements — are refused before rendering with a Japanese error naming file and line ({@link BodyLimits}), every
 * other problem of the run is reported with them, and the published site is left byte for byte as it was.
 */
class BodyLimitsTests {
    private static final String HEAD = "---\ntype: page\nid: deep\ntitle: 深い入れ子\n---\n\n本文です。\n\n";
    /** The first line of the pathological part, after {@link #HEAD}. */
    private static final int LINE = 9;

    static List<Arguments> pathological() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            list.append("  ".repeat(i)).append("- a\n");
        }
        return List.of(
                Arguments.of("5000 段の引用", ">".repeat(5000) + " 引用\n", ValidationCode.E_BODY_NESTING, "引用（>）の入れ子が深すぎます"),
                Arguments.of("空白で区切った引用", "> ".repeat(3000) + "引用\n", ValidationCode.E_BODY_NESTING, "最大 32 段"),
                Arguments.of("字下げで入れ子にしたリスト", list.toString(), ValidationCode.E_BODY_NESTING, "リストの入れ子が深すぎます"),
                Arguments.of("一行で入れ子にしたリスト", "- ".repeat(2000) + "a\n", ValidationCode.E_BODY_NESTING, "リスト"),
                Arguments.of("引用とリスト", "> 1. ".repeat(1000) + "a\n", ValidationCode.E_BODY_NESTING, "引用（>）とリスト"),
                Arguments.of("入れ子の HTML", "<div>".repeat(5000) + "a" + "</div>".repeat(5000) + "\n", ValidationCode.E_BODY_NESTING,
                        "HTML の要素"),
                Arguments.of("かっこの洪水", "[".repeat(50_000) + "a\n", ValidationCode.E_BODY_MARKUP, "書式の記号"),
                Arguments.of("強調の記号の洪水", "*".repeat(4000) + "a" + "*".repeat(4000) + "\n", ValidationCode.E_BODY_MARKUP,
                        "段落を分けるか"),
                Arguments.of("入れ子の強調", "*a ".repeat(3000) + "x" + " b*".repeat(3000) + "\n", ValidationCode.E_BODY_MARKUP, "500 個まで"),
                Arguments.of("文字参照の洪水", "&amp;\n".repeat(5000), ValidationCode.E_BODY_MARKUP, "9 行目から始まる段落"),
                Arguments.of("ファイル全体の記号", "[a](b.html) と **c**\n\n".repeat(5000), ValidationCode.E_BODY_MARKUP, "1ファイルに 20000 個まで"),
                Arguments.of("表の一行", "| a | b |\n|---|---|\n| " + "<span>".repeat(2000) + " | x |\n", ValidationCode.E_BODY_MARKUP,
                        "表のこの行"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void a_pathological_body_is_refused_with_its_file_and_line(String name, String body, ValidationCode code, String fragment) {
        List<ValidationIssue> issues = BodyLimits.checkText("pages/deep.md", HEAD + body);
        // the list nested by indentation goes over the limit on its 33rd line; a table's rows start two lines down
        // and the 4001st paragraph of five marks each passes the file's 20,000
        int expectedLine = switch (name) {
            case "表の一行" -> LINE + 2;
            case "字下げで入れ子にしたリスト" -> LINE + BodyLimits.MAX_DEPTH;
            case "ファイル全体の記号" -> LINE + 2 * BodyLimits.MAX_FILE_MARKS / 5;
            default -> LINE;
        };
        assertThat(issues).as(issues.stream().map(ValidationIssue::format).collect(Collectors.joining("\n")))
                .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .contains(tuple(code, "pages/deep.md", expectedLine));
        assertThat(issues).filteredOn(i -> i.code() == code).singleElement().extracting(ValidationIssue::message).asString()
                .contains(fragment).doesNotContain("Exception").doesNotContain("Error");
    }

    @Test
    void bodies_the_plan_writes_are_within_the_limits() {
        StringBuilder table = new StringBuilder("| 年度 | 件数 |\n|---|---|\n");
        for (int i = 0; i < 1000; i++) {
            table.append("| [令和").append(i).append("年度](a.html) | **").append(i).append("** |\n");
        }
        String nested = "> - a\n>   - b\n>     - c\n>       1. d\n\n" + "> ".repeat(BodyLimits.MAX_DEPTH) + "深いが上限内\n\n";
        String code = "```\n" + "<div>*[&".repeat(5000) + "\n```\n\n";
        String prose = ("**重要**な[お知らせ](x.html)と `コード` と <ruby>漢字<rt>かんじ</rt></ruby> &amp; ~~取消~~。\n\n").repeat(200);
        String breaks = "* * *\n\n- - -\n\n***\n\n";
        assertThat(BodyLimits.checkText("pages/ok.md", HEAD + table + nested + code + prose + breaks)).isEmpty();
    }

    @Test
    void a_text_too_deep_for_the_callers_stack_is_converted_on_a_larger_one_instead_of_overflowing() throws Exception {
        String deep = ">".repeat(5000) + " 引用\n";
        Object[] result = new Object[1];
        Thread caller = new Thread(null, () -> {
            try {
                result[0] = MarkdownRenderer.standard().toHtml(deep);
            } catch (Throwable t) {
                result[0] = t;
            }
        }, "default-stack", 1024 * 1024);
        caller.start();
        caller.join();
        assertThat(result[0]).isInstanceOf(String.class);
        assertThat((String) result[0]).contains("<blockquote>").contains("引用");
    }

    @Test
    void one_pathological_file_among_good_ones_is_reported_with_every_other_problem_and_the_site_is_untouched(@TempDir Path dir) {
        Path good = SiteGenerator.build(BuildRequest.of(ContentFixture.project(dir.resolve("good")).writeProject(), dir.resolve("good-site")))
                .outputDirectory();
        Path out = TestFiles.copy(good, dir.resolve("out").resolve("site"));
        Map<String, byte[]> before = SiteFiles.snapshot(out);

        Path project = ContentFixture.project(dir.resolve("bad"))
                .file("pages/deep.md", HEAD + ">".repeat(20_000) + " 引用\n")
                .file("pages/flood.md", HEAD.replace("id: deep", "id: flood") + "後の段落\n" + "<span>".repeat(3000) + "\n")
                .replace("initiatives/online-shinsei.md", "viewpoints: [A]", "viewpoints: [J]")
                .writeProject();
        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(project, out)));

        assertThat(thrown).isInstanceOf(ContentErrorException.class);
        List<ValidationIssue> issues = ((ContentErrorException) thrown).report().issues();
        assertThat(issues).as(((ContentErrorException) thrown).report().format())
                .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .containsExactly(
                        tuple(ValidationCode.E_REF_VIEWPOINT, "initiatives/online-shinsei.md", 5),
                        tuple(ValidationCode.E_BODY_NESTING, "pages/deep.md", LINE),
                        tuple(ValidationCode.E_BODY_MARKUP, "pages/flood.md", LINE),
                        tuple(ValidationCode.E_BODY_NESTING, "pages/flood.md", LINE + 1));
        assertThat(thrown.getMessage()).contains("pages/deep.md:9: エラー E-BODY-NESTING: 引用（>）の入れ子が深すぎます");
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
    }
}
