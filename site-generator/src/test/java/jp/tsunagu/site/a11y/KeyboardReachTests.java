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
 * Keyboard only (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): on every page of both content sets, pressing Tab
 * (real key events) reaches every visible link and control with a visible focus outline; the first
 * Tab focuses the skip link, shown on screen, and following it moves focus into {@code main}.
 * <p>
 * The furigana variants ({@code x.furigana.html}) are left out: the enrich stage adds ruby to their text and changes
 * no link or control, so they have the same things to reach as their plain pages (their links, toggle and axe
 * results are covered by FuriganaSiteTests, FuriganaBrowserTests and the audit of every page).
 */
@BrowserTest
class KeyboardReachTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void tabReachesEveryLinkAndTheSkipLinkLeadsToMain(String name, Browser browser) {
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.audited(site).stream().filter(p -> !p.contains(".furigana.html")).toList();
        assertThat(pages).hasSizeGreaterThan(30);

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = SiteAudit.keyboard(browser, server, pages);
        }

        assertThat(findings)
                .withFailMessage(() -> Finding.report("keyboard reach on " + name + " (" + pages.size() + " pages)", findings))
                .isEmpty();
    }
}
