package jp.tsunagu.site.publish;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The machine-readable files of a site: the Atom feed of updates, {@code sitemap.xml} and {@code robots.txt}.
 * Output is deterministic: dates come from the content, never from the clock, and lists are sorted. The XML is
 * written with the JDK's StAX writer ({@link Xml}), which escapes text and attribute values.
 */
public final class WebFiles {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

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
        return Xml.write(x -> {
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            if (!alternates.isEmpty()) {
                x.writeNamespace("xhtml", XHTML);
            }
            for (String p : paths.stream().sorted().toList()) {
                line(x, 1);
                x.writeStartElement("url");
                element(x, "loc", url(baseUrl, p));
                for (Alternate a : alternates.getOrDefault(p, List.of())) {
                    x.writeEmptyElement("xhtml", "link", XHTML);
                    x.writeAttribute("rel", "alternate");
                    x.writeAttribute("hreflang", a.hreflang());
                    x.writeAttribute("href", url(baseUrl, a.path()));
                }
                x.writeEndElement();
            }
            line(x, 0);
            x.writeEndElement();
        });
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
