package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The measured value of an indicator in one fiscal year's action plan entry.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param indicator  the indicator id, not null
 * @param value  the value, not null
 * @param note  a remark, may be empty
 */
public record Actual(String indicator, BigDecimal value, Optional<String> note) {
    /**
     * Validates the parts.
     *
     * @param indicator  the indicator id, not null
     * @param value  the value, not null
     * @param note  a remark, may be empty
     */
    public Actual {
        Checks.id(indicator, "indicator");
        Checks.notNull(value, "value");
        Checks.notNull(note, "note");
    }
}
