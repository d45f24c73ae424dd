package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Keyboard only (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): on one page of every kind in every variant of the sample city
 * ({@link SitePages#representative}: the largest of each, so the one with the most links and controls), pressing Tab
 * (real key events) reaches every visible link and control with a visible focus outline; the first Tab focuses the
 * skip link, shown on screen, and following it moves focus into {@code main}. What a page offers the keyboard comes
 * from its template (header, navigation, reading tools, skip link, tables' scroll regions); content adds only what
 * the Markdown renderer's safelist lets through: links, {@code details} (whose summary the browser focuses) and
 * tables, which the renderer wraps in a focusable region like the templates' tables; no {@code tabindex}, style or
 * handler passes the safelist, and the same style sheet draws every focus outline.
 * <p>
 * The city's site ({@code content/}) is not pressed through: it uses the same templates and style sheet (it overrides
 * none) on content of links and prose only, and the sample city is made to show every kind of page and every variant
 * ({@code SitePagesTests}), with a Markdown table in its largest free page. Every page of the city is audited by
 * {@code tsunagu:audit} (axe's keyboard rules among them: scrollable regions focusable, no nested controls).
 * <p>
 * The furigana variants ({@code x.furigana.html}) are left out: the enrich stage adds ruby to their text and changes
 * no link or control, so they have the same things to reach as their plain pages (their links, toggle and axe
 * results are covered by FuriganaSiteTests, FuriganaBrowserTests and the audits).
 */
@BrowserTest
class KeyboardReachTests {

    @Test
    void tabReachesEveryLinkAndTheSkipLinkLeadsToMain(Browser browser) {
        String name = BuiltSites.SAMPLE;
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.representative(site, true).stream()
                .filter(p -> !p.contains(".furigana.html")).toList();
        assertThat(pages).hasSizeGreaterThan(20).contains("index.html", "sakuin.html", "search.html?q=情報");

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = SiteAudit.keyboard(browser, server, pages);
        }

        assertThat(findings)
                .withFailMessage(() -> Finding.report("keyboard reach on " + name + " (" + pages.size() + " pages)", findings))
                .isEmpty();
    }
}
