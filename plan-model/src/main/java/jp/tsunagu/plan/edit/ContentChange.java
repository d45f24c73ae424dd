package jp.tsunagu.plan.edit;

import java.util.Objects;

/**
 * A content file's text before and after an edit by Tsunagu ({@link PlanImport}, {@link NewYear}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param path  the file's path relative to the plan folder, with {@code /} separators, such as
 *  {@code action-plans/2023/online-shinsei.md}, not null
 * @param before  the text before, empty for a new file, not null
 * @param after  the text after, not null
 */
public record ContentChange(String path, String before, String after) {
    /**
     * Validates the parts.
     *
     * @param path  the relative path, not null
     * @param before  the text before, not null
     * @param after  the text after, not null
     */
    public ContentChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
