package jp.tsunagu.site.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of each kind of file a site publishes, by file name: the one table of the development server,
 * the audit's server and the browser tests' server. Text types are declared UTF-8, as the site writes them.
 * <p>
 * {@code MediaTypes.of("site.css")} is {@code text/css; charset=utf-8}; {@code MediaTypes.of("feed.xml")} is the
 * Atom feed's {@code application/atom+xml; charset=utf-8}.
 * <p>
 * The JDK's tables do not serve: {@code URLConnection.guessContentTypeFromName} (Java 17) knows neither web fonts,
 * {@code .mjs}, {@code .ico} nor the Atom feed and names no charset, and {@code Files.probeContentType} answers from
 * the machine's own files, so differently on each machine.
 * This class is immutable and thread-safe.
 */
public final class MediaTypes {
    /** For a file of a kind not listed: browsers neither render nor run it. */
    public static final String UNKNOWN = "application/octet-stream";
    /** For the server's own short answers, such as {@code 404 Not Found}. */
    public static final String TEXT = "text/plain; charset=utf-8";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("jsonld", "application/ld+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", TEXT),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("gz", "application/gzip"),
            Map.entry("wasm", "application/wasm"));

    private MediaTypes() {
    }

    /**
     * Gets the media type of a file name; the Atom feed ({@code feed.xml}, {@code *.atom}) is
     * {@code application/atom+xml}.
     *
     * @param name  the file name, without folders, not null
     * @return the type with its charset for text, {@link #UNKNOWN} when the extension is not listed, not null
     */
    public static String of(String name) {
        if (name.equals("feed.xml") || name.endsWith(".atom")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, UNKNOWN);
    }
}
