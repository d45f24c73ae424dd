package jp.tsunagu.site.publish;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The machine-readable files of a site: the Atom feed of updates, {@code sitemap.xml} and {@code robots.txt}.
 * Output is deterministic: dates come from the content, never from the clock, and lists are sorted.
 */
public final class WebFiles {
    private WebFiles() {
    }

    /**
     * One update for the feed.
     *
     * @param path  the page it links to, relative to the site root
     * @param title  the title
     * @param date  the date of the update
     * @param summary  one sentence
     */
    public record Update(String path, String title, LocalDate date, String summary) {
    }

    /**
     * Writes an Atom feed (RFC 4287), newest first.
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @param title  the feed title, not null
     * @param author  the publisher, not null
     * @param updates  the updates, not null
     * @return the XML, not null
     */
    public static String atom(String baseUrl, String title, String author, List<Update> updates) {
        List<Update> sorted = updates.stream()
                .sorted(Comparator.comparing(Update::date).reversed().thenComparing(Update::path)).toList();
        String updated = sorted.stream().map(Update::date).max(Comparator.naturalOrder())
                .map(WebFiles::timestamp).orElse("2000-01-01T00:00:00+09:00");
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n");
        x.append("  <title>").append(xml(title)).append("</title>\n");
        x.append("  <id>").append(xml(url(baseUrl, ""))).append("</id>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url(baseUrl, ""))).append("\"/>\n");
        x.append("  <link rel=\"self\" href=\"").append(xml(url(baseUrl, "feed.xml"))).append("\"/>\n");
        x.append("  <updated>").append(updated).append("</updated>\n");
        x.append("  <author><name>").append(xml(author)).append("</name></author>\n");
        for (Update u : sorted) {
            String link = url(baseUrl, u.path());
            x.append("  <entry>\n");
            x.append("    <title>").append(xml(u.title())).append("</title>\n");
            x.append("    <id>").append(xml(link + "#" + u.date())).append("</id>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(link)).append("\"/>\n");
            x.append("    <updated>").append(timestamp(u.date())).append("</updated>\n");
            x.append("    <summary>").append(xml(u.summary())).append("</summary>\n");
            x.append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /**
     * Writes a sitemap (sitemaps.org 0.9) of the given pages, with percent-encoded URLs.
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @param paths  page paths relative to the site root, not null
     * @return the XML, not null
     */
    public static String sitemap(String baseUrl, List<String> paths) {
        return sitemap(baseUrl, paths, Map.of());
    }

    /**
     * Writes {@code sitemap.xml} with the language versions of pages written in several languages, as
     * {@code xhtml:link rel="alternate" hreflang} elements (each version lists every version, itself included).
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @param paths  the page paths, not null
     * @param alternates  page path → its language versions, not null, may be empty
     * @return the XML, not null
     */
    public static String sitemap(String baseUrl, List<String> paths, Map<String, List<Alternate>> alternates) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (alternates.isEmpty() ? "" : " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"") + ">\n");
        for (String p : paths.stream().sorted().toList()) {
            x.append("  <url><loc>").append(xml(url(baseUrl, p))).append("</loc>");
            for (Alternate a : alternates.getOrDefault(p, List.of())) {
                x.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(xml(a.hreflang())).append("\" href=\"")
                        .append(xml(url(baseUrl, a.path()))).append("\"/>");
            }
            x.append("</url>\n");
        }
        return x.append("</urlset>\n").toString();
    }

    /**
     * A language version of a page, for the sitemap.
     *
     * @param hreflang  its BCP 47 tag or {@code x-default}, not null
     * @param path  its page path, not null
     */
    public record Alternate(String hreflang, String path) {
    }

    /**
     * Writes {@code robots.txt}: everything may be crawled; the sitemap is named.
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @return the text, not null
     */
    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + url(baseUrl, "sitemap.xml") + "\n";
    }

    /**
     * Joins the base URL and a path, percent-encoding each path segment (Japanese file names included).
     *
     * @param baseUrl  the site address ending with {@code /}
     * @param path  a path relative to the site root
     * @return the absolute URL
     */
    public static String url(String baseUrl, String path) {
        if (path.isEmpty()) {
            return baseUrl;
        }
        String encoded = List.of(path.split("/")).stream()
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return URI.create(baseUrl).resolve(encoded).toString();
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00+09:00";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
