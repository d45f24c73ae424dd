package jp.tsunagu.site.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A check that finds, in each page of a written site, a list of strings (the link check: the page's links that
 * leave the site), run through a {@link BuildCache}: a page whose key has a trustworthy entry gets its list from it
 * and need not be parsed. The key is the cache's: its context (the tool, and what the caller names, which must be
 * everything the check reads besides the page's path and bytes) and the page's path and bytes.
 * <pre>{@code
 * CachedLists links = new CachedLists(cache);
 * CachedLists.Found found = links.find("initiatives/x.html", bytes);
 * List<String> urls = found.kept().orElseGet(() -> links.store(found, check(parse(bytes))));
 * }</pre>
 * This class is thread-safe.
 */
public final class CachedLists extends CountedCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** The one file of an entry. */
    private static final String LIST = "list.json";


    /**
     * Runs a check through its cache.
     *
     * @param cache  the check's cache, opened with everything the check reads besides a page's path and bytes, not null
     */
    public CachedLists(BuildCache cache) {
        super(cache);
    }

    /**
     * What the cache holds of a page: its list, or the key to store the list the check finds under.
     *
     * @param key  the page's key, not null
     * @param kept  the page's list from the cache, empty if the check must read the page
     */
    public record Found(String key, Optional<List<String>> kept) {
    }

    /**
     * Looks a page up.
     *
     * @param page  the page's path in the site, with {@code /} separators, not null
     * @param bytes  the page's bytes, not null
     * @return the page's list if the cache holds a trustworthy one, else its key, not null
     */
    public Found find(String page, byte[] bytes) {
        String key = cache.keyOf(page, bytes);
        Optional<List<String>> kept = cache.read(key).flatMap(CachedLists::list);
        kept.ifPresent(k -> countRestored());
        return new Found(key, kept);
    }

    /**
     * Stores the list the check found in a page that the cache did not hold.
     *
     * @param found  what {@link #find} said of the page, not null
     * @param list  the page's list, not null
     * @return the list, not null
     * @throws UncheckedIOException if the entry cannot be written
     */
    public List<String> store(Found found, List<String> list) {
        try {
            cache.write(found.key(), Map.of(LIST, JSON.writeValueAsBytes(list)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countMade();
        return list;
    }

    /** The list of an entry, or empty if it holds something else (such as another stage's files). */
    private static Optional<List<String>> list(Map<String, byte[]> files) {
        byte[] json = files.get(LIST);
        if (files.size() != 1 || json == null) {
            return Optional.empty();
        }
        try {
            List<String> list = JSON.readValue(json, STRINGS);
            return list == null || list.contains(null) ? Optional.empty() : Optional.of(List.copyOf(list));
        } catch (IOException e) {
            return Optional.empty(); // not a list of strings: the page is read again
        }
    }
}
