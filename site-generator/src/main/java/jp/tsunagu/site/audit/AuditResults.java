package jp.tsunagu.site.audit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one audit of a built site found: when it ran, with which tools, in which display modes, and for every
 * page the problems found and the criteria the automated checks covered. Written next to the report page as
 * {@code accessibility/test-results.json} (see {@link TestReport}).
 * <p>
 * The results say what automated checks can say: that a rule found a problem, that it found none where it
 * applied, or that it could not decide. They never say that a page conforms to a criterion.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param startedAt      when the audit started, ISO 8601 with offset, such as {@code 2026-11-24T15:36:51+09:00}, not null
 * @param finishedAt     when it finished, same form, not null
 * @param durationMillis how long it took, in milliseconds
 * @param browser        the browser and its version, such as {@code Chromium 156.0.7661.1}, not null
 * @param axeVersion     the version of axe-core that ran, such as {@code 4.11.0}, not null
 * @param axeTags        the axe rule tags run, such as {@code wcag2a}, not null
 * @param reflowWidth    the viewport width of the reflow check, in CSS px
 * @param modes          the display modes every page was audited in, not null
 * @param pages          every page audited, in the order asked for, not null; a page whose results were reused
 *                       from an earlier audit ({@link PageResult#cached()}) says when it was tested
 */
public record AuditResults(String startedAt, String finishedAt, long durationMillis, String browser, String axeVersion,
        List<String> axeTags, int reflowWidth, List<AuditMode> modes, List<PageResult> pages) {

    /**
     * Copies the lists.
     *
     * @param startedAt      when the audit started, ISO 8601 with offset, such as {@code 2026-11-24T15:36:51+09:00}, not null
     * @param finishedAt     when it finished, same form, not null
     * @param durationMillis how long it took, in milliseconds
     * @param browser        the browser and its version, such as {@code Chromium 156.0.7661.1}, not null
     * @param axeVersion     the version of axe-core that ran, such as {@code 4.11.0}, not null
     * @param axeTags        the axe rule tags run, such as {@code wcag2a}, not null
     * @param reflowWidth    the viewport width of the reflow check, in CSS px
     * @param modes          the display modes every page was audited in, not null
     * @param pages          every page audited, in path order, not null
     */
    public AuditResults {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(axeVersion, "axeVersion");
        axeTags = List.copyOf(axeTags);
        modes = List.copyOf(modes);
        pages = List.copyOf(pages);
    }

    /**
     * Counts the problems of every page.
     *
     * @return the number of problems, zero or more
     */
    public int problemCount() {
        return pages.stream().mapToInt(p -> p.problems().size()).sum();
    }

    /**
     * Counts the pages whose results were reused from an earlier audit instead of tested in the browser again.
     *
     * @return the number of pages, zero or more
     */
    public int cachedPageCount() {
        return (int) pages.stream().filter(PageResult::cached).count();
    }

    /**
     * Tells whether another audit found the same, page by page: the same pages, tested when and found what these
     * were, in the same modes with the same rules, whether or not either reused results from an earlier audit.
     *
     * @param other the other audit's results, not null
     * @return true if they differ at most in when the audits ran and which results each reused
     */
    public boolean sameFindings(AuditResults other) {
        return axeTags.equals(other.axeTags) && reflowWidth == other.reflowWidth && modes.equals(other.modes)
                && pages.stream().map(PageResult::fromCache).toList().equals(other.pages.stream().map(PageResult::fromCache).toList());
    }

    /**
     * The results of one page.
     *
     * @param path      the page, relative to the site root, such as {@code pages/お知らせ.html}, not null
     * @param title     the page's title as the browser shows it, not null
     * @param testedAt  when the page was tested in the browser, ISO 8601 with offset, not null
     * @param cached    whether these results were reused from an earlier audit of the same page, tools and
     *                  rules ({@link AuditCache}) instead of tested again
     * @param problems  what was found, not null, empty for a page without findings
     * @param checked   the numbers of the criteria whose automated rules applied to the page (found a problem
     *                  or passed), not null
     * @param undecided the numbers of the criteria for which axe could not decide and a person must look,
     *                  not null
     */
    public record PageResult(String path, String title, String testedAt, boolean cached, List<Problem> problems, Set<String> checked,
            Set<String> undecided) {

        /**
         * Copies the collections, sorting the numbers.
         *
         * @param path      the page, relative to the site root, such as {@code pages/お知らせ.html}, not null
         * @param title     the page's title as the browser shows it, not null
         * @param testedAt  when the page was tested in the browser, ISO 8601 with offset, not null
         * @param cached    whether these results were reused from an earlier audit
         * @param problems  what was found, not null, empty for a page without findings
         * @param checked   the numbers of the criteria whose automated rules applied to the page (found a problem
         *                  or passed), not null
         * @param undecided the numbers of the criteria for which axe could not decide and a person must look,
         *                  not null
         */
        public PageResult {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(testedAt, "testedAt");
            problems = List.copyOf(problems);
            checked = sorted(checked);
            undecided = sorted(undecided);
        }

        /**
         * Returns a copy marked as reused from an earlier audit.
         *
         * @return the copy, not null
         */
        public PageResult fromCache() {
            return new PageResult(path, title, testedAt, true, problems, checked, undecided);
        }

        private static Set<String> sorted(Set<String> numbers) {
            TreeSet<String> set = new TreeSet<>(Criterion::compareNumbers);
            set.addAll(numbers);
            return java.util.Collections.unmodifiableSortedSet(set);
        }
    }

    /**
     * One problem found on one page in one mode.
     *
     * @param mode     the display mode, not null
     * @param checker  what found it: {@code axe-core} or {@code reflow}, not null
     * @param rule     the rule, such as {@code color-contrast}, not null
     * @param criteria the numbers of the criteria the rule belongs to, such as {@code 1.4.3}, not null, may be empty
     * @param impact   axe's impact, such as {@code serious}, or empty, not null
     * @param help     what the rule asks for, not null
     * @param targets  the elements concerned (CSS selectors or short descriptions), not null
     */
    public record Problem(AuditMode mode, String checker, String rule, List<String> criteria, String impact, String help,
            List<String> targets) {

        /**
         * Copies the lists.
         *
         * @param mode     the display mode, not null
         * @param checker  what found it: {@code axe-core} or {@code reflow}, not null
         * @param rule     the rule, such as {@code color-contrast}, not null
         * @param criteria the numbers of the criteria the rule belongs to, such as {@code 1.4.3}, not null, may be empty
         * @param impact   axe's impact, such as {@code serious}, or empty, not null
         * @param help     what the rule asks for, not null
         * @param targets  the elements concerned (CSS selectors or short descriptions), not null
         */
        public Problem {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(checker, "checker");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(help, "help");
            criteria = List.copyOf(criteria);
            targets = List.copyOf(targets);
        }
    }
}
