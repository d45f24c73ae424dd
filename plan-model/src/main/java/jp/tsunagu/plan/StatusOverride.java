package jp.tsunagu.plan;

/**
 * A progress status an editor set instead of the computed one, and why. The computed status stays known
 * ({@link PlanProgress.IndicatorProgress#computed()}), so readers see both.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param status  the status set, not null
 * @param reason  why, not blank
 */
public record StatusOverride(ProgressStatus status, String reason) {
    /**
     * Validates the parts.
     *
     * @param status  the status set, not null
     * @param reason  why, not blank
     */
    public StatusOverride {
        Checks.notNull(status, "status");
        Checks.notBlank(reason, "reason");
    }
}
