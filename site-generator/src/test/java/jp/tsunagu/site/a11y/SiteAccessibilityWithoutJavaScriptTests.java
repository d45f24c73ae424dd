package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;

/**
 * The other half of {@link SiteAccessibilityTests}: one page of every kind in every variant of the sample city's
 * site, as a browser without JavaScript shows it, passes axe's WCAG 2.0, 2.1 and 2.2 A and AA rules in light and
 * dark colour schemes.
 */
@BrowserTest
class SiteAccessibilityWithoutJavaScriptTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.SAMPLE})
    void everyKindOfPageHasNoWcagViolationWithoutJavaScriptInEitherScheme(String name, Browser browser) {
        SiteAccessibilityTests.Audited audited = SiteAccessibilityTests.audit(name, browser, "JavaScript off",
                SiteAudit::axeWithoutJavaScript);
        assertThat(audited.findings()).withFailMessage(audited::report).isEmpty();
    }
}
