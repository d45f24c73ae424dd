package jp.tsunagu.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The yearly check of the plan (PDCA Check and Act) for one fiscal year, listing the OODA cycles it took up.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fiscalYear  the fiscal year reviewed, not null
 * @param reviewed  the date of the review, not null
 * @param oodaCycles  ids of the OODA cycles taken up, not null, may be empty
 * @param reviewedBy  id of the governance body that reviewed, may be empty
 * @param body  the check (評価) and act (改善) as prose, not null
 */
public record AnnualReview(
        FiscalYear fiscalYear,
        LocalDate reviewed,
        List<String> oodaCycles,
        Optional<String> reviewedBy,
        MarkdownBody body) {

    /**
     * Validates and copies the parts.
     *
     * @param fiscalYear  the fiscal year reviewed, not null
     * @param reviewed  the date of the review, not null
     * @param oodaCycles  ids of the OODA cycles taken up, not null, may be empty
     * @param reviewedBy  id of the governance body that reviewed, may be empty
     * @param body  the check (評価) and act (改善) as prose, not null
     */
    public AnnualReview {
        Checks.notNull(fiscalYear, "fiscalYear");
        Checks.notNull(reviewed, "reviewed");
        oodaCycles = Checks.list(oodaCycles, "oodaCycles");
        Checks.notNull(reviewedBy, "reviewedBy");
        Checks.notNull(body, "body");
    }

    /**
     * Checks whether the review took up a cycle.
     *
     * @param cycleId  the cycle id, not null
     * @return true if listed
     */
    public boolean tookUp(String cycleId) {
        return oodaCycles.contains(cycleId);
    }
}
