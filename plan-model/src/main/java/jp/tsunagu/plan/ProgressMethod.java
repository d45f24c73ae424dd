package jp.tsunagu.plan;

import java.math.BigDecimal;

/**
 * The thresholds that turn an indicator's share of the way from baseline to target into a {@link ProgressStatus},
 * set in plan.md under {@code progress:} ({@code substantial: 0.95}, {@code moderate: 0.6}); the defaults are
 * Statistics Canada's, as Open SDG uses them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param substantial  the least share for {@link ProgressStatus#SUBSTANTIAL_PROGRESS}, greater than moderate and at
 *                     most 1
 * @param moderate  the least share for {@link ProgressStatus#MODERATE_PROGRESS}, greater than 0
 */
public record ProgressMethod(BigDecimal substantial, BigDecimal moderate) {
    /** Statistics Canada's thresholds: 95 % and 60 % of the required progress. */
    public static final ProgressMethod DEFAULT = new ProgressMethod(new BigDecimal("0.95"), new BigDecimal("0.6"));

    /**
     * Validates the thresholds: 0 &lt; moderate &lt; substantial ≤ 1.
     *
     * @param substantial  the least share for substantial progress
     * @param moderate  the least share for moderate progress
     */
    public ProgressMethod {
        Checks.notNull(substantial, "substantial");
        Checks.notNull(moderate, "moderate");
        if (moderate.signum() <= 0 || moderate.compareTo(substantial) >= 0 || substantial.compareTo(BigDecimal.ONE) > 0) {
            throw new PlanModelException("Invalid progress thresholds (valid: 0 < moderate < substantial <= 1): moderate "
                    + moderate + ", substantial " + substantial);
        }
    }

    /**
     * Classifies a share of the way from the baseline to a target that was not met.
     *
     * @param share  (actual − baseline) / (target − baseline), not null
     * @return the status, never {@link ProgressStatus#TARGET_ACHIEVED} or {@link ProgressStatus#NOT_AVAILABLE}
     */
    public ProgressStatus classify(BigDecimal share) {
        if (share.compareTo(substantial) >= 0) {
            return ProgressStatus.SUBSTANTIAL_PROGRESS;
        }
        if (share.compareTo(moderate) >= 0) {
            return ProgressStatus.MODERATE_PROGRESS;
        }
        if (share.signum() >= 0) {
            return ProgressStatus.LIMITED_PROGRESS;
        }
        return ProgressStatus.DETERIORATION;
    }
}
