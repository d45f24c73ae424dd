package jp.tsunagu.site.index;

import java.util.List;

import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.assemble.Views.Pager;

/**
 * What {@code sakuin.ftlh} reads: the さくいん is one small page of its 五十音 rows ({@code sakuin.html}) and one
 * page per row ({@code sakuin/ka.html}), split into pages when a row is long ({@code sakuin/ka/page/2.html}).
 *
 * @param rows  every row in 五十音 order, その他 last, not null
 * @param count  the number of keywords of the whole さくいん
 * @param row  the row this page lists, or {@code null} on the page of rows
 * @param entries  the keywords this page lists (part of its row), empty on the page of rows, not null
 * @param pager  the pager of the row's pages, not null (one page: shows nothing)
 */
public record SakuinView(List<Row> rows, int count, Row row, List<Entry> entries, Pager pager) {
    /**
     * Copies the parts.
     *
     * @param rows  every row in 五十音 order, その他 last, not null
     * @param count  the number of keywords of the whole さくいん
     * @param row  the row this page lists, or {@code null} on the page of rows
     * @param entries  the keywords this page lists, not null
     * @param pager  the pager of the row's pages, not null
     */
    public SakuinView {
        rows = List.copyOf(rows);
        entries = List.copyOf(entries);
    }

    /**
     * One 五十音 row, such as か行, with the first page that lists it.
     *
     * @param heading  the row heading, such as か行 or その他
     * @param id  the ASCII id of the row ({@code ka}, {@code other}), in its page's address and anchor
     * @param href  its first page, such as {@code sakuin/ka.html}
     * @param count  the number of its keywords
     */
    public record Row(String heading, String id, String href, int count) {
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
