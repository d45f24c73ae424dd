package jp.tsunagu.site.a11y;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.audit.AuditException;
import jp.tsunagu.site.audit.AuditMode;
import jp.tsunagu.site.audit.AuditRequest;
import jp.tsunagu.site.audit.AuditResults;
import jp.tsunagu.site.audit.SiteAuditor;
import jp.tsunagu.site.audit.TestReport;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The published test report (issue 5, part 4) reflects the real audit of the site it is part of: a small plan (the
 * shared content fixture with a free page お知らせ), built by the real pipeline with one page broken on purpose by a project template (the other free pages
 * rendered by the same template stay clean) (an image without alt text, low-contrast text, a box
 * too wide for 320 px), audited by {@link SiteAuditor} in Chromium in every mode (each page loaded once, several
 * browsers in parallel); the report page must show each problem against that page and the right criterion, nothing
 * against the others, when each page was tested, and be axe-clean itself.
 * <p>
 * The built site is cut down to the {@link #KEPT} pages before the audit (about sixty otherwise): the home page, 404,
 * the report page and its furigana copy, the broken free page and its furigana copy, and another free page of the
 * same template. Every page of that site is still listed, audited and reported, which is what the goal's whole path
 * must do; what the other page kinds look like to axe is {@code SiteAccessibilityTests}' to find.
 */
@BrowserTest
class PublishedAuditTests {

    private static final String BROKEN = "pages/お知らせ.html";
    /** The furigana variant of the broken page, which the build writes and the audit tests like any page. */
    private static final String BROKEN_FURIGANA = "pages/お知らせ.furigana.html";

    private static final String BROKEN_TEMPLATE = """
            <#import "layout.ftlh" as l>
            <@l.page>
            <h1>${content.page.title}</h1>
            <#if content.page.path == "pages/お知らせ.html">
            <p><img src="${content.page.root}assets/photo.svg" width="120" height="80"></p>
            <p class="faint">薄い灰色で書かれた、読みにくいお知らせ。</p>
            <div class="too-wide">幅が 40rem に固定された箱</div>
            </#if>
            <@l.sections content.sections/>
            </@l.page>
            """;

    /** The source of the free page お知らせ, which the broken template breaks (shared with {@link BrokenFixtureTests}). */
    static final String OSHIRASE_PATH = "pages/お知らせ.md";
    static final String OSHIRASE = """
            ---
            type: page
            id: oshirase
            title: お知らせ
            ---

            - 2021年4月1日 試験用の計画を掲載しました。

            日本語のファイル名のページです。
            """;

    /** The pages the audited site keeps (see the class comment); the build writes every one of them. */
    private static final List<String> KEPT = List.of("index.html", "404.html", TestReport.PAGE,
            TestReport.FURIGANA_PAGE, BROKEN, BROKEN_FURIGANA, "pages/about.html");

    @TempDir
    static Path work;

    private static Path site;
    private static AuditResults results;
    private static long millis;

    @BeforeAll
    static void buildAndAuditTheSampleCityWithABrokenPage() throws IOException {
        // A small plan with one broken free page, cut down to a handful of pages: the goal's whole path — every page
        // listed and audited, the report rewritten — without auditing page kinds again (they are audited in every mode
        // by SiteAccessibilityTests, the city's every page by tsunagu:audit at verify).
        Path project = ContentFixture.project(work).file(OSHIRASE_PATH, OSHIRASE).writeProject();
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("assets"));
        Files.writeString(project.resolve("templates/page.ftlh"), BROKEN_TEMPLATE, UTF_8);
        Files.writeString(project.resolve("assets/site.css"), defaultCss()
                + "\n.faint { color: #b8b8b8; background: #ffffff; }\n.too-wide { width: 40rem; }\n", UTF_8);
        Files.writeString(project.resolve("assets/photo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\"><rect width=\"120\" height=\"80\"/></svg>\n", UTF_8);
        site = SiteGenerator.build(BuildRequest.of(project, work.resolve("site"))).outputDirectory();
        assertThat(Files.readString(site.resolve(TestReport.PAGE), UTF_8)).contains("試験をしないで作成されました");
        assertThat(SitePages.of(site)).containsAll(KEPT).hasSizeGreaterThan(2 * KEPT.size());
        for (String page : SitePages.of(site)) {
            if (!KEPT.contains(page)) {
                Files.delete(site.resolve(page));
            }
        }

        long start = System.nanoTime();
        // Every page in one mode here (the goal's default is all four, run by the plugin's invoker test on a small
        // site); the modes are covered page by page in the next test.
        results = SiteAuditor.auditAndPublish(AuditRequest.of(site).withModes(List.of(AuditMode.LIGHT)));
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("tsunagu:audit of the fixture plan: %d pages × %d modes + reflow in %.1f s%n",
                results.pages().size(), results.modes().size(), millis / 1000.0);
    }

    @Test
    void everyPageIsAuditedAndOnlyTheBrokenPageHasProblems() {
        assertThat(results.pages()).extracting(AuditResults.PageResult::path)
                .containsExactlyElementsOf(SitePages.of(site)).contains(BROKEN, "index.html", "404.html", TestReport.PAGE);
        assertThat(results.browser()).startsWith("Chromium ");
        assertThat(results.axeVersion()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(results.pages()).filteredOn(p -> !p.problems().isEmpty()).extracting(AuditResults.PageResult::path)
                .containsExactly(BROKEN_FURIGANA, BROKEN);
        AuditResults.PageResult broken = results.pages().stream().filter(p -> p.path().equals(BROKEN)).findFirst().orElseThrow();
        assertThat(broken.title()).startsWith("お知らせ");
        assertThat(broken.problems()).extracting(AuditResults.Problem::rule).contains("image-alt", "color-contrast");
        assertThat(broken.problems()).filteredOn(p -> p.checker().equals("reflow")).extracting(AuditResults.Problem::criteria)
                .containsOnly(List.of("1.4.10")).isNotEmpty();
    }

    @Test
    void eachModeIsEmulatedOnThePagesOneLoadAndAudited() {
        AuditResults modes = SiteAuditor.audit(AuditRequest.of(site), List.of("index.html", BROKEN));

        assertThat(modes.modes()).containsExactly(AuditMode.values());
        assertThat(modes.pages().get(0).problems()).isEmpty();
        List<AuditResults.Problem> broken = modes.pages().get(1).problems();
        for (AuditMode mode : AuditMode.values()) {
            assertThat(broken).filteredOn(p -> p.mode() == mode).extracting(AuditResults.Problem::rule)
                    .as("mode %s", mode).contains("image-alt");
        }
        // Under forced colours the browser may replace the planted colours, so contrast is asserted in the other modes.
        for (AuditMode mode : List.of(AuditMode.LIGHT, AuditMode.DARK, AuditMode.MORE_CONTRAST)) {
            assertThat(broken).filteredOn(p -> p.mode() == mode).extracting(AuditResults.Problem::rule)
                    .as("mode %s", mode).contains("color-contrast");
        }
        // Reflow runs once, in the first mode.
        assertThat(broken).filteredOn(p -> p.checker().equals("reflow")).extracting(AuditResults.Problem::mode)
                .containsOnly(AuditMode.LIGHT).isNotEmpty();
    }

    /**
     * One browser, taking every page from the queue alone, finds the same as the default two, in the order asked for.
     * The default two's results keep that order too ({@link #everyPageIsAuditedAndOnlyTheBrokenPageHasProblems});
     * more browsers run the same code with more takers of the queue, so they are not run again (three did, each
     * starting its own Chromium on a machine of two cores).
     */
    @Test
    void oneBrowserFindsTheSameAsTheDefaultTwo() {
        List<String> pages = List.of("index.html", BROKEN_FURIGANA, BROKEN, "404.html", TestReport.PAGE);
        AuditRequest light = AuditRequest.of(site).withModes(List.of(AuditMode.LIGHT));
        List<AuditResults.PageResult> expected = results.pages().stream().filter(p -> pages.contains(p.path()))
                .sorted(java.util.Comparator.comparing(p -> pages.indexOf(p.path()))).map(PublishedAuditTests::withoutDate).toList();

        AuditResults again = SiteAuditor.audit(light.withWorkers(1), pages);
        assertThat(again.pages()).extracting(AuditResults.PageResult::path).containsExactlyElementsOf(pages);
        assertThat(again.pages().stream().map(PublishedAuditTests::withoutDate).toList()).isEqualTo(expected);
    }

    @Test
    void theReportShowsWhenEachPageWasTested() throws IOException {
        Document report = Jsoup.parse(Files.readString(site.resolve(TestReport.PAGE), UTF_8));
        assertThat(report.select("table.page-results tbody tr td:eq(1)").eachText())
                .hasSize(results.pages().size()).allMatch(text -> text.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}時\\d{2}分\\d{2}秒"));
        assertThat(report.select("dl.report-facts").text()).contains("前回の試験結果を使ったページ なし");
    }

    @Test
    void theReportPageShowsEachProblemAgainstItsPageAndCriterion() throws IOException {
        Document report = Jsoup.parse(Files.readString(site.resolve(TestReport.PAGE), UTF_8));

        assertThat(report.text()).doesNotContain("試験をしないで作成されました")
                .contains("試験対象ページ このサイトのすべてのページ（" + results.pages().size() + " ページ、全数試験）");
        assertThat(row(report, "1.1.1")).isEqualTo("1.1.1|非テキストコンテンツ|A|問題あり（自動試験、2 ページ）|規則 image-alt："
                + BROKEN_FURIGANA + "、" + BROKEN);
        assertThat(row(report, "1.4.3")).startsWith("1.4.3|コントラスト（最低限）|AA|問題あり（自動試験、2 ページ）|")
                .contains("color-contrast").endsWith(BROKEN);
        assertThat(row(report, "1.4.10")).startsWith("1.4.10|リフロー|AA|問題あり（自動試験、2 ページ）|");
        assertThat(row(report, "2.4.2")).isEqualTo("2.4.2|ページタイトル|A|自動試験では問題なし（人による確認が必要）|");
        assertThat(row(report, "1.2.2")).isEqualTo("1.2.2|キャプション（収録済み）|A|自動試験の対象外（人による確認が必要）|");
        Element brokenRow = report.select("table.page-results tbody th").stream()
                .filter(th -> th.text().endsWith(BROKEN)).findFirst().orElseThrow().parent();
        assertThat(brokenRow.text()).contains("1.1.1、1.4.3、1.4.10");
        assertThat(report.select("table.page-results tbody tr")).hasSize(results.pages().size());
        assertThat(site.resolve(TestReport.RESULTS_JSON)).content(UTF_8).contains("\"path\" : \"" + BROKEN + "\"");
    }

    @Test
    void theRewrittenReportPageIsAxeCleanInEveryScheme(Browser browser) {
        try (StaticServer server = StaticServer.serve(site)) {
            for (Browser.ColorScheme scheme : Browser.ColorScheme.values()) {
                browser.emulateColorScheme(scheme);
                browser.open(server.uriOf(TestReport.PAGE));
                assertThat(browser.driver().getTitle()).startsWith("ウェブアクセシビリティ試験結果");
                Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
            }
        }
    }

    @Test
    void aMissingBrowserFailsTheAuditInJapaneseInsteadOfSkippingIt() {
        AuditRequest request = AuditRequest.of(site).withBrowser(work.resolve("no-such-chromium"), Path.of("/usr/bin/chromedriver"));
        assertThatThrownBy(() -> SiteAuditor.auditAndPublish(request)).isInstanceOf(AuditException.class)
                .hasMessageContaining("Chromium と ChromeDriver が必要です").hasMessageContaining("no-such-chromium")
                .hasMessageContaining("scripts/install-browser.sh");
    }

    private static AuditResults.PageResult withoutDate(AuditResults.PageResult page) {
        return new AuditResults.PageResult(page.path(), page.title(), "", false, page.problems(), page.checked(), page.undecided());
    }

    private static String row(Document html, String number) {
        Element th = html.select("tbody th[scope=row]").stream().filter(e -> e.text().equals(number)).findFirst().orElseThrow();
        return String.join("|", th.parent().children().stream().map(Element::text).toList());
    }

    private static String defaultCss() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SiteGenerator.class.getResourceAsStream("/jp/tsunagu/site/theme/assets/site.css"), "theme site.css")) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
