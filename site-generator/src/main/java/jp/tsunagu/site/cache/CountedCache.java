package jp.tsunagu.site.cache;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a stage or check run page by page through a {@link BuildCache} tells of one build: how many pages it took from
 * the cache, how many it made (and stored), how many entries it found but did not trust; and the clean-up of the
 * entries the build did not use. Thread-safe.
 */
abstract class CountedCache {
    /** The cache the pages' entries are in. */
    final BuildCache cache;
    private final AtomicInteger restored = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();

    CountedCache(BuildCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Counts a page taken from the cache. */
    final void countRestored() {
        restored.incrementAndGet();
    }

    /** Counts a page made and stored. */
    final void countMade() {
        made.incrementAndGet();
    }

    /**
     * Deletes the entries this build did not use. Call it only once every page was done (none stopped over its
     * budget): the entries of pages not reached would be lost.
     *
     * @throws java.io.UncheckedIOException if the cache folder cannot be read
     */
    public void retainUsed() {
        cache.retainUsed();
    }

    /**
     * How many pages came from the cache.
     *
     * @return the count
     */
    public int restored() {
        return restored.get();
    }

    /**
     * How many pages were made and stored.
     *
     * @return the count
     */
    public int made() {
        return made.get();
    }

    /**
     * How many entries were found but not trusted.
     *
     * @return the count
     */
    public int ignored() {
        return cache.ignored();
    }

    /**
     * The cache's folder.
     *
     * @return the folder, not null
     */
    public Path folder() {
        return cache.folder();
    }
}
