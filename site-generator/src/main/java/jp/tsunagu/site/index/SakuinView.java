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
    /** Copies the parts. */
    public SakuinView {
        groups = List.copyOf(groups);
    }

    /** One 五十音 row, such as か行, with its anchor id. */
    public record Group(String heading, String id, List<Entry> entries) {
        /** Copies the parts. */
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One keyword: its spelling, its reading (empty where the spelling is already kana), its glossary entry if
     * any, up to a few pages and how many more.
     */
    public record Entry(String word, String reading, String glossaryHref, List<Link> pages, int more) {
        /** Copies the parts. */
        public Entry {
            pages = List.copyOf(pages);
        }
    }
}
