package jp.tsunagu.plan.load;

import static jp.tsunagu.plan.load.ValidationTests.CYCLE_FILE;
import static jp.tsunagu.plan.load.ValidationTests.X_FILE;
import static jp.tsunagu.plan.load.ValidationTests.cycle;
import static jp.tsunagu.plan.load.ValidationTests.x;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * The exact words an editor reads for the main faults (file, line, what is wrong, how to fix it), and, for every
 * fault of {@link ValidationTests}, that no message carries English text of an exception.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class MessageTests {
    /** Three English words in a row: exception text (snakeyaml's "mapping values are not allowed", "Invalid …"). */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\\b");

    @TempDir
    Path dir;

    private List<String> report(Consumer<ContentFixture> input) {
        ContentFixture content = ContentFixture.minimal(dir);
        input.accept(content);
        return content.load().report().issues().stream().map(ValidationIssue::format).toList();
    }

    static List<Fault> allFaults() {
        return ValidationTests.allFaults().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFaults")
    void no_message_carries_english_exception_text(Fault fault, @TempDir Path faultDir) {
        for (ValidationIssue i : fault.load(faultDir).report().issues()) {
            // quoted values (「…」) are the editor's own words, such as an English page's title given as an example
            String own = i.message().replaceAll("「[^」]*」", "「」");
            assertThat(own).as(i.format()).doesNotContainPattern(ENGLISH).doesNotContain("詳細:", "Exception", "Invalid");
        }
    }

    @Test
    void a_colon_inside_a_value() {
        assertThat(report(f -> f.file(X_FILE, x("title: 試しの取組", "title: 試し: 取組")))).containsExactly(
                "initiatives/x.md:4: エラー E-YAML-SYNTAX: 前付けの YAML を読めません: 値の中に「: 」（コロンと空白）があります。"
                        + "値全体を「\"」で囲んでください。 字下げ（半角スペース）、「項目名: 値」の半角コロンとその後の空白、"
                        + "引用符「\"」の閉じ忘れを確認してください。");
    }

    @Test
    void a_misspelt_key() {
        assertThat(report(f -> f.file(X_FILE, x("title: 試しの取組", "titel: 試しの取組")))).containsExactly(
                "initiatives/x.md:2: エラー E-KEY-REQUIRED: 前付けに必須の項目「title」がありません。「title: 取組の名前」のように書いてください。",
                "initiatives/x.md:4: エラー E-KEY-UNKNOWN: 前付けの項目「titel」は使えません。「title」の書き間違いではありませんか。"
                        + "使える項目: type, id, title, viewpoints, department, status, period, summary, indicators, glossary。");
    }

    @Test
    void an_unreadable_end_of_a_period() {
        assertThat(report(f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: 2021\n  end: 令和十年度"))))
                .containsExactly("initiatives/x.md:9: エラー E-VALUE-FISCAL-YEAR: 「end」の年度「令和十年度」を読めません。"
                        + "西暦の年（例: 2021）か和暦（例: 令和3年度）で書いてください。");
    }

    @Test
    void an_unknown_viewpoint() {
        assertThat(report(f -> f.file(X_FILE, x("viewpoints: [A]", "viewpoints: [Z]")))).containsExactly(
                "initiatives/x.md:5: エラー E-REF-VIEWPOINT: viewpointsの観点「Z」は定義されていません。「A」の書き間違いではありませんか。"
                        + "既にある ID を書くか、viewpoints/ にその ID のファイルを作ってください。使える値: A。");
    }

    @Test
    void a_plan_revision_no_review_took_up() {
        assertThat(report(f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true"))))
                .containsExactly("ooda/_plan/2021-07-01-x.md:6: 警告 W-OODA-UNREVIEWED: この OODA サイクル「x-cycle」は計画の見直しが"
                        + "必要とされていますが、令和3年度以降の年次評価（reviews/）で取り上げられていません。"
                        + "次の年次評価の ooda_cycles にこの ID を加えてください。");
    }

    @Test
    void a_plan_revision_taken_up_by_a_broken_review_is_reported_only_as_the_review_s_error() {
        assertThat(report(f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true"))
                .replace("reviews/2021.md", "ooda_cycles: [online-shinsei-form]", "ooda_cycles: [online-shinsei-form, x-cycle]")
                .replace("reviews/2021.md", "reviewed: 2022-05-20", "reviewed: 2022-05-40"))).containsExactly(
                "reviews/2021.md:4: エラー E-VALUE-DATE: 「reviewed」の日付「2022-05-40」はありえない日付です。月と日を確認してください。");
    }
}
