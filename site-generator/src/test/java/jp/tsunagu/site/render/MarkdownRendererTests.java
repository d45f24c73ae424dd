package jp.tsunagu.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer markdown = MarkdownRenderer.standard();

    @Test
    void givesJapaneseHeadingsReadableUniqueIds() {
        String html = markdown.toHtml("# 計画の目的\n\n## 計画の目的\n\n## ＤＸ　推進（概要）・課題\n\n## Open Data 2.0!\n");

        assertThat(html.lines()).containsExactly(
                "<h1 id=\"計画の目的\">計画の目的</h1>",
                "<h2 id=\"計画の目的-1\">計画の目的</h2>",
                "<h2 id=\"ｄｘ-推進概要課題\">ＤＸ　推進（概要）・課題</h2>",
                "<h2 id=\"open-data-20\">Open Data 2.0!</h2>");
    }

    @Test
    void rendersGitHubTables() {
        String html = markdown.toHtml("| 指標 | 値 |\n|---|--:|\n| 件数 | 1,200 |\n| 余分 |\n");

        assertThat(html).contains("<thead>\n<tr><th>指標</th><th align=\"right\">値</th></tr>\n</thead>",
                "<tr><td>件数</td><td align=\"right\">1,200</td></tr>",
                "<tr><td>余分</td><td align=\"right\"></td></tr>");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(markdown.toHtml("~~廃止~~した取組")).isEqualTo("<p><del>廃止</del>した取組</p>\n");
    }

    @Test
    void showsRawHtmlAsText() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<b>太字</b> と <!-- メモ -->\n");

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                + "<p>&lt;b&gt;太字&lt;/b&gt; と &lt;!-- メモ --&gt;</p>\n");
    }

    @Test
    void dropsJavaScriptLinks() {
        assertThat(markdown.toHtml("[ここ](javascript:alert(1))")).isEqualTo("<p>ここ</p>\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            詳しくはhttps://example.jp/plan/をご覧ください。 | 詳しくは<a href="https://example.jp/plan/">https://example.jp/plan/</a>をご覧ください。
            （https://example.jp/a）                      | （<a href="https://example.jp/a">https://example.jp/a</a>）
            www.example.jp、                              | <a href="http://www.example.jp">www.example.jp</a>、
            連絡先はinfo@city.example.jpまで。             | 連絡先は<a href="mailto:info@city.example.jp">info@city.example.jp</a>まで。
            https://例え.jp/ は対象外                      | https://例え.jp/ は対象外
            <https://例え.jp/パス>                         | <a href="https://例え.jp/パス">https://例え.jp/パス</a>
            """)
    void endsBareLinksWhereJapaneseTextStarts(String text, String html) {
        assertThat(markdown.toHtml(text)).isEqualTo("<p>" + html + "</p>\n");
    }

    @Test
    void rendersEmptyTextAsEmptyHtml() {
        assertThat(markdown.toHtml("")).isEmpty();
    }
}
