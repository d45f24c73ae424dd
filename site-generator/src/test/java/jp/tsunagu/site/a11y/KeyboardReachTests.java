package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Keyboard only (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): on one page of every kind in every variant of both content sets
 * ({@link SitePages#representative}: the largest of each, so the one with the most links and controls), pressing Tab
 * (real key events) reaches every visible link and control with a visible focus outline; the first Tab focuses the
 * skip link, shown on screen, and following it moves focus into {@code main}. What a page offers the keyboard comes
 * from its template (header, navigation, reading tools, skip link, tables' scroll regions); content adds only plain
 * links, which the browser always puts in the Tab order.
 * <p>
 * The furigana variants ({@code x.furigana.html}) are left out: the enrich stage adds ruby to their text and changes
 * no link or control, so they have the same things to reach as their plain pages (their links, toggle and axe
 * results are covered by FuriganaSiteTests, FuriganaBrowserTests and the audits).
 */
@BrowserTest
class KeyboardReachTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void tabReachesEveryLinkAndTheSkipLinkLeadsToMain(String name, Browser browser) {
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.representative(site, name.equals(BuiltSites.SAMPLE)).stream()
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
