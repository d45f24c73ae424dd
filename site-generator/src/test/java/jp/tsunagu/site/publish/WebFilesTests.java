package jp.tsunagu.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
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
    void writesTheSitemapSortedWithPercentEncodedAddresses() {
        assertThat(WebFiles.sitemap(BASE, List.of("policy.html", "index.html", "用語/情報.html"))).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.jp/plan/index.html</loc></url>
                  <url><loc>https://example.jp/plan/policy.html</loc></url>
                  <url><loc>https://example.jp/plan/%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html</loc></url>
                </urlset>
                """);
        assertThat(WebFiles.sitemap(BASE, List.of())).isEqualTo("""
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                </urlset>
                """);
    }

    @Test
    void languageVersionsAreXhtmlLinksInTheirOwnNamespace() throws Exception {
        List<WebFiles.Alternate> versions = List.of(new WebFiles.Alternate("ja", "index.html"),
                new WebFiles.Alternate("en", "index.en.html"), new WebFiles.Alternate("x-default", "index.html"));
        String sitemap = WebFiles.sitemap(BASE, List.of("index.html", "index.en.html", "policy.html"),
                Map.of("index.html", versions, "index.en.html", versions));
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

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
