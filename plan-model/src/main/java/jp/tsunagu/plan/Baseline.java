package jp.tsunagu.plan;

import java.math.BigDecimal;

/**
 * The value of an indicator in the year progress is measured from.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the fiscal year measured, not null
 * @param value  the value, not null
 */
public record Baseline(FiscalYear year, BigDecimal value) {
    /**
     * Validates the parts.
     *
     * @param year  the fiscal year measured, not null
     * @param value  the value, not null
     */
    public Baseline {
        Checks.notNull(year, "baseline year");
        Checks.notNull(value, "baseline value");
    }
}
