package jp.tsunagu.site.browser;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The violations axe found on one page.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param url        the address of the page audited, not null
 * @param violations the rules the page breaks, not null, empty for a clean page
 */
public record AxeReport(String url, List<Violation> violations) {

    /**
     * Copies the list of violations.
     */
    public AxeReport {
        Objects.requireNonNull(url, "url");
        violations = List.copyOf(violations);
    }

    /**
     * Returns the ids of the rules broken, such as {@code image-alt}.
     *
     * @return the rule ids in axe's order, not null, may be empty
     */
    public List<String> ruleIds() {
        return violations.stream().map(Violation::ruleId).toList();
    }

    /**
     * Fails unless the page has no violation, listing every one with the elements concerned.
     *
     * @throws AssertionError if there is a violation
     */
    public void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + url + ":\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    /**
     * One rule broken on the page.
     *
     * @param ruleId  the axe rule, such as {@code color-contrast}, not null
     * @param impact  axe's impact, such as {@code serious}, not null
     * @param help    what the rule asks for, not null
     * @param targets the CSS selectors of the elements that break it, not null
     */
    public record Violation(String ruleId, String impact, String help, List<String> targets) {

        /**
         * Copies the list of targets.
         */
        public Violation {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(help, "help");
            targets = List.copyOf(targets);
        }

        /**
         * Returns a line such as {@code image-alt (critical): Images must have alternative text: [img]}.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return ruleId + " (" + impact + "): " + help + ": " + targets;
        }
    }
}
