package jp.tsunagu.plan;

import java.util.Optional;

/**
 * A content item written again in another language: the English or やさしい日本語 version of the basic policy, a
 * viewpoint, a free page, and so on. It is keyed by the original item, named as {@code LoadResult.sources()} names
 * it ({@code plan}, {@code viewpoint/E}, {@code initiative/snow-plow-navi}, {@code page/ooda-pdca} …). For example,
 * the file {@code viewpoints/E.en.md} becomes:
 * <pre>{@code
 * Variant.of("viewpoint/E", Language.ENGLISH, "Bridging the digital divide", body)
 * }</pre>
 * A variant carries only text; every fact (codes, periods, indicators) stays with the original.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param item  the original item's key, not null
 * @param language  the language, not null
 * @param title  the title in that language, not blank
 * @param summary  a lead sentence or two, may be empty
 * @param description  the page's description for search engines and link previews, may be empty
 * @param body  the body in that language, not null
 */
public record Variant(String item, Language language, String title, Optional<String> summary,
        Optional<String> description, MarkdownBody body) {
    /**
     * Validates the parts.
     *
     * @param item  the original item's key, not null
     * @param language  the language, not null
     * @param title  the title in that language, not blank
     * @param summary  a lead sentence or two, may be empty
     * @param description  the page's description for search engines and link previews, may be empty
     * @param body  the body in that language, not null
     */
    public Variant {
        Checks.notBlank(item, "item");
        Checks.notNull(language, "language");
        Checks.notBlank(title, "title");
        Checks.notNull(summary, "summary");
        Checks.notNull(description, "description");
        Checks.notNull(body, "body");
    }

    /**
     * Obtains a variant with a title and a body only.
     *
     * @param item  the original item's key, such as {@code viewpoint/E}, not null
     * @param language  the language, not null
     * @param title  the title, not blank
     * @param body  the body, not null
     * @return the variant, not null
     */
    public static Variant of(String item, Language language, String title, MarkdownBody body) {
        return new Variant(item, language, title, Optional.empty(), Optional.empty(), body);
    }

    /**
     * Gets the description, falling back to the summary.
     *
     * @return the description or summary, may be empty
     */
    public Optional<String> descriptionOrSummary() {
        return description.or(() -> summary);
    }
}
