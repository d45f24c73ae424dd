package jp.tsunagu.site.index;

import java.util.List;

/**
 * A glossary term as the index sees it: Kuromoji learns its reading (user dictionary) and the keyword index lists
 * it with a link to its definition.
 *
 * @param term  the term, such as {@code ICT}, not null
 * @param reading  its reading in kana, such as {@code あいしーてぃー}, not null
 * @param aliases  other spellings, not null, may be empty
 * @param href  its definition from the site root, such as {@code glossary.html#term-ict}, not null
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
