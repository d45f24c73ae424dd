package jp.tsunagu.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The action plan (アクションプラン) of one fiscal year: one entry per initiative, checked and updated yearly.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fiscalYear  the fiscal year, not null
 * @param title  the title, not null
 * @param published  the publication date, may be empty
 * @param ratingScale  the scale entries are rated on, not null
 * @param entries  the entries ordered by initiative id, not null, may be empty
 * @param body  an overview, not null
 */
public record ActionPlan(
        FiscalYear fiscalYear,
        String title,
        Optional<LocalDate> published,
        RatingScale ratingScale,
        List<ActionPlanEntry> entries,
        MarkdownBody body) {

    /**
     * Validates the parts; each entry must be of this year and each initiative may appear once.
     *
     * @param fiscalYear  the fiscal year, not null
     * @param title  the title, not null
     * @param published  the publication date, may be empty
     * @param ratingScale  the scale entries are rated on, not null
     * @param entries  the entries ordered by initiative id, not null, may be empty
     * @param body  an overview, not null
     */
    public ActionPlan {
        Checks.notNull(fiscalYear, "fiscalYear");
        Checks.notBlank(title, "title");
        Checks.notNull(published, "published");
        Checks.notNull(ratingScale, "ratingScale");
        entries = Checks.list(entries, "entries").stream()
                .sorted(Comparator.comparing(ActionPlanEntry::initiative)).toList();
        for (int i = 0; i < entries.size(); i++) {
            ActionPlanEntry e = entries.get(i);
            if (!e.fiscalYear().equals(fiscalYear)) {
                throw new PlanModelException("Invalid action plan " + fiscalYear.year() + ": entry for '"
                        + e.initiative() + "' is of " + e.fiscalYear().year());
            }
            if (i > 0 && entries.get(i - 1).initiative().equals(e.initiative())) {
                throw new PlanModelException("Invalid action plan " + fiscalYear.year() + ": initiative '"
                        + e.initiative() + "' has two entries");
            }
        }
        Checks.notNull(body, "body");
    }

    /**
     * Finds the entry of an initiative.
     *
     * @param initiativeId  the initiative id, not null
     * @return the entry, empty if the initiative is not in this year's plan
     */
    public Optional<ActionPlanEntry> entry(String initiativeId) {
        return entries.stream().filter(e -> e.initiative().equals(initiativeId)).findFirst();
    }
}
