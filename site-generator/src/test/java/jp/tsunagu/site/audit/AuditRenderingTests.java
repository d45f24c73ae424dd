package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps the shortcut of the audit's later modes in step with the axe-core it runs, from axe's own source (no browser):
 * in a mode that renders a page as its first mode did, only {@link SiteAuditor#STYLE_RULES} run again, and "renders
 * the same" is decided on the computed properties that {@code axe-run.js} records. So every property axe reads by
 * name must be recorded there, unless only the style rules' code reads it (colours, background images, text shadow
 * and decoration, generated content, font family: axe's colour functions, {@code link-in-text-block}, and
 * {@code isDataTable}'s rows' backgrounds); and every rule of the audit's tags that compares colours ({@code cat.color})
 * or asks {@code isDataTable} (its {@code data-table-matches}) must be a style rule. A new axe that reads another
 * property or adds such a rule fails here until the lists are looked at again.
 * <p>
 * Which rule reaches which property was traced in Chromium (every rule of the tags run alone on the city's pages with
 * {@code getPropertyValue} wrapped): outside the style rules, only {@code display}, {@code visibility},
 * {@code content-visibility}, {@code overflow-x/-y} ({@code scrollable-region-focusable}), the box and stacking
 * properties of {@code label} and {@code target-size}, all recorded.
 */
class AuditRenderingTests {

    /** Read by name in axe, but only by the style rules' code. */
    private static final Set<String> ONLY_STYLE_RULES_READ = Set.of("background-color", "background-image", "color",
            "-webkit-text-fill-color", "-webkit-text-stroke-color", "text-shadow", "text-decoration", "content", "font-family");

    @Test
    void everyPropertyAxeReadsIsRecordedUnlessOnlyTheStyleRulesReadIt() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("(?:getPropertyValue|getComputedStylePropertyValue)\\(\"([a-z-]+)\"\\)").matcher(axe());
        while (m.find()) {
            read.add(m.group(1));
        }
        assertThat(read).as("properties read by name in axe.min.js").hasSizeGreaterThan(30).contains("display", "color");

        Set<String> recorded = recorded();
        assertThat(read).allMatch(p -> recorded.contains(p) || ONLY_STYLE_RULES_READ.contains(p),
                "recorded by axe-run.js or read only by the style rules");
        assertThat(recorded).doesNotContainAnyElementsOf(ONLY_STYLE_RULES_READ);
    }

    @Test
    void everyRuleOfTheTagsThatComparesColoursOrAsksWhetherATableHoldsDataIsAStyleRule() throws IOException {
        Matcher rule = Pattern.compile("\\{id:\"([a-z0-9-]+)\",([^{}]*?)tags:\\[([^\\]]*)\\]").matcher(axe());
        Set<String> colourRules = new TreeSet<>();
        int rules = 0;
        while (rule.find()) {
            Set<String> tags = new TreeSet<>(Arrays.stream(rule.group(3).split(",")).map(t -> t.replace("\"", "")).toList());
            if (tags.contains("experimental") || tags.stream().noneMatch(SiteAuditor.AXE_TAGS::contains)) {
                continue;
            }
            rules++;
            if (tags.contains("cat.color") || rule.group(2).contains("matches:\"data-table")) {
                colourRules.add(rule.group(1));
            }
        }
        assertThat(rules).as("rules of the audit's tags").isGreaterThan(40);
        assertThat(colourRules).containsExactlyInAnyOrderElementsOf(SiteAuditor.STYLE_RULES);
    }

    private static Set<String> recorded() {
        Matcher list = Pattern.compile("const RENDERED = \\[([^\\]]*)\\]").matcher(SiteAuditor.axeRunScript());
        assertThat(list.find()).as("RENDERED in axe-run.js").isTrue();
        Set<String> recorded = new TreeSet<>();
        Matcher name = Pattern.compile("'([a-z-]+)'").matcher(list.group(1));
        while (name.find()) {
            recorded.add(name.group(1));
        }
        return recorded;
    }

    private static String axe() throws IOException {
        try (InputStream in = SiteAuditor.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the class path").isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
