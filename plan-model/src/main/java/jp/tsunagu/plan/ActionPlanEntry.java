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
 */
public record ActionPlanEntry(
        String initiative,
        FiscalYear fiscalYear,
        List<Actual> actuals,
        Optional<String> rating,
        Optional<String> nextDirection,
        MarkdownBody body) {

    /**
     * Validates and copies the parts.
     *
     * @param initiative  the initiative id, not null
     * @param fiscalYear  the fiscal year, not null
     * @param actuals  measured indicator values, not null, may be empty
     * @param rating  a code of the year's rating scale, may be empty
     * @param nextDirection  the next-year direction, such as 拡充, may be empty
     * @param body  plan, results and evaluation as prose, not null
     */
    public ActionPlanEntry {
        Checks.id(initiative, "initiative");
        Checks.notNull(fiscalYear, "fiscalYear");
        actuals = Checks.list(actuals, "actuals");
        Checks.notNull(rating, "rating");
        Checks.notNull(nextDirection, "nextDirection");
        Checks.notNull(body, "body");
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
