package jp.tsunagu.site.publish;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The machine-readable files of a site: the Atom feed of updates, {@code sitemap.xml} (and the parts of a large
 * site's sitemap) and {@code robots.txt}.
 * Output is deterministic: dates come from the content, never from the clock, and lists are sorted. The XML is
 * written with the JDK's StAX writer ({@link Xml}), which escapes text and attribute values.
 */
public final class WebFiles {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SITEMAP_FILE = "sitemap.xml";

    /** The most addresses one sitemap file may list (sitemaps.org protocol 0.9). */
    public static final int SITEMAP_URLS = 50_000;

    /** The most bytes one sitemap file may have uncompressed: 50 MiB (sitemaps.org protocol 0.9). */
    public static final long SITEMAP_BYTES = 52_428_800L;

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
        return atom(baseUrl, title, author, updates, Integer.MAX_VALUE);
    }

    /**
     * Writes an Atom feed (RFC 4287) of the latest updates, newest first: a feed tells what is new, so its size
     * does not grow with the site.
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @param title  the feed title, not null
     * @param author  the publisher, not null
     * @param updates  the updates, not null
     * @param latest  how many of the latest updates to keep, at least 1
     * @return the XML, not null
     */
    public static String atom(String baseUrl, String title, String author, List<Update> updates, int latest) {
        List<Update> sorted = updates.stream()
                .sorted(Comparator.comparing(Update::date).reversed().thenComparing(Update::path)).limit(latest).toList();
        String updated = sorted.stream().map(Update::date).max(Comparator.naturalOrder())
                .map(WebFiles::timestamp).orElse("2000-01-01T00:00:00+09:00");
        return Xml.write(x -> {
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "ja");
            line(x, 1);
            element(x, "title", title);
            line(x, 1);
            element(x, "id", url(baseUrl, ""));
            line(x, 1);
            link(x, "alternate", "text/html", url(baseUrl, ""));
            line(x, 1);
            link(x, "self", null, url(baseUrl, "feed.xml"));
            line(x, 1);
            element(x, "updated", updated);
            line(x, 1);
            x.writeStartElement("author");
            element(x, "name", author);
            x.writeEndElement();
            for (Update u : sorted) {
                String link = url(baseUrl, u.path());
                line(x, 1);
                x.writeStartElement("entry");
                line(x, 2);
                element(x, "title", u.title());
                line(x, 2);
                element(x, "id", link + "#" + u.date());
                line(x, 2);
                link(x, "alternate", "text/html", link);
                line(x, 2);
                element(x, "updated", timestamp(u.date()));
                line(x, 2);
                element(x, "summary", u.summary());
                line(x, 1);
                x.writeEndElement();
            }
            line(x, 0);
            x.writeEndElement();
        });
    }

    /**
     * Writes {@code sitemap.xml} (sitemaps.org 0.9) of the given pages, with percent-encoded URLs, sorted, and the
     * language versions of pages written in several languages as {@code xhtml:link rel="alternate" hreflang}
     * elements (each version lists every version, itself included). The protocol allows at most
     * {@value #SITEMAP_URLS} addresses and {@value #SITEMAP_BYTES} bytes in one file: a site within that gets one
     * {@code sitemap.xml}; a larger one gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, … within those limits and
     * {@code sitemap.xml} as their sitemap index, so {@code robots.txt} names the same file either way. Entries are
     * written as they are made, so nothing grows with the site but the list of paths given.
     *
     * @param folder  the site's folder, not null
     * @param baseUrl  the site address ending with {@code /}, not null
     * @param paths  the page paths, relative to the site root, not null
     * @param alternates  page path → its language versions, not null, may be empty
     * @return the files written, relative to the folder: {@code sitemap.xml} first, not empty
     * @throws IOException  if a file cannot be written
     */
    public static List<String> writeSitemap(Path folder, String baseUrl, List<String> paths,
            Map<String, List<Alternate>> alternates) throws IOException {
        return writeSitemap(folder, baseUrl, paths, alternates, SITEMAP_URLS, SITEMAP_BYTES);
    }

    /** As {@link #writeSitemap(Path, String, List, Map)}, with the limits of one file given (for tests). */
    static List<String> writeSitemap(Path folder, String baseUrl, List<String> paths, Map<String, List<Alternate>> alternates,
            int maxUrls, long maxBytes) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"" + SITEMAP + "\""
                + (alternates.isEmpty() ? "" : " xmlns:xhtml=\"" + XHTML + "\"") + ">";
        String tail = "\n</urlset>\n";
        long fixed = utf8(head) + utf8(tail);
        List<String> parts = new ArrayList<>();
        Writer out = null;
        int urls = 0;
        long bytes = 0;
        try {
            for (String p : paths.stream().sorted().toList()) {
                String entry = "\n  " + Xml.fragment(x -> urlEntry(x, baseUrl, p, alternates.getOrDefault(p, List.of())));
                long size = utf8(entry);
                if (out != null && (urls == maxUrls || fixed + bytes + size > maxBytes)) {
                    out.write(tail);
                    out.close();
                    out = null;
                }
                if (out == null) {
                    parts.add("sitemap-" + (parts.size() + 1) + ".xml");
                    out = Files.newBufferedWriter(folder.resolve(parts.get(parts.size() - 1)), StandardCharsets.UTF_8);
                    out.write(head);
                    urls = 0;
                    bytes = 0;
                }
                out.write(entry);
                urls++;
                bytes += size;
            }
            if (out == null) {
                parts.add("sitemap-1.xml");
                out = Files.newBufferedWriter(folder.resolve(parts.get(0)), StandardCharsets.UTF_8);
                out.write(head);
            }
            out.write(tail);
        } finally {
            if (out != null) {
                out.close();
            }
        }
        if (parts.size() == 1) {
            Files.move(folder.resolve(parts.get(0)), folder.resolve(SITEMAP_FILE), StandardCopyOption.REPLACE_EXISTING);
            return List.of(SITEMAP_FILE);
        }
        Files.writeString(folder.resolve(SITEMAP_FILE), Xml.write(x -> {
            x.writeStartElement("sitemapindex");
            x.writeDefaultNamespace(SITEMAP);
            for (String part : parts) {
                line(x, 1);
                x.writeStartElement("sitemap");
                element(x, "loc", url(baseUrl, part));
                x.writeEndElement();
            }
            line(x, 0);
            x.writeEndElement();
        }), StandardCharsets.UTF_8);
        List<String> written = new ArrayList<>(List.of(SITEMAP_FILE));
        written.addAll(parts);
        return List.copyOf(written);
    }

    /** One {@code url} element of a sitemap, with its language versions. */
    private static void urlEntry(XMLStreamWriter x, String baseUrl, String path, List<Alternate> versions)
            throws XMLStreamException {
        x.writeStartElement("url");
        element(x, "loc", url(baseUrl, path));
        for (Alternate a : versions) {
            x.writeEmptyElement("xhtml", "link", XHTML);
            x.writeAttribute("rel", "alternate");
            x.writeAttribute("hreflang", a.hreflang());
            x.writeAttribute("href", url(baseUrl, a.path()));
        }
        x.writeEndElement();
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
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
     * Writes {@code robots.txt}: everything may be crawled; the sitemap (or the sitemap index) is named.
     *
     * @param baseUrl  the site address ending with {@code /}, not null
     * @return the text, not null
     */
    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + url(baseUrl, SITEMAP_FILE) + "\n";
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

    /** A new line and the indentation of the given depth, two spaces a level. */
    private static void line(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        if (type != null) {
            x.writeAttribute("type", type);
        }
        x.writeAttribute("href", href);
    }
}
