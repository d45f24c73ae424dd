package jp.tsunagu.site.index;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How often a word appears on each page, as two sorted arrays of primitive numbers: 8 bytes per page a word is
 * on, where a map of boxed numbers took about 70. The keyword index counts every noun of every page; at 10,000
 * pages that is millions of pairs, and the maps did not fit in a 512 MB heap.
 * <p>
 * Pages are kept in ascending order; adding pages in ascending order (as one indexing thread does) costs nothing
 * more than an append. Not thread-safe.
 */
final class PageCounts {
    private int[] pages = new int[4];
    private int[] counts = new int[4];
    private int size;

    /**
     * Adds occurrences on a page.
     *
     * @param page  the page number, not negative
     * @param count  how many more times the word is on it, positive
     */
    void add(int page, int count) {
        if (page < 0 || count < 1) {
            throw new IllegalArgumentException("page must not be negative and count positive: " + page + ", " + count);
        }
        if (size > 0 && pages[size - 1] == page) {
            counts[size - 1] += count;
            return;
        }
        int at = size == 0 || page > pages[size - 1] ? size : Arrays.binarySearch(pages, 0, size, page);
        if (at >= 0 && at < size) {
            counts[at] += count;
            return;
        }
        int insert = at >= 0 ? at : -at - 1;
        if (size == pages.length) {
            pages = Arrays.copyOf(pages, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        System.arraycopy(pages, insert, pages, insert + 1, size - insert);
        System.arraycopy(counts, insert, counts, insert + 1, size - insert);
        pages[insert] = page;
        counts[insert] = count;
        size++;
    }

    /**
     * Adds the counts of another instance (typically of other pages).
     *
     * @param other  the counts to add, not null, not changed
     */
    void addAll(PageCounts other) {
        int[] p = new int[size + other.size];
        int[] c = new int[p.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < size || j < other.size) {
            if (j >= other.size || i < size && pages[i] < other.pages[j]) {
                p[n] = pages[i];
                c[n++] = counts[i++];
            } else if (i >= size || other.pages[j] < pages[i]) {
                p[n] = other.pages[j];
                c[n++] = other.counts[j++];
            } else {
                p[n] = pages[i];
                c[n++] = counts[i++] + other.counts[j++];
            }
        }
        pages = p;
        counts = c;
        size = n;
    }

    /** @return on how many pages the word is */
    int pageCount() {
        return size;
    }

    /** @return the pages, most occurrences first, then by page number */
    List<Integer> ranked() {
        return IntStream.range(0, size).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(pages[a], pages[b]))
                .map(k -> pages[k]).toList();
    }
}
