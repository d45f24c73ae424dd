package jp.tsunagu.plan;

/**
 * One part of the plan's structure, such as 基本方針, アクションプラン or 資料編.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the part's name, not null
 * @param summary  what the part holds, not null
 */
public record PlanPart(String name, String summary) {
    /**
     * Validates the parts.
     *
     * @param name  the part's name, not null
     * @param summary  what the part holds, not null
     */
    public PlanPart {
        Checks.notBlank(name, "part name");
        Checks.notBlank(summary, "part summary");
    }
}
