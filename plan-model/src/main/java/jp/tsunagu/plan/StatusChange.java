package jp.tsunagu.plan;

/**
 * How an initiative's progress status moved from the previous fiscal year it was in an action plan.
 */
public enum StatusChange implements Labelled {
    /** A better status than the year before. */
    IMPROVED("上がった", "↑"),
    /** The same status. */
    UNCHANGED("変わらない", "→"),
    /** A worse status. */
    WORSENED("下がった", "↓"),
    /** One of the two years could not be assessed. */
    NOT_COMPARABLE("比べられない", "－"),
    /** Not in an earlier year's action plan. */
    NEW("前年度の計画になし", "＋");

    private final String label;
    private final String glyph;

    StatusChange(String label, String glyph) {
        this.label = label;
        this.glyph = glyph;
    }

    @Override
    public String label() {
        return label;
    }

    /** @return an arrow or sign that tells the change by shape, not null */
    public String glyph() {
        return glyph;
    }

    /**
     * Compares two statuses.
     *
     * @param before  the earlier status, not null
     * @param after  the later status, not null
     * @return the change, never {@link #NEW}
     */
    public static StatusChange between(ProgressStatus before, ProgressStatus after) {
        if (before == ProgressStatus.NOT_AVAILABLE || after == ProgressStatus.NOT_AVAILABLE) {
            return before == after ? UNCHANGED : NOT_COMPARABLE;
        }
        return after.isBetterThan(before) ? IMPROVED : before.isBetterThan(after) ? WORSENED : UNCHANGED;
    }
}
