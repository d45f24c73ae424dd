package jp.tsunagu.plan;

import java.util.List;
import java.util.Optional;

/**
 * A glossary term with its reading, such as ICT (アイシーティー), footnote *1 of the source plan.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param term  the term as written, not null
 * @param reading  the reading in kana, not null
 * @param footnote  the footnote number in the source plan, may be empty
 * @param aliases  other spellings, not null, may be empty
 * @param definition  the definition, not null
 */
public record GlossaryTerm(
        String id,
        String term,
        String reading,
        Optional<Integer> footnote,
        List<String> aliases,
        MarkdownBody definition) {

    /**
     * Validates and copies the parts; the reading must be kana.
     *
     * @param id  the id, not null
     * @param term  the term as written, not null
     * @param reading  the reading in kana, not null
     * @param footnote  the footnote number in the source plan, may be empty
     * @param aliases  other spellings, not null, may be empty
     * @param definition  the definition, not null
     */
    public GlossaryTerm {
        Checks.id(id, "glossary term id");
        Checks.notBlank(term, "term");
        Checks.notBlank(reading, "reading");
        if (!reading.matches("[\\p{InHiragana}\\p{InKatakana}ー・　 ]+")) {
            throw new PlanModelException("Invalid reading of '" + term + "' (valid values: hiragana or katakana): '"
                    + reading + "'");
        }
        Checks.notNull(footnote, "footnote");
        aliases = Checks.list(aliases, "aliases");
        Checks.notNull(definition, "definition");
    }
}
