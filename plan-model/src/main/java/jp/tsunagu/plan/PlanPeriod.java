package jp.tsunagu.plan;

import java.util.Optional;

/**
 * The fiscal years an initiative runs, such as {@code PlanPeriod.of(2025, 2028)}, or open-ended from a year.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param start  the first fiscal year, not null
 * @param end  the last fiscal year, empty if open-ended
 */
public record PlanPeriod(FiscalYear start, Optional<FiscalYear> end) {
    /**
     * Validates the parts: the end may not precede the start.
     *
     * @param start  the first fiscal year, not null
     * @param end  the last fiscal year, empty if open-ended
     */
    public PlanPeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new PlanModelException("Invalid period: end " + end.get().year() + " precedes start " + start.year());
        }
    }

    /**
     * Obtains a closed period.
     *
     * @param startYear  the first fiscal year (western)
     * @param endYear  the last fiscal year (western)
     * @return the period, not null
     */
    public static PlanPeriod of(int startYear, int endYear) {
        return new PlanPeriod(FiscalYear.of(startYear), Optional.of(FiscalYear.of(endYear)));
    }

    /**
     * Obtains an open-ended period.
     *
     * @param startYear  the first fiscal year (western)
     * @return the period, not null
     */
    public static PlanPeriod from(int startYear) {
        return new PlanPeriod(FiscalYear.of(startYear), Optional.empty());
    }

    /**
     * Checks whether a fiscal year lies in the period.
     *
     * @param year  the fiscal year, not null
     * @return true if inside
     */
    public boolean contains(FiscalYear year) {
        return !year.isBefore(start) && end.map(e -> !year.isAfter(e)).orElse(true);
    }

    /**
     * Returns a copy with another end.
     *
     * @param endYear  the new last fiscal year, not null
     * @return the period, not null
     */
    public PlanPeriod withEnd(FiscalYear endYear) {
        return new PlanPeriod(start, Optional.of(endYear));
    }

    @Override
    public String toString() {
        return start.year() + "–" + end.map(e -> Integer.toString(e.year())).orElse("");
    }
}
