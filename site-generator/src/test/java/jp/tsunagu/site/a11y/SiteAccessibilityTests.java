package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserExtension;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Every page of the sample city's site, furigana and language variants included, built by the real pipeline and
 * served over HTTP (so Japanese file names travel as percent-encoded URLs), passes axe's WCAG 2.0, 2.1 and 2.2 A
 * and AA rules in light and dark colour schemes, with JavaScript on and off. All violations of all pages are
 * reported in one message.
 * <p>
 * The city's own site ({@code content/}) is audited in the same {@code mvn verify} by {@code tsunagu:audit}
 * (content/pom.xml): every page in light, dark, more-contrast and forced-colors display, failing the build on any
 * problem and publishing the results as the site's test report. Auditing it here again would double the longest
 * part of the run for no new finding.
 */
@ExtendWith(BrowserExtension.class)
class SiteAccessibilityTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.SAMPLE})
    void everyPageHasNoWcagViolationInAnyMode(String name, Browser browser) {
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.audited(site);
        assertThat(pages).as("pages of %s", name).hasSizeGreaterThan(30).contains("index.html", "404.html",
                "pages/お知らせ.html", "pages/お知らせ.furigana.html", "pages/お知らせ.en.html", "index.easy.html");
        assertThat(Axe.TAGS).contains("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = SiteAudit.axe(browser, server, pages);
        }

        assertThat(findings)
                .withFailMessage(() -> Finding.report("axe " + Axe.TAGS + " on " + name + " (" + pages.size() + " pages × "
                        + SiteAudit.Mode.values().length + " modes)", findings))
                .isEmpty();
    }
}
