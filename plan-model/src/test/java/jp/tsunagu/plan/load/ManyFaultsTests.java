package jp.tsunagu.plan.load;

import static jp.tsunagu.plan.validate.ValidationCode.E_ENCODING;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_PLACE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_UNCLOSED;
import static jp.tsunagu.plan.validate.ValidationCode.E_FY_FOLDER;
import static jp.tsunagu.plan.validate.ValidationCode.E_ID_FILE_NAME;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_REQUIRED;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_RATING;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_VIEWPOINT;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_DATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_ENUM;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_INVALID;
import static jp.tsunagu.plan.validate.ValidationCode.E_YAML_TAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.validate.PlanValidationException;
import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationIssue;

/** "One test feeds a folder with many faults and gets them all in one run." */
class ManyFaultsTests {

    @Test
    void everyFaultOfEveryFileIsReportedInOneRunInFileAndLineOrder(@TempDir Path dir) {
        LoadResult result = ContentFixture.minimal(dir)
                .bytes("glossary/dx.md", """
                        ---
                        type: glossary_term
                        id: dx
                        term: DX
                        reading: ディーエックス
                        ---

                        デジタルトランスフォーメーションのことです。
                        """.getBytes(Charset.forName("Shift_JIS")))
                .file("pages/draft.md", """
                        ---
                        type: page
                        id: draft
                        title: 下書き
                        """)
                .file("departments/somu.md", "---\ntype: department\nid: somu\nname: 総務課\n\tparent: joho-seisaku\n---\n")
                .file("initiatives/x.md", """
                        ---
                        type: initiative
                        id: x
                        titel: 試しの取組
                        viewpoints: [Z]
                        status: 計画
                        summary: 試しです。
                        ---
                        """)
                .file("ooda/online-shinsei/2021-06-01-x.md", ValidationTests.cycle("observed: 2021-06-01", "observed: 令和3年6月1日"))
                .file("action-plans/2021/online-shinsei.md", ValidationTests.entry("rating: A", "rating: S"))
                .file("reviews/2022.md", """
                        ---
                        type: annual_review
                        fiscal_year: 2021
                        reviewed: 2023-05-20
                        ---

                        ## 評価

                        順調です。

                        ## 改善

                        続けます。
                        """)
                .file("notes/memo.md", ContentFixture.PAGE)
                .file("viewpoints/B.md", ContentFixture.VIEWPOINT.replace("code: A", "code: C"))
                .file("governance/cio.md", """
                        ---
                        type: governance_body
                        id: cio
                        name: 最高情報統括責任者
                        kind: 役職者
                        parent: honbu
                        ---
                        """)
                .replace("references/kuni-doko.md", "url: https://example.org/kuni-doko", "url: example.org/kuni-doko")
                .load();

        List<ValidationIssue> issues = result.report().issues();
        assertThat(issues).as(result.report().format())
                .extracting(ValidationIssue::file, ValidationIssue::line, ValidationIssue::code)
                .containsExactly(
                        tuple("action-plans/2021/online-shinsei.md", 7, E_REF_RATING),
                        tuple("departments/somu.md", 5, E_YAML_TAB),
                        tuple("glossary/dx.md", 5, E_ENCODING),
                        tuple("governance/cio.md", 5, E_VALUE_ENUM),
                        tuple("initiatives/x.md", 2, E_KEY_REQUIRED),
                        tuple("initiatives/x.md", 4, E_KEY_UNKNOWN),
                        tuple("initiatives/x.md", 5, E_REF_VIEWPOINT),
                        tuple("notes/memo.md", 0, E_FILE_PLACE),
                        tuple("ooda/online-shinsei/2021-06-01-x.md", 7, E_VALUE_DATE),
                        tuple("pages/draft.md", 1, E_FRONT_MATTER_UNCLOSED),
                        tuple("references/kuni-doko.md", 5, E_VALUE_INVALID),
                        tuple("reviews/2022.md", 3, E_FY_FOLDER),
                        tuple("viewpoints/B.md", 3, E_ID_FILE_NAME));
        assertAll("report",
                () -> assertThat(issues).isSortedAccordingTo(ValidationIssue.ORDER),
                () -> assertThat(result.report().count(Severity.ERROR)).isEqualTo(13),
                () -> assertThat(result.report().format()).endsWith("\nエラー 13 件、警告 0 件"),
                () -> assertThat(result.model()).isEmpty(),
                () -> assertThatThrownBy(result::orElseThrow).isInstanceOfSatisfying(PlanValidationException.class,
                        e -> assertThat(e.report()).isEqualTo(result.report())));
    }
}
