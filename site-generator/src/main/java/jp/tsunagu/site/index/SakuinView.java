package jp.tsunagu.site.index;

import java.util.List;

import jp.tsunagu.site.assemble.Views.Link;

/**
 * What {@code sakuin.ftlh} reads: keywords under their 五十音 row headings.
 *
 * @param groups  the rows in 五十音 order, その他 last, not null
 * @param count  the number of keywords
 */
public record SakuinView(List<Group> groups, int count) {
    /**
     * Copies the parts.
     *
     * @param groups  the rows in 五十音 order, その他 last, not null
     * @param count  the number of keywords
     */
    public SakuinView {
        groups = List.copyOf(groups);
    }

    /**
     * One 五十音 row, such as か行, with its anchor id.
     *
     * @param heading  the row heading, such as か行 or その他
     * @param id  the ASCII anchor id of the row
     * @param entries  its keywords, not null
     */
    public record Group(String heading, String id, List<Entry> entries) {
        /**
         * Copies the parts.
         *
         * @param heading  the row heading, such as か行 or その他
         * @param id  the ASCII anchor id of the row
         * @param entries  its keywords, not null
         */
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One keyword: its spelling, its reading (empty where the spelling is already kana), its glossary entry if
     * any, up to a few pages and how many more.
     *
     * @param word  the keyword as written
     * @param reading  its reading, empty where the spelling is already kana
     * @param glossaryHref  the address of its glossary entry, empty when it has none
     * @param pages  up to a few pages that use it, not null
     * @param more  how many more pages use it
     */
    public record Entry(String word, String reading, String glossaryHref, List<Link> pages, int more) {
        /**
         * Copies the parts.
         *
         * @param word  the keyword as written
         * @param reading  its reading, empty where the spelling is already kana
         * @param glossaryHref  the address of its glossary entry, empty when it has none
         * @param pages  up to a few pages that use it, not null
         * @param more  how many more pages use it
         */
        public Entry {
            pages = List.copyOf(pages);
        }
    }
}
