package jp.tsunagu.site.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stage that makes, from each page file of a written site, files beside it (the enrich stage: {@code x.html} gives
 * {@code x.furigana.html} and {@code x.speech.json}), run through a {@link BuildCache} page by page, with the bytes
 * of the page the build's one pass read: a page whose key has a trustworthy entry gets its files from it, the others
 * are made by the stage, and what it made of each is stored for the next build as soon as it is made.
 * <pre>{@code
 * CachedStage stage = new CachedStage(cache, name -> List.of(name + ".furigana"));
 * // for each page, on any thread, within the page's budget:
 * Optional<String> toDo = stage.restore(folder, page, bytes);
 * if (toDo.isPresent()) { make(page); stage.store(page, toDo.get()); }
 * // once every page is done, none over its budget:
 * stage.retainUsed();
 * }</pre>
 * Nothing is held per page but the cache's own list of the keys used. This class is thread-safe.
 */
public final class CachedStage extends CountedCache {
    private final Function<String, List<String>> outputs;

    /**
     * Runs a stage through its cache.
     *
     * @param cache  the stage's cache, not null
     * @param outputs  the names of the files the stage may write beside a page, from the page's file name, not null
     */
    public CachedStage(BuildCache cache, Function<String, List<String>> outputs) {
        super(cache);
        this.outputs = java.util.Objects.requireNonNull(outputs, "outputs");
    }

    /**
     * Writes the files of a page whose entry the cache holds; otherwise tells the key under which to store what the
     * stage makes of it.
     *
     * @param site  the written site's root, not null
     * @param page  a page file under it, not null
     * @param bytes  the page's bytes, not null
     * @return empty if the page's files came from the cache; else the page's key, for {@link #store}
     * @throws UncheckedIOException if a file cannot be written
     */
    public Optional<String> restore(Path site, Path page, byte[] bytes) {
        String key = cache.keyOf(site.relativize(page).toString().replace('\\', '/'), bytes);
        Optional<Map<String, byte[]>> files = cache.read(key);
        List<String> allowed = outputs.apply(page.getFileName().toString());
        if (files.isEmpty() || !allowed.containsAll(files.get().keySet())) {
            return Optional.of(key);
        }
        try {
            for (Map.Entry<String, byte[]> file : files.get().entrySet()) {
                Files.write(page.resolveSibling(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countRestored();
        return Optional.empty();
    }

    /**
     * Stores what the stage wrote beside a page it made.
     *
     * @param page  the page file, not null
     * @param key  the key {@link #restore} gave for it, not null
     * @throws UncheckedIOException if a file cannot be read or the entry cannot be written
     */
    public void store(Path page, String key) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String name : outputs.apply(page.getFileName().toString())) {
                Path file = page.resolveSibling(name);
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.write(key, files);
        countMade();
    }
}
