package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A target value of an indicator for one fiscal year, as decided on a date.
 * <p>
 * A target set again later for the same year supersedes the earlier one, which stays as history.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the fiscal year the target is for, not null
 * @param value  the target value, not null
 * @param decided  the date the target was set, not null
 * @param note  why it was set or changed, may be empty
 */
public record Target(FiscalYear year, BigDecimal value, LocalDate decided, Optional<String> note) {
    /**
     * Validates the parts.
     *
     * @param year  the fiscal year the target is for, not null
     * @param value  the target value, not null
     * @param decided  the date the target was set, not null
     * @param note  why it was set or changed, may be empty
     */
    public Target {
        Checks.notNull(year, "target year");
        Checks.notNull(value, "target value");
        Checks.notNull(decided, "decided");
        Checks.notNull(note, "note");
    }
}
