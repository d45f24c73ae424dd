package jp.tsunagu.site.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One commit that changed content: when it was made, what it says and which content files it touched.
 * <p>
 * {@code Commit("3f2a…", "3f2a9c1", 2024-04-01T10:15+09:00, "令和6年度のアクションプランを公開", [action-plans/2024/_index.md])}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the full commit id, not null
 * @param shortId  the first seven characters of the id, not null
 * @param time  the committer's time in the committer's own offset, not null
 * @param subject  the first line of the message, not null, may be empty
 * @param files  the content files it changed, relative to the content root with {@code /}, sorted, not null
 */
public record Commit(String id, String shortId, OffsetDateTime time, String subject, List<String> files) {
    /**
     * Validates and copies the parts.
     *
     * @param id  the full commit id, not null
     * @param shortId  the first seven characters of the id, not null
     * @param time  the committer's time in the committer's own offset, not null
     * @param subject  the first line of the message, not null, may be empty
     * @param files  the content files it changed, relative to the content root with {@code /}, sorted, not null
     */
    public Commit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        files = files.stream().sorted().toList();
    }
}
