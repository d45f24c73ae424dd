package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.browser.BrowserTest;

/**
 * What the audit reports besides problems, in a real Chromium: axe runs with full details for violations only
 * (the others' nodes are not needed, and building their selectors is most of axe's time on a large page), yet the
 * report's rows still come from every rule that passed ({@code checked}) and every rule that could not decide
 * ({@code undecided}), in every mode.
 * <p>
 * Tagged {@link BrowserTest}: it starts Chromium, so failsafe runs it with the other browser tests.
 */
@BrowserTest
class SiteAuditorCriteriaTests {

    @TempDir
    Path site;

    @Test
    void rulesThatPassedOrCouldNotDecideStillNameTheirCriteria() throws IOException {
        // Text on a gradient: axe cannot measure its contrast (color-contrast is "incomplete", 1.4.3 undecided); the
        // language, title and image alt text pass (3.1.1, 2.4.2, 1.1.1).
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>ホーム</title>
                <link rel="stylesheet" href="site.css"></head>
                <body><main><h1>ホーム</h1><p class="hero">グラデーションの上の文字。</p>
                <img src="photo.svg" alt="写真" width="20" height="20"></main></body></html>
                """, UTF_8);
        Files.writeString(site.resolve("site.css"), ".hero { color: #333; background-image: linear-gradient(#fff, #ccc); }", UTF_8);
        Files.writeString(site.resolve("photo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><rect width=\"20\" height=\"20\"/></svg>", UTF_8);

        AuditResults results = SiteAuditor.audit(AuditRequest.of(site).withModes(List.of(AuditMode.LIGHT, AuditMode.DARK)),
                List.of("index.html"));

        AuditResults.PageResult page = results.pages().get(0);
        assertThat(page.problems()).isEmpty();
        assertThat(page.checked()).contains("1.1.1", "2.4.2", "3.1.1", "1.4.10");
        assertThat(page.undecided()).contains("1.4.3");
    }

    /**
     * The later modes' shortcut (only the rules that read colours when a page renders as in its first mode) loses
     * nothing: a contrast problem of the dark scheme alone is found on a page that renders the same in every mode, and
     * controls without a name that only the more-contrast or the forced-colors CSS shows are found in those modes,
     * where every rule runs again. Each page is clean in the light mode, so nothing here is found by the first mode's
     * full run; and the progress line shows that the shortcut was taken exactly where the page rendered the same.
     */
    @Test
    void laterModesRunEveryRuleWhenThePageRendersDifferentlyAndTheColourRulesAlways() throws IOException {
        Files.writeString(site.resolve("dark.html"), page("ダーク", "dark.css",
                "<p class=\"note\">ダークのときだけ読みにくい文字。</p>"), UTF_8);
        Files.writeString(site.resolve("dark.css"), "@media (prefers-color-scheme: dark) { body { background: #000; color: #fff; }"
                + " .note { color: #222; } }", UTF_8);
        Files.writeString(site.resolve("shown.html"), page("表示", "shown.css",
                "<p>ふつうの段落。</p><div class=\"contrast\"><button type=\"button\"></button></div>"
                        + "<div class=\"forced\"><input type=\"text\"></div>"), UTF_8);
        Files.writeString(site.resolve("shown.css"), ".contrast, .forced { display: none; }"
                + " @media (prefers-contrast: more) { .contrast { display: block; } }"
                + " @media (forced-colors: active) { .forced { display: block; } }", UTF_8);
        List<String> progress = new ArrayList<>();

        AuditResults results = SiteAuditor.audit(AuditRequest.of(site).withWorkers(1).withProgress(progress::add),
                List.of("dark.html", "shown.html"));

        AuditResults.PageResult dark = results.pages().get(0);
        assertThat(dark.problems()).extracting(p -> p.mode() + " " + p.rule()).containsExactly("DARK color-contrast");
        AuditResults.PageResult shown = results.pages().get(1);
        assertThat(shown.problems()).extracting(p -> p.mode() + " " + p.rule())
                .contains("MORE_CONTRAST button-name", "FORCED_COLORS label")
                .noneMatch(p -> p.startsWith("LIGHT") || p.startsWith("DARK"));
        // dark.html: 3 later modes, all rendered as in light; shown.html: dark rendered the same, the other two not.
        assertThat(progress).anyMatch(line -> line.startsWith("2 番目以降の表示 6 回のうち 4 回は"));
    }

    private static String page(String title, String css, String body) {
        return """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>%s</title>
                <link rel="stylesheet" href="%s"></head>
                <body><main><h1>%s</h1>%s</main></body></html>
                """.formatted(title, css, title, body);
    }
}
