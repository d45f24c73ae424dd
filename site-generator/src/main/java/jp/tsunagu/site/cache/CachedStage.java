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
 * {@code x.furigana.html} and {@code x.speech.json}), run through a {@link BuildCache}: the pages whose key has a
 * trustworthy entry get their files from it, the others are handed to the stage, and what the stage made of them is
 * stored for the next build.
 * <pre>{@code
 * CachedStage stage = CachedStage.restore(cache, folder, pages, name -> List.of(name + ".furigana"));
 * Set<Path> toDo = new HashSet<>(stage.toDo());
 * variants.write(folder, pages, toDo::contains, budget, alsoRead);
 * stage.store();
 * }</pre>
 * Not thread-safe: one build's stage.
 */
public final class CachedStage {
    private final BuildCache cache;
    private final Function<String, List<String>> outputs;
    private final Map<Path, String> toDo;
    private final int restored;

    private CachedStage(BuildCache cache, Function<String, List<String>> outputs, Map<Path, String> toDo, int restored) {
        this.cache = cache;
        this.outputs = outputs;
        this.toDo = toDo;
        this.restored = restored;
    }

    /**
     * Writes the files of every page whose entry the cache holds, and keeps the others for the stage.
     *
     * @param cache  the stage's cache, not null
     * @param site  the written site's root, not null
     * @param pages  the stage's page files under it, in the order the stage takes them, not null
     * @param outputs  the names of the files the stage may write beside a page, from the page's file name, not null
     * @return the stage, not null
     * @throws UncheckedIOException if a page cannot be read or a file cannot be written
     */
    public static CachedStage restore(BuildCache cache, Path site, List<Path> pages, Function<String, List<String>> outputs) {
        Map<Path, String> toDo = new LinkedHashMap<>();
        int restored = 0;
        try {
            for (Path page : pages) {
                String key = cache.keyOf(site.relativize(page).toString().replace('\\', '/'), Files.readAllBytes(page));
                Optional<Map<String, byte[]>> files = cache.read(key);
                List<String> allowed = outputs.apply(page.getFileName().toString());
                if (files.isPresent() && allowed.containsAll(files.get().keySet())) {
                    for (Map.Entry<String, byte[]> file : files.get().entrySet()) {
                        Files.write(page.resolveSibling(file.getKey()), file.getValue());
                    }
                    restored++;
                } else {
                    toDo.put(page, key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CachedStage(cache, outputs, toDo, restored);
    }

    /**
     * The pages the stage must do: those the cache did not give.
     *
     * @return the page files, in the order given, not null
     */
    public List<Path> toDo() {
        return List.copyOf(toDo.keySet());
    }

    /**
     * How many pages got their files from the cache.
     *
     * @return the count
     */
    public int restored() {
        return restored;
    }

    /**
     * Stores what the stage wrote beside each page it did, then deletes the entries this build did not use. Call it
     * only after the stage did every page (none stopped over its budget).
     *
     * @throws UncheckedIOException if a file cannot be read or an entry cannot be written
     */
    public void store() {
        try {
            for (Map.Entry<Path, String> page : toDo.entrySet()) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (String name : outputs.apply(page.getKey().getFileName().toString())) {
                    Path file = page.getKey().resolveSibling(name);
                    if (Files.isRegularFile(file)) {
                        files.put(name, Files.readAllBytes(file));
                    }
                }
                cache.write(page.getValue(), files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.retainUsed();
    }
}
