package jp.tsunagu.site.index;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.site.cache.BuildCache;

/**
 * The build cache of the index stage: each page's {@link PageKeywords} (its snippet file and さくいん words), and,
 * beside the entries, the last build's Lucene index ({@link KeptIndex}), its documents named by the same keys, so that
 * an unchanged page is added to the index without Kuromoji and without reading its text again. A page's key is its
 * path, title, breadcrumbs and bytes (the cache's context adds the tool, the glossary and the dictionaries:
 * {@link BuildCache#open}); its number is not in the key, since nothing stored depends on it, so a page added before
 * it does not make its entry useless.
 * <p>
 * This class is thread-safe.
 */
public final class IndexCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BuildCache cache;
    private final AtomicInteger restored = new AtomicInteger();
    private final AtomicInteger analysed = new AtomicInteger();
    /** Kept indexes found but not trusted: they have no entry of their own to ignore. */
    private final AtomicInteger keptIgnored = new AtomicInteger();

    /**
     * Uses a build cache opened for the index stage.
     *
     * @param cache  the cache, whose context names the glossary, the editors' readings and synonyms, not null
     */
    public IndexCache(BuildCache cache) {
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
    }

    String keyOf(SearchPage page, byte[] html) {
        try {
            return cache.keyOf(JSON.writeValueAsString(List.of(page.path(), page.title(), page.breadcrumbs())), html);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads what a page gives the index besides its document ({@link PageKeywords}), counting the entry as restored if
     * it is read, as ignored if it is there but not trusted or not of this layout.
     *
     * @return the page's snippet file and keywords, if the cache holds a trustworthy entry under the key
     */
    Optional<PageKeywords> read(String key) {
        Optional<java.util.Map<String, byte[]>> entry = cache.read(key);
        Optional<PageKeywords> found = entry.flatMap(PageKeywords::fromEntry);
        if (found.isPresent()) {
            restored.incrementAndGet();
        } else if (entry.isPresent()) {
            cache.ignore(key);
        }
        return found;
    }

    /**
     * The context the kept index ({@link KeptIndex}) is written under: the cache's (the tool, its code, the glossary,
     * the dictionaries, the synonyms), so that an index kept by another tool or with other dictionaries is not used.
     *
     * @return the context's digest, not null
     */
    String keptContext() {
        return cache.keyOf("(" + KeptIndex.FORMAT + ")", new byte[0]);
    }

    /** Counts a kept index found but not trusted (corrupt, cut short, foreign) as one ignored entry. */
    void keptIgnored() {
        keptIgnored.incrementAndGet();
    }

    void write(String key, PageKeywords keywords) {
        cache.write(key, keywords.toEntry());
        analysed.incrementAndGet();
    }

    /**
     * Deletes the entries this build did not use; call it after a build that indexed every page.
     */
    public void retainUsed() {
        cache.retainUsed();
    }

    /**
     * How many pages were added from the cache (their document kept, their keywords from their entry).
     *
     * @return the count
     */
    public int restored() {
        return restored.get();
    }

    /**
     * How many pages were analysed (and stored).
     *
     * @return the count
     */
    public int analysed() {
        return analysed.get();
    }

    /**
     * How many entries were found but not trusted.
     *
     * @return the count
     */
    public int ignored() {
        return cache.ignored() + keptIgnored.get();
    }

    /**
     * The folder.
     *
     * @return the cache folder, not null
     */
    public java.nio.file.Path folder() {
        return cache.folder();
    }
}
