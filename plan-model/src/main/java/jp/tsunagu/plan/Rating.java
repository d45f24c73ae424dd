package jp.tsunagu.plan;

import java.util.Optional;

/**
 * One grade of a rating scale, such as {@code A 目標を上回った}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the code written in action plan entries, not null
 * @param label  the short label, not null
 * @param description  the longer description, may be empty
 */
public record Rating(String code, String label, Optional<String> description) {
    /**
     * Validates the parts.
     *
     * @param code  the code written in action plan entries, not null
     * @param label  the short label, not null
     * @param description  the longer description, may be empty
     */
    public Rating {
        Checks.notBlank(code, "rating code");
        Checks.notBlank(label, "rating label");
        Checks.notNull(description, "description");
    }
}
