package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;

class ErrorPageTests {

    @Test
    void listsEachIssueWithFileLineCodeAndMessageAsText() {
        List<ValidationIssue> issues = List.of(
                new ValidationIssue(ValidationCode.E_REF_VIEWPOINT, "initiatives/<x>.md", 5,
                        "観点「<script>alert('Z')</script>」はありません。A & E のどれかを書いてください。"),
                new ValidationIssue(ValidationCode.E_REF_VIEWPOINT, "plan.md", 0, "\"二つ目\""));
        Document page = Jsoup.parse(ErrorPage.of(issues));

        assertThat(page.title()).isEqualTo("コンテンツにエラーが 2 件あります | Tsunagu");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("ol.issues > li.error")).hasSize(2);
        assertThat(page.select(".where").eachText()).containsExactly("initiatives/<x>.md:5", "plan.md");
        assertThat(page.select("ol.issues li p:eq(1)").eachText()).containsExactly(
                "観点「<script>alert('Z')</script>」はありません。A & E のどれかを書いてください。", "\"二つ目\"");
        assertThat(page.text()).contains("E-REF-VIEWPOINT");
    }

    @Test
    void showsAFailureAsPreformattedText() {
        Document page = Jsoup.parse(ErrorPage.ofFailure("render: テンプレート <#if> が閉じていません & 直してください"));

        assertThat(page.select("pre.failure").text()).isEqualTo("render: テンプレート <#if> が閉じていません & 直してください");
        assertThat(page.select("h1").text()).isEqualTo("サイトを作れませんでした");
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
    }
}
