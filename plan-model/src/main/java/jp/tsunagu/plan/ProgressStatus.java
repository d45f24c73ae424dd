package jp.tsunagu.plan;

import java.util.Optional;

/**
 * How far an indicator, an initiative or a group of initiatives got toward its target in a fiscal year: the
 * categories of Statistics Canada's progress measure as Open SDG publishes them (target_achieved,
 * substantial_progress, moderate_progress, limited_progress, deterioration, not_available; see
 * https://open-sdg.readthedocs.io/en/latest/progress/ and its methodology page). How a status is computed is
 * documented in {@link PlanProgress} and {@code docs/progress-status.md}.
 * <p>
 * Each status has a Japanese label (written in content when an editor overrides a status), a glyph that tells it by
 * shape, and a score used to roll statuses up; {@link #NOT_AVAILABLE} has no score.
 */
public enum ProgressStatus implements Labelled {
    /** The actual met the year's target in the indicator's direction. */
    TARGET_ACHIEVED("目標達成", "◎", "target-achieved", 4),
    /** Not met, but at least the substantial threshold (default 95 %) of the way from the baseline to the target. */
    SUBSTANTIAL_PROGRESS("大きく前進", "○", "substantial-progress", 3),
    /** At least the moderate threshold (default 60 %) of the way. */
    MODERATE_PROGRESS("一定の前進", "△", "moderate-progress", 2),
    /** Moved toward the target, less than the moderate threshold of the way. */
    LIMITED_PROGRESS("わずかな前進", "▽", "limited-progress", 1),
    /** Moved away from the target: worse than the baseline in the indicator's direction. */
    DETERIORATION("後退", "×", "deterioration", 0),
    /** No actual, no target, or nothing to measure from. */
    NOT_AVAILABLE("評価できない", "－", "not-available", -1);

    private final String label;
    private final String glyph;
    private final String slug;
    private final int score;

    ProgressStatus(String label, String glyph, String slug, int score) {
        this.label = label;
        this.glyph = glyph;
        this.slug = slug;
        this.score = score;
    }

    @Override
    public String label() {
        return label;
    }

    /** @return a character that tells the status by shape (◎ ○ △ ▽ × －), not null */
    public String glyph() {
        return glyph;
    }

    /** @return the status in lower-case ASCII with hyphens, as in Open SDG ({@code target-achieved}), for URLs and data */
    public String slug() {
        return slug;
    }

    /** @return the score rolled up (目標達成 4 … 後退 0), empty for {@link #NOT_AVAILABLE} */
    public Optional<Integer> score() {
        return score < 0 ? Optional.empty() : Optional.of(score);
    }

    /**
     * Tells whether this status is better than another; {@link #NOT_AVAILABLE} is neither better nor worse.
     *
     * @param other  the other status, not null
     * @return true if both have a score and this one's is higher
     */
    public boolean isBetterThan(ProgressStatus other) {
        return score >= 0 && other.score >= 0 && score > other.score;
    }
}
