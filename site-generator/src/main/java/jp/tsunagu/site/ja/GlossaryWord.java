package jp.tsunagu.site.ja;

import java.util.List;

/**
 * A word with its reading, as Kuromoji learns it ({@link UserWords#dictionary}): a glossary term, which the keyword
 * index also lists with a link to its definition, or an editor's word from {@link UserWords} (no aliases, no link).
 *
 * @param term  the term, such as {@code ICT}, not null
 * @param reading  its reading in kana, such as {@code あいしーてぃー}, not null
 * @param aliases  other spellings, not null, may be empty
 * @param href  its definition from the site root, such as {@code glossary.html#term-ict}, not null, empty for an
 *        editor's word
 */
public record GlossaryWord(String term, String reading, List<String> aliases, String href) {
    /**
     * Copies the parts.
     *
     * @param term  the term, such as {@code ICT}, not null
     * @param reading  its reading in kana, such as {@code あいしーてぃー}, not null
     * @param aliases  other spellings, not null, may be empty
     * @param href  its definition from the site root, such as {@code glossary.html#term-ict}, not null
     */
    public GlossaryWord {
        java.util.Objects.requireNonNull(term, "term");
        java.util.Objects.requireNonNull(reading, "reading");
        aliases = List.copyOf(aliases);
        java.util.Objects.requireNonNull(href, "href");
    }
}
