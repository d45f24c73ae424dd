package jp.tsunagu.site.index;

import java.util.List;

/**
 * A line of the 五十音順 keyword index: a noun or glossary term, its reading, and the pages it appears on.
 *
 * @param word  the word as written, not null
 * @param reading  its reading in hiragana, not null
 * @param pages  the page numbers, most mentions first, not null
 * @param glossaryHref  its glossary definition from the site root, empty if it is not a glossary term
 */
public record Keyword(String word, String reading, List<Integer> pages, String glossaryHref) {
    /**
     * Copies the parts.
     *
     * @param word  the word as written, not null
     * @param reading  its reading in hiragana, not null
     * @param pages  the page numbers, most mentions first, not null
     * @param glossaryHref  its glossary definition from the site root, empty if it is not a glossary term
     */
    public Keyword {
        pages = List.copyOf(pages);
    }
}
