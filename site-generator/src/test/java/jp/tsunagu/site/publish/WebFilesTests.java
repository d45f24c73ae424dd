package jp.tsunagu.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The feed and the sitemap byte for byte as published, and what an XML parser reads back from them. */
class WebFilesTests {
    private static final String BASE = "https://example.jp/plan/";

    @Test
    void writesTheAtomFeedNewestFirstWithItsLayout() {
        String feed = WebFiles.atom(BASE, "計画の更新", "つなぎ野市", List.of(
                new WebFiles.Update("reviews/r3.html", "令和3年度の振り返り", LocalDate.of(2021, 6, 1), "振り返りを載せました。"),
                new WebFiles.Update("pages/お知らせ.html", "お知らせ", LocalDate.of(2022, 4, 1), "新しい計画です。")));
        assertThat(feed).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
                  <title>計画の更新</title>
                  <id>https://example.jp/plan/</id>
                  <link rel="alternate" type="text/html" href="https://example.jp/plan/"/>
                  <link rel="self" href="https://example.jp/plan/feed.xml"/>
                  <updated>2022-04-01T00:00:00+09:00</updated>
                  <author><name>つなぎ野市</name></author>
                  <entry>
                    <title>お知らせ</title>
                    <id>https://example.jp/plan/pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html#2022-04-01</id>
                    <link rel="alternate" type="text/html" href="https://example.jp/plan/pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html"/>
                    <updated>2022-04-01T00:00:00+09:00</updated>
                    <summary>新しい計画です。</summary>
                  </entry>
                  <entry>
                    <title>令和3年度の振り返り</title>
                    <id>https://example.jp/plan/reviews/r3.html#2021-06-01</id>
                    <link rel="alternate" type="text/html" href="https://example.jp/plan/reviews/r3.html"/>
                    <updated>2021-06-01T00:00:00+09:00</updated>
                    <summary>振り返りを載せました。</summary>
                  </entry>
                </feed>
                """);
    }

    @Test
    void aFeedWithoutUpdatesStillNamesADate() {
        assertThat(WebFiles.atom(BASE, "t", "a", List.of()))
                .contains("<updated>2000-01-01T00:00:00+09:00</updated>\n  <author><name>a</name></author>\n</feed>\n");
    }

    @Test
    void markupInTextIsEscapedAndReadsBackAsWritten() throws Exception {
        String title = "A & B <c> \"d\" 'e' ]]> 会津";
        String base = "https://example.jp/a&b/";
        String feed = WebFiles.atom(base, title, "x < y", List.of(
                new WebFiles.Update("p.html", title, LocalDate.of(2024, 1, 1), "1 > 0 & \"ok\"")));
        assertThat(feed).contains("<title>A &amp; B &lt;c&gt; \"d\" 'e' ]]&gt; 会津</title>",
                "href=\"https://example.jp/a&amp;b/\"", "<author><name>x &lt; y</name></author>");

        Document doc = parse(feed);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("ja");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(doc.getElementsByTagName("title").item(1).getTextContent()).isEqualTo(title);
        assertThat(doc.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("1 > 0 & \"ok\"");
        assertThat(((Element) doc.getElementsByTagName("link").item(0)).getAttribute("href")).isEqualTo(base);
    }

    @Test
    void writesTheSitemapSortedWithPercentEncodedAddresses(@TempDir Path site) throws Exception {
        assertThat(WebFiles.writeSitemap(site, BASE, List.of("policy.html", "index.html", "用語/情報.html"), Map.of()))
                .containsExactly("sitemap.xml");
        assertThat(read(site, "sitemap.xml")).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.jp/plan/index.html</loc></url>
                  <url><loc>https://example.jp/plan/policy.html</loc></url>
                  <url><loc>https://example.jp/plan/%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html</loc></url>
                </urlset>
                """);
        assertThat(WebFiles.writeSitemap(site, BASE, List.of(), Map.of())).containsExactly("sitemap.xml");
        assertThat(read(site, "sitemap.xml")).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                </urlset>
                """);
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("sitemap.xml");
        }
    }

    @Test
    void languageVersionsAreXhtmlLinksInTheirOwnNamespace(@TempDir Path site) throws Exception {
        List<WebFiles.Alternate> versions = List.of(new WebFiles.Alternate("ja", "index.html"),
                new WebFiles.Alternate("en", "index.en.html"), new WebFiles.Alternate("x-default", "index.html"));
        WebFiles.writeSitemap(site, BASE, List.of("index.html", "index.en.html", "policy.html"),
                Map.of("index.html", versions, "index.en.html", versions));
        String sitemap = read(site, "sitemap.xml");
        assertThat(sitemap).startsWith("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url><loc>https://example.jp/plan/index.en.html</loc>\
                <xhtml:link rel="alternate" hreflang="ja" href="https://example.jp/plan/index.html"/>\
                <xhtml:link rel="alternate" hreflang="en" href="https://example.jp/plan/index.en.html"/>\
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.jp/plan/index.html"/></url>
                """).contains("  <url><loc>https://example.jp/plan/policy.html</loc></url>\n</urlset>\n");

        Document doc = parse(sitemap);
        var links = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(links.getLength()).isEqualTo(6);
        assertThat(((Element) links.item(1)).getAttribute("hreflang")).isEqualTo("en");
    }

    /**
     * sitemaps.org allows 50,000 addresses in one file: a site of exactly that many keeps one {@code sitemap.xml};
     * one more page makes {@code sitemap.xml} a sitemap index over two files, the first full, and robots.txt still
     * names {@code sitemap.xml}.
     */
    @Test
    void fiftyThousandAddressesFitOneFileAndOneMoreMakesASitemapIndex(@TempDir Path site) throws Exception {
        List<String> pages = IntStream.range(0, WebFiles.SITEMAP_URLS).mapToObj(i -> "initiatives/%06d.html".formatted(i))
                .collect(Collectors.toCollection(ArrayList::new));
        assertThat(WebFiles.writeSitemap(site, BASE, pages, Map.of())).containsExactly("sitemap.xml");
        assertThat(urls(parse(read(site, "sitemap.xml")), "url")).hasSize(50_000);

        pages.add("zz.html");
        Path larger = Files.createDirectory(site.resolve("larger"));
        assertThat(WebFiles.writeSitemap(larger, BASE, pages, Map.of()))
                .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
        assertThat(read(larger, "sitemap.xml")).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.jp/plan/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://example.jp/plan/sitemap-2.xml</loc></sitemap>
                </sitemapindex>
                """);
        List<String> first = urls(parse(read(larger, "sitemap-1.xml")), "url");
        assertThat(first).hasSize(50_000).startsWith(BASE + "initiatives/000000.html").endsWith(BASE + "initiatives/049999.html");
        assertThat(read(larger, "sitemap-2.xml")).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.jp/plan/zz.html</loc></url>
                </urlset>
                """);
        assertThat(WebFiles.robots(BASE)).contains("Sitemap: https://example.jp/plan/sitemap.xml\n");
    }

    /**
     * A part ends before it would pass either limit, the bytes too (language versions make entries long), and the
     * parts together list every page once, in order, each declaring the namespace its entries use.
     */
    @Test
    void partsStayWithinBothLimitsAndListEveryPageOnce(@TempDir Path site) throws Exception {
        List<String> pages = IntStream.rangeClosed(1, 7).mapToObj(i -> "p" + i + ".html").toList();
        List<WebFiles.Alternate> versions = List.of(new WebFiles.Alternate("ja", "p1.html"),
                new WebFiles.Alternate("en", "p1.en.html"));
        long limit = 500;
        List<String> written = WebFiles.writeSitemap(site, BASE, pages, Map.of("p1.html", versions, "p2.html", versions),
                3, limit);

        assertThat(written).first().isEqualTo("sitemap.xml");
        List<String> parts = written.subList(1, written.size());
        assertThat(urls(parse(read(site, "sitemap.xml")), "sitemap"))
                .containsExactlyElementsOf(parts.stream().map(p -> BASE + p).toList());
        List<String> listed = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (String part : parts) {
            assertThat(Files.size(site.resolve(part))).isLessThanOrEqualTo(limit);
            List<String> urls = urls(parse(read(site, part)), "url");
            sizes.add(urls.size());
            listed.addAll(urls);
        }
        assertThat(listed).containsExactlyElementsOf(pages.stream().map(p -> BASE + p).toList());
        assertThat(sizes).as("the two long entries do not fit one part of 500 bytes; then 3 addresses a part")
                .containsExactly(1, 3, 3);
    }

    /** The {@code loc} of each {@code url} (or {@code sitemap}) element, in order. */
    private static List<String> urls(Document doc, String element) {
        var nodes = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
                    .item(0).getTextContent());
        }
        return out;
    }

    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
