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
 * @param override  a progress status an editor set instead of the computed one, with the reason, may be empty
 */
public record Actual(String indicator, BigDecimal value, Optional<String> note, Optional<StatusOverride> override) {
    /**
     * Validates the parts.
     *
     * @param indicator  the indicator id, not null
     * @param value  the value, not null
     * @param note  a remark, may be empty
     * @param override  a progress status an editor set instead of the computed one, with the reason, may be empty
     */
    public Actual {
        Checks.id(indicator, "indicator");
        Checks.notNull(value, "value");
        Checks.notNull(note, "note");
        Checks.notNull(override, "override");
    }

    /**
     * Creates an actual whose progress status is computed.
     *
     * @param indicator  the indicator id, not null
     * @param value  the value, not null
     * @param note  a remark, may be empty
     */
    public Actual(String indicator, BigDecimal value, Optional<String> note) {
        this(indicator, value, note, Optional.empty());
    }
}
