package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * One page of every kind of the sample city's site (home, policy, viewpoints, initiatives, action plans and their
 * filter pages, reviews, governance, glossary, references, free pages, search, さくいん, site map, 404, history,
 * accessibility, open data), and every variant (furigana, English, easy Japanese, easy Japanese with furigana, Chinese
 * (simplified), Vietnamese) on its home, policy, viewpoint and free pages and its two largest pages
 * ({@link SitePages#sampled}: a variant changes a page's text, not its template), built by the real pipeline and served over HTTP (so Japanese file names travel as percent-encoded URLs), passes
 * axe's WCAG 2.0, 2.1 and 2.2 A and AA rules in light and dark colour schemes with JavaScript on (here) and off
 * ({@link SiteAccessibilityWithoutJavaScriptTests}: the two halves are separate classes so that the two failsafe
 * JVMs share the work). All violations of all pages are reported in one message.
 * <p>
 * The pages of a kind come from one template with different content, so one page of each (the largest) finds what
 * the template gets wrong, and a variant's few pages what its text (a language, ruby) does to the templates; what content alone gets wrong is the city's audit's to find: the city's own site
 * ({@code content/}) is audited in the same {@code mvn verify} by {@code tsunagu:audit} (content/pom.xml), every
 * page in light, dark, more-contrast and forced-colors display, failing the build on any problem and publishing
 * the results as the site's test report.
 */
@BrowserTest
class SiteAccessibilityTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.SAMPLE})
    void everyKindOfPageHasNoWcagViolationWithJavaScriptInEitherScheme(String name, Browser browser) {
        Audited audited = audit(name, browser, "JavaScript on", SiteAudit::axeWithJavaScript);
        assertThat(audited.findings()).withFailMessage(audited::report).isEmpty();
    }

    /**
     * What {@link #audit} found.
     *
     * @param findings  every violation, empty when the pages pass
     * @param report    the findings as a failure message, naming the pages and modes
     */
    record Audited(List<Finding> findings, String report) {
    }

    /** One half of the modes of {@link SiteAudit#axe}. */
    @FunctionalInterface
    interface AxeModes {
        List<Finding> audit(Browser browser, StaticServer server, List<String> pages);
    }

    /**
     * Audits the representative pages of a content set with axe in some of the modes; the caller asserts that nothing
     * was found.
     *
     * @param name    the content set, {@link BuiltSites#SAMPLE}
     * @param browser the browser, not null
     * @param modes   the modes' description, such as {@code JavaScript on}
     * @param axe     the audit of those modes
     * @return the violations found and their report, not null
     */
    static Audited audit(String name, Browser browser, String modes, AxeModes axe) {
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.sampled(site, true);
        assertThat(pages).as("pages of %s", name).hasSizeGreaterThan(SitePages.KINDS.size())
                .contains("index.html", "index.furigana.html", "index.en.html", "index.easy.html", "index.easy.furigana.html",
                        "index.zh-Hans.html", "index.vi.html", "viewpoints/A.zh-Hans.html", "viewpoints/A.vi.html", "404.html",
                        "search.html?q=情報");
        assertThat(Axe.TAGS).contains("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = axe.audit(browser, server, pages);
        }

        return new Audited(findings, Finding.report("axe " + Axe.TAGS + " on " + name + " (" + pages.size() + " pages × "
                + "light and dark, " + modes + ")", findings));
    }

    /**
     * The pages of lists split into pages (their navigation ページ送り): the largest second-or-later page of a
     * generated site with long lists ({@link BuiltSites#CORPUS}), in the original: its furigana copy, a list of links
     * with ruby like the さくいん row of the sample city's furigana pages ({@link SitePages#sampled}), is not audited
     * again (of all pages the largest, about 240 kB, and the slowest for axe).
     */
    @org.junit.jupiter.api.Test
    void pagesOfListsSplitIntoPagesHaveNoWcagViolationInAnyMode(Browser browser) {
        Path site = BuiltSites.site(BuiltSites.CORPUS);
        List<String> pages = SitePages.representative(site, false).stream().filter(p -> p.contains("/page/"))
                .filter(p -> SitePages.variantOf(p).isEmpty()).toList();
        assertThat(pages).hasSize(1).allMatch(p -> p.matches(".+/page/\\d+\\.html"));

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = SiteAudit.axe(browser, server, pages);
        }

        assertThat(findings).withFailMessage(() -> Finding.report("axe " + Axe.TAGS + " on pages of split lists", findings))
                .isEmpty();
    }
}
