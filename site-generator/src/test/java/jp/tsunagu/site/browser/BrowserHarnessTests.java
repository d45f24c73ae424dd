package jp.tsunagu.site.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * Tests of the test harness: axe must pass a good page and catch a bad one, with JavaScript on and off.
 */
@BrowserTest
class BrowserHarnessTests {

    private static StaticServer server;

    enum JavaScript {
        ON, OFF;

        void open(Browser browser, URI page) {
            if (this == ON) {
                browser.open(page);
            } else {
                browser.openWithoutJavaScript(page);
            }
        }
    }

    @BeforeAll
    static void serveFixtures() throws URISyntaxException {
        server = StaticServer.serve(Path.of(BrowserHarnessTests.class.getResource("/browser").toURI()));
    }

    @AfterAll
    static void stopServing() {
        server.close();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void findsNoViolationOnAGoodPage(JavaScript javaScript, Browser browser) {
        javaScript.open(browser, server.uriOf("good.html"));

        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
        assertThat(browser.driver().findElement(By.id("js-status")).getText())
                .isEqualTo(javaScript == JavaScript.ON ? "JavaScript が動いています。" : "JavaScript を使わずに読めます。");
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @EnumSource(JavaScript.class)
    void reportsMissingAltTextAndLowContrastOnABadPage(JavaScript javaScript, Browser browser) {
        javaScript.open(browser, server.uriOf("bad.html"));

        AxeReport report = Axe.wcag22aa().audit(browser.driver());

        assertThat(report.ruleIds()).contains("image-alt", "color-contrast");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(report::assertNoViolations)
                .withMessageContaining("image-alt (critical)")
                .withMessageContaining("color-contrast (serious)");
    }

    @Test
    void findsNoViolationOnAGoodPageInDarkMode(Browser browser) {
        browser.emulateColorScheme(Browser.ColorScheme.DARK);
        browser.openWithoutJavaScript(server.uriOf("good.html"));

        assertThat(browser.driver().findElement(By.tagName("body")).getCssValue("background-color"))
                .isEqualTo("rgba(18, 18, 18, 1)");
        Axe.wcag22aa().audit(browser.driver()).assertNoViolations();
    }

    @Test
    void failsInsteadOfPassingWhenAxeCannotRun(Browser browser) {
        browser.setJavaScriptEnabled(false);
        browser.driver().get(server.uriOf("bad.html").toString());

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> Axe.wcag22aa().withTimeout(Duration.ofSeconds(3)).audit(browser.driver()))
                .withMessageStartingWith("axe did not finish on " + server.uriOf("bad.html"));
    }

    @Test
    void opensPagesWithJapaneseNames(Browser browser) {
        browser.open(server.uriOf("用語/情報.html"));

        assertThat(browser.driver().getTitle()).isEqualTo("情報 | 用語集");
    }
}
