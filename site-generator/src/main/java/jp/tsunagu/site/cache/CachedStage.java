package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stage that makes, from each page file of a written site, files beside it (the enrich stage: {@code x.html} gives
 * {@code x.furigana.html} and {@code x.speech.json}), run through a {@link BuildCache} page by page, with the bytes
 * of the page the build's one pass read. The entry of a page holds, of each file the stage made of it, its name,
 * length and SHA-256, not its bytes (a few hundred bytes an entry, not the 33 KB of a page's files): the bytes are
 * those of the site the build replaces, the one published at the output folder. A page whose key has a trustworthy
 * entry gets its files from there, each hard-linked into the site being written (copied where links are not
 * possible) and then read and checked against the entry's length and SHA-256; a page whose entry is missing or not
 * trusted, or one of whose files the published site lacks or holds with other bytes (edited after the build, as the
 * audit does to its report page, or written by another build), is made by the stage, and what it made is stored for
 * the next build as soon as it is made. A page done again leaves nothing linked, so the stage writes fresh files, and
 * never through a link into the published site.
 * <pre>{@code
 * CachedStage stage = new CachedStage(cache, name -> List.of(name + ".furigana"), publishedSite);
 * // for each page, on any thread, within the page's budget:
 * Optional<String> toDo = stage.restore(folder, page, bytes);
 * if (toDo.isPresent()) { make(page); stage.store(page, toDo.get()); }
 * // once every page is done, none over its budget:
 * stage.retainUsed();
 * }</pre>
 * The files linked are shared by the two sites until the older is deleted: whatever writes into a published file
 * must write a new file and move it into place ({@link jp.tsunagu.site.files.AtomicText}), as every writer of the
 * build and the audit does, not write into the file. Nothing is held per page but the cache's own list of the keys
 * used. This class is thread-safe.
 */
public final class CachedStage extends CountedCache {
    /**
     * The layout of the stage's entries, a part of every key ({@link BuildCache#open}): entries of the layout that
     * held the files' bytes are under other keys, and are deleted as unused.
     */
    public static final String LAYOUT = "outputs-by-digest/1";
    /** A file's line in an entry: its length and its SHA-256. */
    private static final Pattern DIGEST = Pattern.compile("(0|[1-9][0-9]{0,9}) ([0-9a-f]{64})");

    private final Function<String, List<String>> outputs;
    private final Path published;
    private final AtomicInteger stale = new AtomicInteger();

    /**
     * Runs a stage through its cache.
     *
     * @param cache  the stage's cache, opened with {@link #LAYOUT} among its parts, not null
     * @param outputs  the names of the files the stage may write beside a page, from the page's file name, not null
     * @param published  the folder of the site the build replaces, whose files are taken when they are the ones the
     *                   entries name; it need not exist, not null
     */
    public CachedStage(BuildCache cache, Function<String, List<String>> outputs, Path published) {
        super(cache);
        this.outputs = Objects.requireNonNull(outputs, "outputs");
        this.published = Objects.requireNonNull(published, "published").toAbsolutePath().normalize();
    }

    /**
     * Links into the site the files of a page whose entry the cache holds, when the published site has them as the
     * entry names them; otherwise tells the key under which to store what the stage makes of it, and leaves none of
     * its files in the site.
     *
     * @param site  the written site's root, not null
     * @param page  a page file under it, not null
     * @param bytes  the page's bytes, not null
     * @return empty if the page's files came from the published site; else the page's key, for {@link #store}
     * @throws UncheckedIOException if a file cannot be written
     */
    public Optional<String> restore(Path site, Path page, byte[] bytes) {
        Path relative = site.relativize(page);
        String key = cache.keyOf(relative.toString().replace('\\', '/'), bytes);
        Optional<Map<String, byte[]>> entry = cache.read(key);
        if (entry.isEmpty()) {
            return Optional.of(key);
        }
        List<String> allowed = outputs.apply(page.getFileName().toString());
        Map<String, Digest> digests = new LinkedHashMap<>();
        entry.get().forEach((name, value) -> Digest.of(value).ifPresent(d -> digests.put(name, d)));
        if (!allowed.containsAll(entry.get().keySet()) || digests.size() != entry.get().size()) {
            cache.ignore(key);
            return Optional.of(key);
        }
        Path from = published.resolve(relative.toString());
        List<Path> taken = new ArrayList<>();
        try {
            for (Map.Entry<String, Digest> file : digests.entrySet()) {
                Path to = page.resolveSibling(file.getKey());
                if (!take(from.resolveSibling(file.getKey()), to, file.getValue())) {
                    for (Path done : taken) {
                        Files.delete(done);
                    }
                    stale.incrementAndGet();
                    return Optional.of(key);
                }
                taken.add(to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        countRestored();
        return Optional.empty();
    }

    /**
     * Puts a file of the published site into the site being written, if it is the one an entry names: a hard link
     * (the same bytes on the disk), or a copy of the bytes read where links are not possible (another file system,
     * or none), checked against the entry's length and SHA-256 as it lies in the new site.
     *
     * @return whether the file is in place; if not, nothing was left at {@code to}
     */
    private static boolean take(Path from, Path to, Digest expected) throws IOException {
        long length = expected.length();
        if (!isFile(from, length)) {
            return false;
        }
        boolean linked;
        try {
            Files.createLink(to, from);
            linked = true;
        } catch (UnsupportedOperationException | IOException e) {
            linked = false;
        }
        byte[] bytes;
        try {
            // the link is read, not the published file: what is checked is what the new site holds
            bytes = linked && !isFile(to, length) ? null : Files.readAllBytes(linked ? to : from);
        } catch (IOException e) {
            bytes = null; // the published file went while it was read, or may not be read: the page is made again
        }
        if (bytes == null || bytes.length != length || !BuildCache.sha256Hex(bytes).equals(expected.sha256())) {
            if (linked) {
                Files.delete(to);
            }
            return false;
        }
        if (!linked) {
            Files.deleteIfExists(to);
            Files.write(to, bytes);
        }
        return true;
    }

    /** Whether a path is a file of the length, not a link to one, not a folder; false if it is missing. */
    private static boolean isFile(Path file, long length) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == length;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stores, of the files the stage wrote beside a page it made, each one's name, length and SHA-256.
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
                    byte[] bytes = Files.readAllBytes(file);
                    files.put(name, (bytes.length + " " + BuildCache.sha256Hex(bytes)).getBytes(UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cache.write(key, files);
        countMade();
    }

    /** A file's line in an entry: its length and SHA-256 in hexadecimal. */
    private record Digest(long length, String sha256) {
        /** @return the line's digest, empty if the line is not one ({@link #DIGEST}) */
        static Optional<Digest> of(byte[] line) {
            Matcher m = DIGEST.matcher(new String(line, UTF_8));
            return m.matches() ? Optional.of(new Digest(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
        }
    }

    /**
     * How many pages had a trustworthy entry but were made again, because the published site lacked one of their
     * files or held it with other bytes.
     *
     * @return the count
     */
    public int stale() {
        return stale.get();
    }
}
