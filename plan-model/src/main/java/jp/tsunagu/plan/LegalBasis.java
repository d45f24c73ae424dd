package jp.tsunagu.plan;

import java.util.Optional;

/**
 * A law the plan answers to, such as 官民データ活用推進基本法 第9条第3項.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the law's name, not null
 * @param article  the article, may be empty
 * @param note  what the plan is under that article, may be empty
 */
public record LegalBasis(String name, Optional<String> article, Optional<String> note) {
    /**
     * Validates the parts.
     *
     * @param name  the law's name, not null
     * @param article  the article, may be empty
     * @param note  what the plan is under that article, may be empty
     */
    public LegalBasis {
        Checks.notBlank(name, "legal basis name");
        Checks.notNull(article, "article");
        Checks.notNull(note, "note");
    }
}
