package jp.tsunagu.plan.validate;

/**
 * How serious a validation issue is. Errors stop a build; warnings are reported and the build goes on.
 */
public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFO("情報"),
    /** Probably a mistake; the plan can still be built. */
    WARNING("警告"),
    /** The plan cannot be built until it is fixed. */
    ERROR("エラー");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /**
     * Gets the Japanese label shown to editors.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Checks whether this severity is at least another.
     *
     * @param other  the threshold, not null
     * @return true if this is as serious or more
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
