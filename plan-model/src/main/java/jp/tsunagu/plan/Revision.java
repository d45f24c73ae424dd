package jp.tsunagu.plan;

import java.time.LocalDate;

/**
 * A dated revision of the basic policy.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the date of the revision, not null
 * @param summary  what changed, not null
 */
public record Revision(LocalDate date, String summary) {
    /**
     * Validates the parts.
     *
     * @param date  the date of the revision, not null
     * @param summary  what changed, not null
     */
    public Revision {
        Checks.notNull(date, "revision date");
        Checks.notBlank(summary, "revision summary");
    }
}
