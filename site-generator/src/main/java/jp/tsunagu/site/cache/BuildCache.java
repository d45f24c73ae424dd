package jp.tsunagu.site.cache;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.tsunagu.site.files.AtomicText;

/**
 * The build cache: what one stage made of each page in an earlier build, one file per page, kept in a folder outside
 * the site (the build replaces the site folder), so that the next build does that stage again only for the pages
 * whose input changed, each stage's in a folder of its own. Example: {@code content/target/tsunagu-cache/enrich/enrich-3f…e1.entry}.
 * <p>
 * A page's key is the SHA-256 of everything the stage's output for it depends on: the stage's context
 * ({@link #open}: the cache format, the stage, the tool — its version and the bytes of its code — and what the caller
 * names, such as the dictionaries and the site's address) and the page's path and bytes. The outputs are files
 * named relative to the page's folder, such as {@code x.furigana.html} beside {@code x.html}.
 * <p>
 * An entry is trusted only if its first line names this format and the key it is stored under and the SHA-256 on that
 * line matches the rest of the file; anything else — a partial write, a corrupted, foreign or older entry — is
 * ignored (the page is done again), counted ({@link #ignored()}) and said on the debug lines. Entries are written
 * beside their place and moved into it. At the end of a build, {@link #retainUsed()} deletes the entries of the stage
 * that the build did not use, so the folder holds one site's entries and does not grow from build to build; it lists
 * only its stage's folder, not the other stages' entries (four or five a page).
 * <p>
 * This class is thread-safe.
 */
public final class BuildCache {
    /** The format of the entries; a new number makes every older entry foreign. */
    public static final String FORMAT = "tsunagu-build-cache/1";
    private static final Pattern ENTRY = Pattern.compile("([a-z]+)-([0-9a-f]{64})\\.entry");
    private static volatile byte[] tool;
    /** Never updated: only cloned. */
    private static final MessageDigest SHA256 = lookUpSha256();

    private final Path folder;
    private final String stage;
    private final byte[] context;
    private final Consumer<String> debug;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ignored = new AtomicInteger();

    private BuildCache(Path folder, String stage, byte[] context, Consumer<String> debug) {
        this.folder = folder;
        this.stage = stage;
        this.context = context;
        this.debug = debug;
    }

    /**
     * Opens the cache of one stage, creating its folder when missing.
     *
     * @param folder  the cache folder, outside the site, not null
     * @param site  the folder the site is published to, not null
     * @param stage  the stage whose outputs are kept, lower-case ASCII letters, such as {@code enrich}, not null
     * @param parts  everything besides a page's bytes and the tool that decides the stage's output, not null
     * @param debug  where an ignored entry is said, not null
     * @return the cache, not null
     * @throws IllegalArgumentException if the folder lies inside the site or the stage's name is not allowed
     * @throws UncheckedIOException if the folder cannot be created or the tool's code cannot be read
     */
    public static BuildCache open(Path folder, Path site, String stage, List<String> parts, Consumer<String> debug) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.startsWith(site.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("作成のキャッシュ " + folder + " がサイトのフォルダ " + site + " の中にあります。"
                    + "サイトは作成のたびに置き換わるので、target/tsunagu-cache などサイトの外を指定してください。");
        }
        if (!stage.matches("[a-z]+")) {
            throw new IllegalArgumentException("Invalid stage name for the build cache: '" + stage + "'");
        }
        try {
            Files.createDirectories(absolute.resolve(stage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest digest = sha256();
        digest.update((FORMAT + "\n" + stage + "\n").getBytes(UTF_8));
        digest.update(tool());
        for (String part : parts) {
            byte[] bytes = part.getBytes(UTF_8);
            digest.update((bytes.length + "\n").getBytes(UTF_8));
            digest.update(bytes);
        }
        return new BuildCache(absolute, stage, digest.digest(), debug);
    }

    /**
     * Computes the key of a page: the digest of the stage's context and the page's path and bytes.
     *
     * @param page  the page's path in the site, with {@code /} separators, not null
     * @param bytes  the page's bytes, the stage's input, not null
     * @return the key, 64 hexadecimal digits, not null
     */
    public String keyOf(String page, byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update(context);
        digest.update((page + "\n" + bytes.length + "\n").getBytes(UTF_8));
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads the outputs stored under a key, if a trustworthy entry holds them, and keeps the entry for the next build.
     *
     * @param key  the page's key ({@link #keyOf}), not null
     * @return the outputs, each file's name relative to the page's folder and its bytes, in the order written; empty if
     *         there is no entry or it cannot be trusted, not null
     */
    public Optional<Map<String, byte[]>> read(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Optional<Map<String, byte[]>> files = parse(key, Files.readAllBytes(file));
            if (files.isPresent()) {
                used.add(key);
            } else {
                ignored.incrementAndGet();
                debug.accept("作成のキャッシュの " + file.getFileName() + " は壊れているか別の版のものなので、使わずに作り直します。");
            }
            return files;
        } catch (IOException e) {
            ignored.incrementAndGet();
            debug.accept("作成のキャッシュの " + file.getFileName() + " を読めないので、使わずに作り直します（" + e.getMessage() + "）。");
            return Optional.empty();
        }
    }

    /**
     * Stores the outputs of a page under its key, atomically.
     *
     * @param key  the page's key ({@link #keyOf}), not null
     * @param files  each output file's name relative to the page's folder and its bytes, not null, may be empty
     * @throws UncheckedIOException if the entry cannot be written
     */
    public void write(String key, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            body.writeBytes((name + "\n" + bytes.length + "\n").getBytes(UTF_8));
            body.writeBytes(bytes);
        });
        byte[] content = body.toByteArray();
        ByteArrayOutputStream whole = new ByteArrayOutputStream(content.length + 200);
        whole.writeBytes((header(key, content) + "\n").getBytes(UTF_8));
        whole.writeBytes(content);
        try {
            AtomicText.write(entry(key), whole.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used.add(key);
    }

    /**
     * Deletes this stage's entries this build did not use and the files left by interrupted writes, so that the
     * folder holds one site's entries. Files of other names and other stages' entries are left alone.
     *
     * @return how many entries were deleted
     * @throws UncheckedIOException if the folder cannot be listed or a file cannot be deleted
     */
    public int retainUsed() {
        try {
            return retain(folder.resolve(stage)) + retain(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the stage's entries not used and its left temporary files in a folder: the stage's own, or the cache's
     * (where the entries were kept before each stage had its own folder: they are deleted there).
     */
    private int retain(Path in) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(in)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                var m = ENTRY.matcher(name);
                boolean stale = m.matches() && m.group(1).equals(stage) && (in.equals(folder) || !used.contains(m.group(2)));
                if (stale || name.startsWith("." + stage + "-") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /**
     * Counts an entry whose header held but whose content its stage does not trust (of another layout), and says so
     * on the debug lines.
     *
     * @param key  the entry's key, not null
     */
    public void ignore(String key) {
        ignored.incrementAndGet();
        debug.accept("作成のキャッシュの " + entry(key).getFileName() + " は別の版のものなので、使わずに作り直します。");
    }

    /**
     * Counts the entries found but not trusted in this build (corrupt, cut short, foreign, of another format).
     *
     * @return the count
     */
    public int ignored() {
        return ignored.get();
    }

    /**
     * The folder.
     *
     * @return the cache folder, absolute, not null
     */
    public Path folder() {
        return folder;
    }

    private Path entry(String key) {
        return folder.resolve(stage).resolve(stage + "-" + key + ".entry");
    }

    private Optional<Map<String, byte[]>> parse(String key, byte[] bytes) {
        int newline = indexOf(bytes, 0);
        if (newline < 0) {
            return Optional.empty();
        }
        byte[] content = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (!new String(bytes, 0, newline, UTF_8).equals(header(key, content))) {
            return Optional.empty();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        int at = 0;
        while (at < content.length) {
            int nameEnd = indexOf(content, at);
            int lengthEnd = nameEnd < 0 ? -1 : indexOf(content, nameEnd + 1);
            if (lengthEnd < 0) {
                return Optional.empty();
            }
            String name = new String(content, at, nameEnd - at, UTF_8);
            int length;
            try {
                length = Integer.parseInt(new String(content, nameEnd + 1, lengthEnd - nameEnd - 1, UTF_8));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (length < 0 || length > content.length - lengthEnd - 1 || name.isEmpty() || name.contains("/")
                    || name.contains("\\") || name.startsWith(".")) {
                return Optional.empty();
            }
            files.put(name, Arrays.copyOfRange(content, lengthEnd + 1, lengthEnd + 1 + length));
            at = lengthEnd + 1 + length;
        }
        return Optional.of(files);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private String header(String key, byte[] content) {
        return FORMAT + " " + stage + " " + key + " " + sha256Hex(content);
    }

    /**
     * The SHA-256 of bytes, in lower-case hexadecimal.
     *
     * @param bytes  the bytes, not null
     * @return 64 hexadecimal digits, not null
     */
    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * The tool: its version, the bytes of the site generator's code (the jar, or every class file of a development
     * build) and the names of the jars of the libraries that make the outputs (jsoup, Kuromoji), read once per JVM.
     */
    private static byte[] tool() {
        byte[] known = tool;
        if (known != null) {
            return known;
        }
        MessageDigest digest = sha256();
        digest.update(String.valueOf(BuildCache.class.getPackage().getImplementationVersion()).getBytes(UTF_8));
        try {
            Path code = location(BuildCache.class);
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update((code.relativize(file).toString().replace('\\', '/') + "\n").getBytes(UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(code));
            }
            for (Class<?> library : new Class<?>[] {org.jsoup.Jsoup.class, org.apache.lucene.analysis.ja.JapaneseTokenizer.class,
                    com.fasterxml.jackson.databind.ObjectMapper.class}) {
                digest.update((location(library).getFileName() + "\n").getBytes(UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tool = digest.digest();
        return tool;
    }

    private static Path location(Class<?> type) throws IOException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IOException("No code location for " + type.getName());
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("Code location of " + type.getName() + " is not a file: " + source.getLocation(), e);
        }
    }

    /** A new SHA-256, cloned from one made once (looking the algorithm up costs more than digesting a page). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
