package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.site.assemble.Views.Link;

/**
 * How long lists are cut so that no page grows with the site (budget: 30 KB of gzip HTML per page, 60 KB for its
 * furigana copy, at 10,000 and 100,000 pages): every list size of the site is here, and a list longer than its size
 * is split into pages at the addresses of {@link SitePaths#paged}. The first page keeps the list's own address, so a
 * list that fits on one page is published exactly as before.
 * <p>
 * Pages that summarise instead of listing (the home page, the feed) keep the first or latest few items here too.
 */
public final class Paging {
    /** Initiative cards per page: the initiatives list and each viewpoint's page. */
    public static final int CARDS = 100;
    /** Table rows per page: each year's action plan and its filter pages. */
    public static final int ROWS = 100;
    /** Initiatives a page of a year's progress list shows, each with its status, change and department. */
    public static final int PROGRESS_ROWS = 50;
    /**
     * Keywords per page of a row of the さくいん ({@code sakuin/ka.html}): each names a few pages, so a page of them
     * weighs about what a page of {@link #CARDS} cards does.
     */
    public static final int SAKUIN_ENTRIES = 100;
    /** Links per page of the site map. */
    public static final int LINKS = 500;
    /** Items of a list the home page shows (free pages, action-plan years) before linking to the full list. */
    public static final int HOME_ITEMS = 10;
    /** Pages the glossary names under a term as using it; more are counted. */
    public static final int TERM_PAGES = 20;
    /** Entries of the Atom feed: the latest updates, as feeds do. */
    public static final int FEED_ENTRIES = 50;
    /**
     * Pages the accessibility test report lists one by one (with its test time and result); a larger site gets
     * their counts by test date and result, the pages with problems, and every page in the results' JSON.
     */
    public static final int REPORT_PAGES = 300;
    /** Pages with problems whose problems the test report details, and pages a checklist row names. */
    public static final int REPORT_PROBLEM_PAGES = 50;
    /** Page numbers shown on each side of the current one in a pager. */
    private static final int NEAR = 2;

    private Paging() {
    }

    /**
     * Splits a list into pages of at most {@code size} items; an empty list gives one empty page.
     *
     * @param <T>  the item type
     * @param items  the list, not null
     * @param size  the items per page, at least 1
     * @return the pages in order, at least one, not null
     */
    public static <T> List<List<T>> split(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Page size " + size + " (valid: ≥ 1)");
        }
        List<List<T>> pages = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            pages.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return pages.isEmpty() ? List.of(List.of()) : List.copyOf(pages);
    }

    /**
     * Makes the pager of one page of a list.
     *
     * @param first  the list's first page, such as {@code initiatives/index.html}, not null
     * @param current  the page's number, from 1
     * @param total  the number of pages, at least {@code current}
     * @param items  the number of items in the whole list
     * @return the pager, not null
     */
    public static Views.Pager pager(String first, int current, int total, int items) {
        if (current < 1 || current > total) {
            throw new IllegalArgumentException("Page " + current + " of " + total + " (valid: 1 … " + total + ")");
        }
        List<Views.PageNumber> numbers = new ArrayList<>();
        if (total > 1) {
            int last = 0;
            for (int n = 1; n <= total; n++) {
                if (n == 1 || n == total || Math.abs(n - current) <= NEAR) {
                    if (n > last + 1) {
                        numbers.add(new Views.PageNumber(0, "", false));
                    }
                    numbers.add(new Views.PageNumber(n, SitePaths.paged(first, n), n == current));
                    last = n;
                }
            }
        }
        Link previous = current > 1 ? new Link("前のページ", SitePaths.paged(first, current - 1)) : new Link("", "");
        Link next = current < total ? new Link("次のページ", SitePaths.paged(first, current + 1)) : new Link("", "");
        return new Views.Pager(current, total, items, previous, next, List.copyOf(numbers));
    }

    /**
     * Gives page k of a list its own title, so that no two pages share one: the list's title on the first page,
     * {@code 取組の一覧（2 / 5 ページ）} on the others.
     *
     * @param title  the list's title, not null
     * @param current  the page's number
     * @param total  the number of pages
     * @return the title, not null
     */
    public static String title(String title, int current, int total) {
        return current == 1 ? title : title + "（" + current + " / " + total + " ページ）";
    }
}
