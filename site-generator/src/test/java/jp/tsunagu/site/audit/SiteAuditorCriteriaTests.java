package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
