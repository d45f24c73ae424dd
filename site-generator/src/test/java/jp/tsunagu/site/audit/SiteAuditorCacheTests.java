package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.browser.BrowserTest;

/**
 * The audit's cache in a real Chromium: an unchanged page is not opened in the browser again (the second audit
 * runs with a ChromeDriver that cannot start), a changed page or style sheet and a corrupted cache file are audited
 * again, and the reused results keep the date the page was tested.
 * <p>
 * Tagged {@link BrowserTest}: it starts Chromium, so failsafe runs it with the other browser tests.
 */
@BrowserTest
class SiteAuditorCacheTests {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>%s</title>
            <link rel="stylesheet" href="assets/site.css"></head>
            <body><main><h1>%s</h1><p class="note">お知らせの本文です。</p>%s</main></body></html>
            """;

    @TempDir
    Path tmp;

    private Path site;
    private Path folder;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void aSmallSite() throws IOException {
        site = tmp.resolve("site");
        folder = tmp.resolve("target/tsunagu-audit-cache");
        write("index.html", PAGE.formatted("ホーム", "ホーム", ""));
        write("broken.html", PAGE.formatted("お知らせ", "お知らせ", "<img src=\"photo.svg\" width=\"20\" height=\"20\">"));
        write("photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><rect width=\"20\" height=\"20\"/></svg>");
        write("assets/site.css", "body { color: #222; background: #fff; } @media (prefers-color-scheme: dark) "
                + "{ body { color: #eee; background: #111; } }");
    }

    @Test
    void anUnchangedPageComesFromTheCacheAndAChangedOneIsAuditedAgain() throws IOException {
        AuditResults first = audit(request());
        assertThat(first.pages()).extracting(AuditResults.PageResult::path).containsExactly("index.html", "broken.html");
        assertThat(first.cachedPageCount()).isZero();
        assertThat(first.pages().get(0).problems()).isEmpty();
        assertThat(first.pages().get(1).problems()).extracting(p -> p.mode() + " " + p.rule())
                .containsExactlyInAnyOrder("LIGHT image-alt", "DARK image-alt");
        assertThat(progress.get(0)).contains("2 ページ × 2 表示", "ブラウザーで試験するのは 2 ページ", "前回の結果を使うのは 0 ページ");

        // Nothing changed: no browser session is needed (this ChromeDriver cannot start one) and the dates are kept.
        progress.clear();
        AuditResults second = audit(request().withBrowser(AuditRequest.DEFAULT_CHROMIUM, Path.of("/bin/false")));
        assertThat(second.cachedPageCount()).isEqualTo(2);
        assertThat(second.pages()).extracting(AuditResults.PageResult::fromCache).containsExactlyElementsOf(
                first.pages().stream().map(AuditResults.PageResult::fromCache).toList());
        assertThat(second.browser()).isEqualTo(first.browser());
        assertThat(second.axeVersion()).isEqualTo(first.axeVersion());
        assertThat(progress).singleElement().asString().contains("ブラウザーで試験するのは 0 ページ", "前回の結果を使うのは 2 ページ");

        // The style sheet every page loads changed: both pages are audited again, and the new problem is found.
        write("assets/site.css", "body { color: #222; background: #fff; } .note { color: #c8c8c8; }");
        AuditResults third = audit(request());
        assertThat(third.cachedPageCount()).isZero();
        assertThat(third.pages().get(0).problems()).extracting(AuditResults.Problem::rule).contains("color-contrast");

        // One page changed: only that page is audited again.
        write("broken.html", PAGE.formatted("お知らせ", "お知らせ", "<img src=\"photo.svg\" width=\"20\" height=\"20\" alt=\"写真\">"));
        AuditResults fourth = audit(request());
        assertThat(fourth.pages()).extracting(AuditResults.PageResult::cached).containsExactly(true, false);
        assertThat(fourth.pages().get(1).problems()).extracting(AuditResults.Problem::rule).doesNotContain("image-alt");
        assertThat(fourth.pages().get(0).testedAt()).isEqualTo(third.pages().get(0).testedAt());

        // An image the page shows changed: that page is audited again.
        write("photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><circle r=\"9\"/></svg>");
        assertThat(audit(request()).pages()).extracting(AuditResults.PageResult::cached).containsExactly(true, false);
    }

    /**
     * Publishing rewrites the report pages; a run after it with nothing changed — the site built again, or not —
     * opens no browser (this ChromeDriver cannot start) and publishes the last audit's results byte for byte, with
     * when each page was actually tested.
     */
    @Test
    void aRunWithNothingChangedRepublishesTheLastResultsWithoutABrowser() throws IOException {
        // the report's tables and links, styled as a theme would (wide tables scroll in their region)
        write("assets/report.css", "a { color: #0645ad; } .table-wrap { overflow-x: auto; } body { overflow-wrap: anywhere; }"
                + " @media (prefers-color-scheme: dark) { a { color: #9cf; } }");
        String built = PAGE.formatted("試験結果", "試験結果", TestReport.BEGIN + TestReport.untested() + TestReport.END)
                .replace("<link rel=\"stylesheet\" href=\"assets/site.css\">",
                        "<link rel=\"stylesheet\" href=\"../assets/site.css\"><link rel=\"stylesheet\" href=\"../assets/report.css\">");
        write(TestReport.PAGE, built);
        AuditResults first = SiteAuditor.auditAndPublish(request());
        String published = Files.readString(site.resolve(TestReport.PAGE), UTF_8);
        String json = Files.readString(site.resolve(TestReport.RESULTS_JSON), UTF_8);
        assertThat(first.cachedPageCount()).isZero();
        assertThat(published).contains(TestReport.when(first.startedAt()));

        // audited again as it is, then built again: the report pages as published, then as built
        for (boolean rebuilt : List.of(false, true)) {
            if (rebuilt) {
                write(TestReport.PAGE, built);
            }
            progress.clear();
            AuditResults again = SiteAuditor.auditAndPublish(request().withBrowser(AuditRequest.DEFAULT_CHROMIUM, Path.of("/bin/false")));
            assertThat(again.cachedPageCount()).as("rebuilt: " + rebuilt).isEqualTo(3);
            assertThat(progress).anySatisfy(line -> assertThat(line).contains("ブラウザーで試験するのは 0 ページ"))
                    .anySatisfy(line -> assertThat(line).contains("前回の試験", "そのまま載せます"));
            assertThat(Files.readString(site.resolve(TestReport.PAGE), UTF_8)).as("rebuilt: " + rebuilt).isEqualTo(published);
            assertThat(Files.readString(site.resolve(TestReport.RESULTS_JSON), UTF_8)).isEqualTo(json);
        }

        // one page changed: it is tested again, and the report says when
        write("index.html", PAGE.formatted("ホーム", "ホーム", "<p>新しいお知らせ</p>"));
        write(TestReport.PAGE, built);
        AuditResults third = SiteAuditor.auditAndPublish(request());
        assertThat(third.pages()).extracting(AuditResults.PageResult::path, AuditResults.PageResult::cached)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestReport.PAGE, true),
                        org.assertj.core.groups.Tuple.tuple("broken.html", true), org.assertj.core.groups.Tuple.tuple("index.html", false));
        assertThat(Files.readString(site.resolve(TestReport.PAGE), UTF_8)).isNotEqualTo(published)
                .contains(TestReport.when(third.startedAt()), "（前回の結果）");
    }

    @Test
    void aCorruptedCacheFileIsIgnoredAndThePageAuditedAgain() throws IOException {
        audit(request());
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.toList();
        }
        assertThat(files).hasSize(2);
        for (Path file : files) {
            String text = Files.readString(file, UTF_8);
            if (text.contains("broken.html")) {
                Files.writeString(file, text.replace("image-alt", "image-ok!"), UTF_8);
            }
        }

        AuditResults again = audit(request());

        assertThat(again.pages()).extracting(AuditResults.PageResult::cached).containsExactly(true, false);
        assertThat(again.pages().get(1).problems()).extracting(AuditResults.Problem::rule).containsOnly("image-alt");
    }

    @Test
    void withoutACacheEveryPageIsAuditedAndNothingIsKept() {
        AuditResults results = audit(request().withoutCache());
        assertThat(results.cachedPageCount()).isZero();
        assertThat(folder).doesNotExist();
        assertThat(progress.get(0)).contains("キャッシュなし");
    }

    @Test
    void aBrowserThatCannotStartFailsInJapaneseWhenAPageNeedsIt() {
        assertThatThrownBy(() -> audit(request().withBrowser(AuditRequest.DEFAULT_CHROMIUM, Path.of("/bin/false"))))
                .isInstanceOf(AuditException.class).hasMessageContaining("Chromium を起動できませんでした");
    }

    /** One browser: two small pages need no second one (the cache does not depend on how many browsers audit). */
    private AuditRequest request() {
        return AuditRequest.of(site).withModes(List.of(AuditMode.LIGHT, AuditMode.DARK)).withCache(folder).withWorkers(1)
                .withProgress(progress::add);
    }

    private AuditResults audit(AuditRequest request) {
        return SiteAuditor.audit(request, List.of("index.html", "broken.html"));
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }
}
