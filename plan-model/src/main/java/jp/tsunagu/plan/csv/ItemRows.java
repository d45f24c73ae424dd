package jp.tsunagu.plan.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of a dataset with one row per item of the model (viewpoints, initiatives, action plan entries, OODA
 * cycles, glossary terms): each row must find its item, no item may have two rows, and every item needs one.
 * Items are added and removed in Markdown, so an unknown or missing item is an error.
 *
 * @param <K>  the key an item is found by
 * @param <V>  the item
 */
final class ItemRows<K, V> {
    private final Map<K, V> items;
    private final Function<K, CsvMessages.Item> naming;
    private final Set<K> seen = new HashSet<>();

    /**
     * @param items  the items by key, not null
     * @param naming  how messages name the item of a key
     */
    ItemRows(Map<K, V> items, Function<K, CsvMessages.Item> naming) {
        this.items = items;
        this.naming = naming;
    }

    /**
     * Finds the item a row is about and counts it as seen, even when other cells of the row are wrong (so the
     * item is not also reported as missing).
     *
     * @return the item, null if the key is unreadable, unknown or seen before (each reported)
     */
    V claim(CsvRow r, String column, Optional<K> key) {
        if (key.isEmpty()) {
            return null;
        }
        V item = items.get(key.get());
        if (item == null) {
            r.problem(column, naming.apply(key.get()).unknown());
            return null;
        }
        if (!seen.add(key.get())) {
            r.problem(column, naming.apply(key.get()).twice());
            return null;
        }
        return item;
    }

    /** Reports every item no row was about. */
    void reportMissing(CsvSource s, List<CsvProblem> problems) {
        for (K k : items.keySet()) {
            if (!seen.contains(k)) {
                problems.add(s.problem(naming.apply(k).missing()));
            }
        }
    }
}
