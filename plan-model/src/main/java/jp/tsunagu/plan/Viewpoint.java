package jp.tsunagu.plan;

import java.util.List;

/**
 * A viewpoint (取組の基本となる観点) that initiatives serve, such as A デジタル・バイ・デフォルト or
 * E 情報格差（デジタルデバイド）への配慮.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the letter, not null
 * @param name  the name, not null
 * @param summary  one sentence, not null
 * @param exampleInitiatives  ids of the initiatives the plan gives as examples, not null, may be empty
 * @param glossary  ids of glossary terms used, not null, may be empty
 * @param body  the description, not null
 */
public record Viewpoint(
        ViewpointCode code,
        String name,
        String summary,
        List<String> exampleInitiatives,
        List<String> glossary,
        MarkdownBody body) {

    /**
     * Validates and copies the parts.
     *
     * @param code  the letter, not null
     * @param name  the name, not null
     * @param summary  one sentence, not null
     * @param exampleInitiatives  ids of the initiatives the plan gives as examples, not null, may be empty
     * @param glossary  ids of glossary terms used, not null, may be empty
     * @param body  the description, not null
     */
    public Viewpoint {
        Checks.notNull(code, "code");
        Checks.notBlank(name, "name");
        Checks.notBlank(summary, "summary");
        exampleInitiatives = Checks.list(exampleInitiatives, "exampleInitiatives");
        glossary = Checks.list(glossary, "glossary");
        Checks.notNull(body, "body");
    }
}
