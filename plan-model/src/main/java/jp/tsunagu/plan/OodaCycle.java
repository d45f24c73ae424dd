package jp.tsunagu.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One turn of the OODA loop (Observe 観察 → Orient 情勢判断 → Decide 意思決定 → Act 行動): a fast decision taken
 * in the field, inside the yearly PDCA of the comprehensive plan.
 * <p>
 * A cycle belongs to an initiative or, when it has none, to the whole plan. A cycle that
 * {@linkplain #requiresPlanRevision() requires a plan revision} should be taken up by a later
 * {@link AnnualReview}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param title  the title, not null
 * @param initiative  the initiative id, empty for the whole plan
 * @param decisionLevel  the level that decided, not null
 * @param decidedBy  id of the governance body that decided, may be empty
 * @param requiresPlanRevision  whether the decision changes the plan
 * @param observed  the date of observation, not null
 * @param oriented  the date of orientation, not before observed
 * @param decided  the date of decision, not before oriented
 * @param acted  the date of action, not before decided, empty if not yet acted
 * @param body  the four steps as prose, not null
 */
public record OodaCycle(
        String id,
        String title,
        Optional<String> initiative,
        DecisionLevel decisionLevel,
        Optional<String> decidedBy,
        boolean requiresPlanRevision,
        LocalDate observed,
        LocalDate oriented,
        LocalDate decided,
        Optional<LocalDate> acted,
        MarkdownBody body) {

    /**
     * Validates the parts: the four dates must be in order.
     *
     * @param id  the id, not null
     * @param title  the title, not null
     * @param initiative  the initiative id, empty for the whole plan
     * @param decisionLevel  the level that decided, not null
     * @param decidedBy  id of the governance body that decided, may be empty
     * @param requiresPlanRevision  whether the decision changes the plan
     * @param observed  the date of observation, not null
     * @param oriented  the date of orientation, not before observed
     * @param decided  the date of decision, not before oriented
     * @param acted  the date of action, not before decided, empty if not yet acted
     * @param body  the four steps as prose, not null
     */
    public OodaCycle {
        Checks.id(id, "OODA cycle id");
        Checks.notBlank(title, "title");
        Checks.notNull(initiative, "initiative");
        Checks.notNull(decisionLevel, "decisionLevel");
        Checks.notNull(decidedBy, "decidedBy");
        Checks.notNull(observed, "observed");
        Checks.notNull(oriented, "oriented");
        Checks.notNull(decided, "decided");
        Checks.notNull(acted, "acted");
        Checks.notNull(body, "body");
        if (oriented.isBefore(observed) || decided.isBefore(oriented)
                || acted.map(a -> a.isBefore(decided)).orElse(false)) {
            throw new PlanModelException("Invalid OODA cycle '" + id + "': dates must be in order observed "
                    + observed + " ≤ oriented " + oriented + " ≤ decided " + decided
                    + acted.map(a -> " ≤ acted " + a).orElse(""));
        }
    }

    /**
     * Gets the date the cycle ended: the action, or the decision when not yet acted.
     *
     * @return the last date, not null
     */
    public LocalDate lastDate() {
        return acted.orElse(decided);
    }

    /**
     * Gets the fiscal year the cycle was decided in.
     *
     * @return the fiscal year, not null
     */
    public FiscalYear fiscalYear() {
        return FiscalYear.from(decided);
    }

    /**
     * Checks whether the cycle is about the whole plan rather than one initiative.
     *
     * @return true if plan-wide
     */
    public boolean isPlanWide() {
        return initiative.isEmpty();
    }
}
