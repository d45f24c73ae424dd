package jp.tsunagu.plan;

import java.util.List;
import java.util.Optional;

/**
 * One initiative's row in a fiscal year's action plan: what was planned, what was achieved, its rating and
 * the direction for the next year.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param initiative  the initiative id, not null
 * @param fiscalYear  the fiscal year, not null
 * @param actuals  measured indicator values, not null, may be empty
 * @param rating  a code of the year's rating scale, may be empty
 * @param nextDirection  the next-year direction, such as 拡充, may be empty
 * @param body  plan, results and evaluation as prose, not null
 * @param override  the initiative's progress status for the year as an editor set it instead of the computed one,
 *                  with the reason, may be empty
 */
public record ActionPlanEntry(
        String initiative,
        FiscalYear fiscalYear,
        List<Actual> actuals,
        Optional<String> rating,
        Optional<String> nextDirection,
        MarkdownBody body,
        Optional<StatusOverride> override) {

    /**
     * Validates and copies the parts.
     *
     * @param initiative  the initiative id, not null
     * @param fiscalYear  the fiscal year, not null
     * @param actuals  measured indicator values, not null, may be empty
     * @param rating  a code of the year's rating scale, may be empty
     * @param nextDirection  the next-year direction, such as 拡充, may be empty
     * @param body  plan, results and evaluation as prose, not null
     * @param override  the initiative's progress status as an editor set it, with the reason, may be empty
     */
    public ActionPlanEntry {
        Checks.id(initiative, "initiative");
        Checks.notNull(fiscalYear, "fiscalYear");
        actuals = Checks.list(actuals, "actuals");
        Checks.notNull(rating, "rating");
        Checks.notNull(nextDirection, "nextDirection");
        Checks.notNull(body, "body");
        Checks.notNull(override, "override");
    }

    /**
     * Creates an entry whose progress status is computed from its actuals.
     *
     * @param initiative  the initiative id, not null
     * @param fiscalYear  the fiscal year, not null
     * @param actuals  measured indicator values, not null, may be empty
     * @param rating  a code of the year's rating scale, may be empty
     * @param nextDirection  the next-year direction, such as 拡充, may be empty
     * @param body  plan, results and evaluation as prose, not null
     */
    public ActionPlanEntry(String initiative, FiscalYear fiscalYear, List<Actual> actuals, Optional<String> rating,
            Optional<String> nextDirection, MarkdownBody body) {
        this(initiative, fiscalYear, actuals, rating, nextDirection, body, Optional.empty());
    }

    /**
     * Finds the actual value of an indicator.
     *
     * @param indicatorId  the indicator id, not null
     * @return the actual, empty if not reported
     */
    public Optional<Actual> actual(String indicatorId) {
        return actuals.stream().filter(a -> a.indicator().equals(indicatorId)).findFirst();
    }
}
