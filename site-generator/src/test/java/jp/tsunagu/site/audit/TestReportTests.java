package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TestReportTests {

    private static final AuditResults.Problem ALT = new AuditResults.Problem(AuditMode.DARK, "axe-core", "image-alt",
            List.of("1.1.1"), "critical", "Images must have alternative text", List.of("img"));

    private static final AuditResults RESULTS = new AuditResults("2026-11-24T15:00:00+09:00", "2026-11-24T15:01:05+09:00", 65_000,
            "Chromium 156.0", "4.11.0", SiteAuditor.AXE_TAGS, 320, List.of(AuditMode.LIGHT, AuditMode.DARK), List.of(
                    new AuditResults.PageResult("index.html", "ホーム", "2026-11-20T09:30:00+09:00", true, List.of(), Set.of("1.4.3", "4.1.2", "1.4.10"), Set.of("1.3.1")),
                    new AuditResults.PageResult("pages/お知らせ.html", "お知らせ", "2026-11-24T15:00:40+09:00", false, List.of(ALT,
                            new AuditResults.Problem(AuditMode.LIGHT, "axe-core", "image-alt", List.of("1.1.1"), "critical",
                                    "Images must have alternative text", List.of("img"))),
                            Set.of("1.1.1", "1.4.3"), Set.of())));

    @Test
    void theChecklistHasEveryJisCriterionAndNeverClaimsConformanceFromAutomatedChecks() {
        Document html = Jsoup.parseBodyFragment(TestReport.render(RESULTS));

        List<Element> rows = html.select("#checklist-caption").parents().select("table").first().select("tbody tr");
        assertThat(rows).hasSize(38);
        assertThat(row(html, "1.1.1")).isEqualTo("1.1.1|非テキストコンテンツ|A|問題あり（自動試験、1 ページ）|規則 image-alt：pages/お知らせ.html");
        assertThat(row(html, "1.4.3")).isEqualTo("1.4.3|コントラスト（最低限）|AA|自動試験では問題なし（人による確認が必要）|");
        assertThat(row(html, "1.3.1")).isEqualTo("1.3.1|情報及び関係性|A|自動試験では判定できない箇所あり（人による確認が必要）|");
        assertThat(row(html, "1.2.1")).isEqualTo("1.2.1|音声のみ及び映像のみ（収録済み）|A|自動試験の対象外（人による確認が必要）|");
        assertThat(row(html, "1.4.10")).startsWith("1.4.10|リフロー|AA|自動試験では問題なし");
        assertThat(html.text()).doesNotContain("適合している").doesNotContain("満たしている。");
    }

    @Test
    void theReportSaysWhenWithWhatAndOnWhichPagesItWasTested() {
        Document html = Jsoup.parseBodyFragment(TestReport.render(RESULTS));

        assertThat(html.select("dl.report-facts").text())
                .contains("2026年11月24日 15時00分00秒 から 2026年11月24日 15時01分05秒（所要時間 1 分 5 秒）")
                .contains("Chromium 156.0", "axe-core 4.11.0", "320 CSS ピクセル", "ライト、ダーク", "2 ページ、全数試験");
        assertThat(html.select("table.page-results tbody tr")).hasSize(2);
        assertThat(html.select("table.page-results tbody tr").get(1).text()).contains("お知らせ", "問題 2 件", "1.1.1");
        // Each page says when it was actually tested: a page reused from an earlier audit shows that audit's date.
        assertThat(html.select("table.page-results thead th").eachText()).containsExactly("ページ", "試験日時", "自動試験の結果", "問題のある達成基準");
        assertThat(html.select("table.page-results tbody tr").get(0).select("td").first().text())
                .isEqualTo("2026年11月20日 9時30分00秒（前回の結果）");
        assertThat(html.select("table.page-results tbody tr").get(1).select("td").first().text()).isEqualTo("2026年11月24日 15時00分40秒");
        assertThat(html.select("dl.report-facts").text()).contains("前回の試験結果を使ったページ 1 ページ（");
        // One line per rule and elements, naming both modes it was seen in.
        assertThat(html.select("ul.problems li")).singleElement().extracting(Element::text).asString()
                .contains("達成基準 1.1.1", "image-alt", "表示：ダーク、ライト", "該当箇所：img");
    }

    /**
     * A site of more pages than the report lists one by one gets their counts by test date instead, the first pages
     * with problems in detail, and every page in the JSON data, so that the report stays within the page budget.
     */
    @Test
    void theReportOfALargeSiteCountsPagesByTestDateAndKeepsTheListInTheData() {
        List<AuditResults.PageResult> pages = new java.util.ArrayList<>();
        for (int n = 0; n < 3 * jp.tsunagu.site.assemble.Paging.REPORT_PAGES; n++) {
            boolean cached = n % 3 == 0;
            pages.add(new AuditResults.PageResult("initiatives/x-" + n + ".html", "取組 " + n,
                    cached ? "2026-11-20T09:30:00+09:00" : "2026-11-24T15:00:40+09:00", cached,
                    n % 10 == 1 ? List.of(ALT) : List.of(), Set.of("1.1.1"), Set.of()));
        }
        AuditResults large = new AuditResults(RESULTS.startedAt(), RESULTS.finishedAt(), RESULTS.durationMillis(), RESULTS.browser(),
                RESULTS.axeVersion(), RESULTS.axeTags(), RESULTS.reflowWidth(), RESULTS.modes(), pages);

        String rendered = TestReport.render(large);
        Document html = Jsoup.parseBodyFragment(rendered);

        assertThat(html.select("table.page-results")).isEmpty();
        assertThat(html.select("table.page-counts tbody tr").eachText()).containsExactly(
                "2026年11月24日 600 ページ 60 ページ", "2026年11月20日（前回の結果） 300 ページ 30 ページ");
        assertThat(html.select("#pages ~ p a").attr("href")).isEqualTo("test-results.json");
        assertThat(html.select("h4")).hasSize(jp.tsunagu.site.assemble.Paging.REPORT_PROBLEM_PAGES);
        assertThat(row(html, "1.1.1")).contains("ほか 40 ページ");
        assertThat(rendered.getBytes(UTF_8).length).isLessThan(40_000);
    }

    @Test
    void anUntestedBuildSaysSoAndHowToTestIt() {
        assertThat(Jsoup.parseBodyFragment(TestReport.untested()).text())
                .contains("試験をしないで作成されました", "mvn -B verify")
                .doesNotContain("問題なし");
    }

    @Test
    void publishReplacesOnlyTheResultsPartAndWritesTheData(@TempDir Path site) throws IOException {
        Path page = site.resolve(TestReport.PAGE);
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<main><h1>試験結果</h1>" + TestReport.BEGIN + TestReport.untested() + TestReport.END + "<p>後</p></main>", UTF_8);

        TestReport.publish(site, RESULTS);

        String html = Files.readString(page, UTF_8);
        assertThat(html).startsWith("<main><h1>試験結果</h1>" + TestReport.BEGIN).endsWith(TestReport.END + "<p>後</p></main>")
                .doesNotContain("試験をしないで作成されました").contains("達成基準チェックリスト");
        JsonNode json = new ObjectMapper().readTree(site.resolve(TestReport.RESULTS_JSON).toFile());
        assertThat(json.get("pages")).hasSize(2);
        assertThat(json.at("/pages/1/problems/0/criteria/0").asText()).isEqualTo("1.1.1");
        assertThat(json.at("/modes/1").asText()).isEqualTo("DARK");
        try (var files = Files.list(page.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("test-report.html", "test-results.json");
        }

        // Published twice (a second audit of the same site): still one results part.
        TestReport.publish(site, RESULTS);
        assertThat(Files.readString(page, UTF_8).split("達成基準チェックリスト", -1)).hasSize(2);
    }

    @Test
    void publishAlsoFillsTheFuriganaVariantOfTheReport(@TempDir Path site) throws IOException {
        Path page = site.resolve(TestReport.PAGE);
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<main>" + TestReport.BEGIN + TestReport.untested() + TestReport.END + "</main>", UTF_8);
        Path furigana = site.resolve(TestReport.FURIGANA_PAGE);
        Files.writeString(furigana, "<main><h1><ruby>試験<rp>(</rp><rt>しけん</rt><rp>)</rp></ruby></h1>" + TestReport.BEGIN
                + "<p>未実施</p>" + TestReport.END + "</main>", UTF_8);

        TestReport.publish(site, RESULTS);

        assertThat(Files.readString(furigana, UTF_8)).startsWith("<main><h1><ruby>試験")
                .contains("達成基準チェックリスト").doesNotContain("未実施").endsWith(TestReport.END + "</main>");
    }

    @Test
    void aReportPageWithoutItsMarkersIsAnErrorNamingTheTemplate(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("accessibility"));
        Files.writeString(site.resolve(TestReport.PAGE), "<main>上書きされたテンプレート</main>", UTF_8);

        assertThatThrownBy(() -> TestReport.publish(site, RESULTS)).isInstanceOf(AuditException.class)
                .hasMessageContaining("試験結果を入れる場所").hasMessageContaining("test-report.ftlh");
        assertThatThrownBy(() -> TestReport.publish(site.resolve("none"), RESULTS)).isInstanceOf(AuditException.class)
                .hasMessageContaining("先にサイトを作成してください");
    }

    private static String row(Document html, String number) {
        Element th = html.select("tbody th[scope=row]").stream().filter(e -> e.text().equals(number)).findFirst().orElseThrow();
        return String.join("|", th.parent().children().stream().map(Element::text).toList());
    }
}
