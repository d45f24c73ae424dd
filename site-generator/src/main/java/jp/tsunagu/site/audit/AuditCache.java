package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The results of earlier audits, one file per page, kept in a folder outside the site (the build replaces the site
 * folder), so that a page is tested in the browser again only when something its audit depends on has changed.
 * Example: {@code content/target/tsunagu-audit-cache/3f…e1.json}.
 * <p>
 * A page's key is the SHA-256 of everything its results depend on: the page's bytes and path; the bytes of every
 * file under the site's {@code assets/} (the style sheets and scripts every page loads); the bytes of every other
 * same-site file the page refers to ({@code src}, {@code srcset}, {@code poster}, {@code data}, style sheet links);
 * and the audit itself — the axe-core script, the browser's version, the display modes and their media features,
 * the reflow script and width, the axe tags and the script that runs them ({@code tool}).
 * <p>
 * A file is trusted only if its first line names this format and the key it is stored under, and the SHA-256 on
 * that line matches the rest of the file; anything else — a partial write, a corrupted or foreign file — is ignored
 * and the page audited again. Files are written beside their target and moved into place.
 */
final class AuditCache {

    private static final String FORMAT = "tsunagu-audit-cache/1";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.json");
    /** Where the shared style sheets and scripts of a built site are. */
    private static final String ASSETS = "assets";
    /** The results the last audit published, beside the pages' files. */
    private static final String PUBLISHED = "published.json";

    private final Path folder;
    private final Path site;
    private final byte[] toolAndAssets;
    private final ObjectMapper json = new ObjectMapper();

    private AuditCache(Path folder, Path site, byte[] toolAndAssets) {
        this.folder = folder;
        this.site = site;
        this.toolAndAssets = toolAndAssets;
    }

    /**
     * Opens the cache folder of an audit, creating it when missing.
     *
     * @param folder the cache folder, outside the site, not null
     * @param site   the site audited, not null
     * @param tool   a text naming every part of the audit that decides its results, not null
     * @return the cache, not null
     * @throws AuditException if the folder lies inside the site or cannot be created, or the assets cannot be read
     */
    static AuditCache open(Path folder, Path site, String tool) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path root = site.toAbsolutePath().normalize();
        if (absolute.startsWith(root)) {
            throw new AuditException("試験結果のキャッシュ " + folder + " がサイトのフォルダ " + site + " の中にあります。"
                    + "サイトは作成のたびに置き換わるので、target/tsunagu-audit-cache などサイトの外を指定してください。");
        }
        try {
            Files.createDirectories(absolute);
            MessageDigest digest = sha256();
            digest.update((FORMAT + "\n" + tool + "\n").getBytes(UTF_8));
            Path assets = root.resolve(ASSETS);
            if (Files.isDirectory(assets)) {
                try (Stream<Path> files = Files.walk(assets)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        file(digest, root.relativize(file).toString(), file);
                    }
                }
            }
            return new AuditCache(absolute, root, digest.digest());
        } catch (IOException e) {
            throw new AuditException("試験結果のキャッシュ " + folder + " を用意できませんでした（" + jp.tsunagu.site.files.IoMessages.of(e)
                    + "）。フォルダの権限を確かめるか、-Dtsunagu.audit.cache=false で使わずに試験してください。", e);
        }
    }

    /**
     * Computes the key of a page: the digest of everything its results depend on. The test report pages
     * ({@link TestReport#PAGE}, {@link TestReport#FURIGANA_PAGE}) are keyed, unless {@code whole}, by all but their
     * results part: that part is written by the audit itself ({@link TestReport#publish}) and is audited where it is
     * published, with the whole page, so a site audited again without being built again is not tested again for
     * the results it carries.
     *
     * @param page the page, relative to the site root with {@code /} separators, not null
     * @return the key, 64 hexadecimal digits, not null
     * @throws IOException if the page or a file it refers to cannot be read
     */
    String keyOf(String page) throws IOException {
        return keyOf(page, false);
    }

    /**
     * Computes the key of a page, of a test report page by its whole bytes if {@code whole} (see {@link #keyOf(String)}).
     *
     * @param page the page, relative to the site root with {@code /} separators, not null
     * @param whole whether a report page is keyed by its whole bytes, as published
     * @return the key, 64 hexadecimal digits, not null
     * @throws IOException if the page or a file it refers to cannot be read
     */
    String keyOf(String page, boolean whole) throws IOException {
        MessageDigest digest = sha256();
        digest.update(toolAndAssets);
        Path file = site.resolve(page);
        byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        String html = bytes == null ? "" : new String(bytes, UTF_8);
        int begin = html.indexOf(TestReport.BEGIN);
        int end = html.indexOf(TestReport.END);
        if (!whole && (page.equals(TestReport.PAGE) || page.equals(TestReport.FURIGANA_PAGE)) && begin >= 0 && end > begin) {
            String frame = html.substring(0, begin + TestReport.BEGIN.length()) + html.substring(end);
            digest.update((page + " without its results part\n").getBytes(UTF_8));
            digest(digest, page, frame.getBytes(UTF_8));
        } else {
            digest(digest, page, bytes);
        }
        Document document = Jsoup.parse(html, "");
        Set<String> references = new TreeSet<>();
        for (Element e : document.select("[src], [poster], object[data], link[rel~=(?i)stylesheet][href], [srcset]")) {
            Stream.of(e.attr("src"), e.attr("poster"), e.attr("data"), e.tagName().equals("link") ? e.attr("href") : "")
                    .forEach(references::add);
            Arrays.stream(e.attr("srcset").split(",")).map(String::strip).map(c -> c.split("\\s+")[0]).forEach(references::add);
        }
        for (String reference : references) {
            Optional<Path> target = sameSite(file, reference);
            if (target.isPresent() && !target.get().startsWith(site.resolve(ASSETS))) {
                file(digest, site.relativize(target.get()).toString(), target.get());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads the results the last audit with this cache published ({@link #publish}), if a trustworthy file holds them.
     *
     * @return the results, or empty, not null
     */
    Optional<AuditResults> published() {
        try {
            String text = Files.readString(folder.resolve(PUBLISHED), UTF_8);
            int newline = text.indexOf('\n');
            String body = newline < 0 ? "" : text.substring(newline + 1);
            return newline >= 0 && text.substring(0, newline).equals(header(PUBLISHED, body))
                    ? Optional.of(json.readValue(body, AuditResults.class)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Missing, partial, corrupt or foreign: the run publishes its own results.
            return Optional.empty();
        }
    }

    /**
     * Keeps the results an audit published, so that a later run that tests nothing can publish them unchanged.
     *
     * @param results the results published, not null
     * @throws IOException if the file cannot be written
     */
    void publish(AuditResults results) throws IOException {
        String body = json.writeValueAsString(results) + "\n";
        jp.tsunagu.site.files.AtomicText.write(folder.resolve(PUBLISHED), header(PUBLISHED, body) + "\n" + body);
    }

    /**
     * Reads the results stored under a key, if a trustworthy file holds them.
     *
     * @param key  the page's key, not null
     * @param page the page, not null
     * @return the results, marked as {@linkplain AuditResults.PageResult#cached() cached}, or empty if there is no
     *         such file or it cannot be trusted, not null
     */
    Optional<AuditResults.PageResult> read(String key, String page) {
        Path file = folder.resolve(key + ".json");
        try {
            String text = Files.readString(file, UTF_8);
            int newline = text.indexOf('\n');
            if (newline < 0) {
                return Optional.empty();
            }
            String body = text.substring(newline + 1);
            if (!text.substring(0, newline).equals(header(key, body))) {
                return Optional.empty();
            }
            AuditResults.PageResult result = json.readValue(body, AuditResults.PageResult.class);
            return result.path().equals(page) ? Optional.of(result.fromCache()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Missing, partial, corrupt or foreign: the page is simply audited again.
            return Optional.empty();
        }
    }

    /**
     * Stores a page's results under its key, atomically.
     *
     * @param key    the page's key, not null
     * @param result the results of the page's audit, not null
     * @throws IOException if the file cannot be written
     */
    void write(String key, AuditResults.PageResult result) throws IOException {
        String body;
        try {
            body = json.writeValueAsString(result) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit results of " + result.path() + " as JSON", e);
        }
        jp.tsunagu.site.files.AtomicText.write(folder.resolve(key + ".json"), header(key, body) + "\n" + body);
    }

    /**
     * Deletes the result files not among the given keys (pages removed or changed since), so that the folder holds
     * one site's results and does not grow from run to run. Files of other names are left alone.
     *
     * @param folder the cache folder, not null
     * @param keys   the keys to keep, not null
     * @throws IOException if the folder cannot be listed or a file cannot be deleted
     */
    static void retainOnly(Path folder, Set<String> keys) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean stale = ENTRY.matcher(name).matches() && !keys.contains(name.substring(0, 64));
                if (stale || name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The folder. */
    Path folder() {
        return folder;
    }

    private static String header(String key, String body) {
        return FORMAT + " " + key + " " + HexFormat.of().formatHex(sha256().digest(body.getBytes(UTF_8)));
    }

    /** Adds a file's name and bytes (or that it is missing) to a digest and returns the bytes. */
    private static byte[] file(MessageDigest digest, String name, Path file) throws IOException {
        return digest(digest, name, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
    }

    /** Adds a file's name and bytes (or, for null, that it is missing) to a digest and returns the bytes. */
    private static byte[] digest(MessageDigest digest, String name, byte[] bytes) {
        digest.update((name.replace(java.io.File.separatorChar, '/') + (bytes == null ? " missing" : " " + bytes.length) + "\n")
                .getBytes(UTF_8));
        if (bytes == null) {
            return new byte[0];
        }
        digest.update(bytes);
        return bytes;
    }

    /** The file a relative reference of a page names inside the site, if it is one (not another host, not data:). */
    private Optional<Path> sameSite(Path page, String reference) {
        if (reference.isBlank() || reference.startsWith("//") || reference.startsWith("#")
                || reference.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String path = reference.replaceAll("[?#].*", "");
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Path target = (path.startsWith("/") ? site.resolve(path.substring(1)) : page.getParent().resolve(path)).normalize();
        return target.startsWith(site) ? Optional.of(target) : Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The keys stored, for tests. */
    List<String> keys() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> ENTRY.matcher(n).matches()).map(n -> n.substring(0, 64))
                    .sorted().toList();
        }
    }
}
