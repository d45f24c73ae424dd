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
 * Reflow (WCAG 1.4.10): at 320 CSS px one page of every kind in every variant of both content sets
 * ({@link SitePages#representative}: the largest of each) reads without sideways scrolling, at the default text size
 * and with the text 150 % larger and WCAG 1.4.12 text spacing on top; only data tables may scroll, inside their own
 * focusable, named region. Every page of the city is also checked at 320 CSS px by the city's own audit
 * ({@code tsunagu:audit} in content/pom.xml).
 */
@BrowserTest
class ReflowTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyKindOfPageReflowsAt320CssPixels(String name, Browser browser) {
        Path site = BuiltSites.site(name);
        List<String> pages = SitePages.representative(site, name.equals(BuiltSites.SAMPLE));
        assertThat(pages).hasSizeGreaterThan(30);

        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(site)) {
            findings = SiteAudit.reflow(browser, server, pages);
        }

        assertThat(findings)
                .withFailMessage(() -> Finding.report("reflow at " + SiteAudit.REFLOW_WIDTH + " CSS px on " + name
                        + " (" + pages.size() + " pages)", findings))
                .isEmpty();
    }
}
