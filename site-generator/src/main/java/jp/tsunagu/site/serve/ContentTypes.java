package jp.tsunagu.site.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of each kind of file a site publishes; text types are declared UTF-8, as the site writes them.
 */
final class ContentTypes {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("jsonld", "application/ld+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
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

    private ContentTypes() {
    }

    /**
     * Gets the media type of a file name; the Atom feed is {@code application/atom+xml}.
     *
     * @param name  the file name, not null
     * @return the type with its charset for text, {@code application/octet-stream} when unknown
     */
    static String of(String name) {
        if (name.equals("feed.xml") || name.endsWith(".atom")) {
            return "application/atom+xml; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
