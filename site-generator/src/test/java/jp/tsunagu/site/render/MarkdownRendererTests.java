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
    void keepsAllowedRawHtmlAndDropsScriptAndEventHandlers() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n<b onclick=\"alert(1)\">太字</b>と<ruby>情報<rp>（</rp><rt>じょうほう</rt><rp>）</rp></ruby>"
                + " <span style=\"color:red\" lang=\"en\">open data</span> <!-- メモ -->\n");

        assertThat(html).isEqualTo("\n<p><b>太字</b>と<ruby>情報<rp>（</rp><rt>じょうほう</rt><rp>）</rp></ruby>"
                + " <span lang=\"en\">open data</span> </p>\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <img src=x onerror=alert(1)>                              | <img src="x">
            <svg onload=alert(1)><circle r=1 /></svg>                  | <p></p>
            <iframe src="https://example.org/"></iframe>               | ``
            <object data="x.swf"></object><embed src="x.swf">          | <p></p>
            <math><mi>x</mi></math>                                    | x
            <a href="javascript:alert(1)">a</a>                        | <p><a>a</a></p>
            <a href="JaVaScRiPt&colon;alert(1)">a</a>                  | <p><a>a</a></p>
            <a href=" java&#9;script:alert(1)">a</a>                   | <p><a>a</a></p>
            <a href="data:text/html,<script>alert(1)</script>">a</a>   | <p><a>a</a></p>
            <img src="data:image/svg+xml,<svg onload=alert(1)>">       | <img>
            <a href="vbscript:x" target="_blank">a</a>                 | <p><a>a</a></p>
            <form action="https://evil.example/"><input name=q></form> | ``
            <style>body{display:none}</style>                          | ``
            <a href="../policy.html" title="方針">a</a>                 | <p><a href="../policy.html" title="方針">a</a></p>
            <a href="https://example.org/?a=1&b=2">a</a>               | <p><a href="https://example.org/?a=1&amp;b=2">a</a></p>
            <abbr title="a&quot;>b<c">ICT</abbr>                       | <p><abbr title="a&quot;&gt;b&lt;c">ICT</abbr></p>
            ![図](../assets/zu.png)                                    | <p><img src="../assets/zu.png" alt="図"></p>
            ![図](https://tracker.example/pixel.png)                   | <p><img alt="図"></p>
            ![図](//tracker.example/pixel.png)                         | <p><img alt="図"></p>
            """)
    void sanitisesRawHtml(String markdownText, String expected) {
        assertThat(markdown.toHtml(markdownText).strip()).isEqualTo(expected);
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
