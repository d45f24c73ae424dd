package jp.tsunagu.site.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * axe as the audit installs it keeps the boxes of each element's text and the stacks of elements under them
 * ({@link SiteAuditor#withKeptGeometry}) from a page's first mode for its later modes that render as the first: in a
 * real Chromium, on the page of colour situations of {@link SiteAuditorColourFieldsTests} (overlapping, positioned,
 * translucent and blended boxes), the style rules in the dark, more-contrast and forced-colors modes compute with the
 * kept values exactly what they compute on a fresh load of the page in that mode (every result type, with each node's
 * colours, contrast ratios and related nodes), and the kept values were used.
 * <p>
 * Tagged {@link BrowserTest}: it starts Chromium, so failsafe runs it with the other browser tests.
 */
@BrowserTest
class SiteAuditorKeptGeometryTests {

    /**
     * Runs the given rules with every result type, with the first mode's kept geometry when {@code kept}; answers the
     * results as JSON text and how many text boxes and stacks were kept.
     */
    private static final String RUN_RULES = """
            const [rules, kept] = arguments;
            const done = arguments[arguments.length - 1];
            const geometry = kept ? window.__tsunaguRendered.geometry : null;
            window.__tsunaguGeometry = geometry;
            axe.run(document, {runOnly: {type: 'rule', values: rules}})
              .then(result => { window.__tsunaguGeometry = null;
                  done([JSON.stringify(['violations', 'passes', 'incomplete', 'inapplicable'].map(type => result[type])),
                      geometry && geometry.rects ? geometry.rects.size : 0, geometry && geometry.stacks ? geometry.stacks.size : 0]); })
              .catch(error => done(['error ' + error, 0, 0]));
            """;

    @TempDir
    Path site;

    @Test
    void theShippedAxeIsChangedWhereItsTextBoxesAndStacksAreMade() {
        String axe = Axe.source();
        String installed = SiteAuditor.withKeptGeometry(axe);

        assertThat(installed).isNotEqualTo(axe).startsWith("var __tsunaguKeep")
                .contains("__tsunaguKeep(\"rects\",e,function(){", "__tsunaguKeep(\"stacks\",e,function(){");
        assertThat(SiteAuditor.installedAxe(axe)).contains("__tsunaguKeep(\"rects\"", "__tsunaguKeep(\"stacks\"");
        // A source without those functions (another axe build) is left as it is.
        assertThat(SiteAuditor.withKeptGeometry("var Qc=function(e){return[]};")).isEqualTo("var Qc=function(e){return[]};");
    }

    @Test
    void theStyleRulesWithTheFirstModesGeometryFindWhatAFreshLoadFinds() throws IOException {
        SiteAuditorColourFieldsTests.writeColourPage(site);
        String installed = SiteAuditor.installedAxe(Axe.source());
        try (StaticServer server = StaticServer.serve(site); Browser browser = Browser.start()) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
            for (AuditMode mode : List.of(AuditMode.DARK, AuditMode.MORE_CONTRAST, AuditMode.FORCED_COLORS)) {
                browser.emulateMedia(AuditMode.LIGHT.features());
                browser.open(server.uriOf("index.html"));
                browser.driver().executeScript(installed);
                Map<?, ?> light = (Map<?, ?>) browser.driver().executeAsyncScript(SiteAuditor.axeRunScript(), SiteAuditor.AXE_TAGS,
                        AuditMode.LIGHT.features(), true, SiteAuditor.STYLE_RULES);
                assertThat(light.get("rules")).isEqualTo("all");
                browser.emulateMedia(mode.features());
                Map<?, ?> later = (Map<?, ?>) browser.driver().executeAsyncScript(SiteAuditor.axeRunScript(), SiteAuditor.AXE_TAGS,
                        mode.features(), false, SiteAuditor.STYLE_RULES);
                assertThat(later.get("rules")).as("the page renders in %s as in light", mode).isEqualTo("style");
                assertThat(later.get("geometry")).as("the first mode's geometry used in %s", mode).isEqualTo(true);
                List<?> kept = (List<?>) browser.driver().executeAsyncScript(RUN_RULES, SiteAuditor.STYLE_RULES, true);

                browser.emulateMedia(mode.features());
                browser.open(server.uriOf("index.html"));
                browser.driver().executeScript(installed);
                List<?> fresh = (List<?>) browser.driver().executeAsyncScript(RUN_RULES, SiteAuditor.STYLE_RULES, false);

                assertThat(String.valueOf(fresh.get(0))).as("a fresh load in %s", mode).startsWith("[[")
                        .contains("\"color-contrast\"", "\"contrastRatio\"", "\"link-in-text-block\"", "\"relatedNodes\"");
                assertThat(((Number) kept.get(1)).intValue()).as("text boxes kept").isGreaterThan(10);
                assertThat(((Number) kept.get(2)).intValue()).as("stacks kept").isGreaterThan(10);
                assertThat(kept.get(0)).as("the style rules with the kept geometry in %s", mode).isEqualTo(fresh.get(0));
            }
        }
    }
}
