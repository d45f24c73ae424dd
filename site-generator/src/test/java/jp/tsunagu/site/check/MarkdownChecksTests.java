package jp.tsunagu.site.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The checks on Markdown files, one rule at a time, with the lines of the file (front matter included). */
class MarkdownChecksTests {
    private static final String FRONT = "---\ntype: page\nid: x\ntitle: x\n---\n";

    @ParameterizedTest(name = "「{0}」 says nothing out of context")
    @ValueSource(strings = {"こちら", "ここ", "こちら。", "ここをクリック", "詳しくはこちら", "詳細", "click here", "Here", "もっと見る"})
    void vagueLinkTexts(String text) {
        assertThat(MarkdownChecks.isVague(text)).isTrue();
    }

    @ParameterizedTest(name = "「{0}」 names its target")
    @ValueSource(strings = {"令和4年度のアクションプラン", "こちらの計画", "ここまでの取組", "オープンデータの一覧"})
    void descriptiveLinkTexts(String text) {
        assertThat(MarkdownChecks.isVague(text)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            image without alt                 ; ![](a.png)                      ; E-IMG-ALT
            reference image without alt       ; ![][a]\\n\\n[a]: a.png            ; E-IMG-ALT
            link without text                 ; [](a.html)                      ; E-LINK-EMPTY
            vague link                        ; [こちら](a.html)                 ; W-LINK-TEXT
            vague reference link              ; [ここ][a]\\n\\n[a]: a.html        ; W-LINK-TEXT
            table with an empty header row    ; | | |\\n|---|---|\\n| 1 | 2 |    ; E-TABLE-HEADER
            raw HTML table without th         ; <table><tr><td>1</td></tr></table> ; E-TABLE-HEADER
            raw HTML image without alt        ; 地図 <img src="map.png"> です     ; E-IMG-ALT
            """)
    void eachRuleFindsItsFaultOnTheLineAfterTheFrontMatter(String name, String markdown, String code) {
        MarkdownChecks.Result r = MarkdownChecks.check(Path.of("x.md"), FRONT + "\n" + markdown.replace("\\n", "\n") + "\n", 50);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.line()).isEqualTo(7);
        });
    }

    @Test
    void goodMarkdownHasNoFinding() {
        String md = FRONT + "\n## 見出し\n\n![地図](map.png) [地図の説明](a.html)\n\n| 年度 | 値 |\n|---|---|\n| 1 | 2 |\n\n"
                + "[![市のロゴ](logo.png)](https://example.jp/)\n";
        assertThat(MarkdownChecks.check(Path.of("x.md"), md, 50).findings()).isEmpty();
    }

    @Test
    void relativeLinksAreCollectedWithTheirLinesAbsoluteOnesAreNot() {
        String md = FRONT + "\n[a](../a.html)\n[b](https://example.jp/)\n[c](#計画の目的)\n[d](mailto:x@example.jp)\n![e](/root.png)\n";
        assertThat(MarkdownChecks.check(Path.of("x.md"), md, 50).links())
                .extracting(MarkdownChecks.RelativeLink::url, MarkdownChecks.RelativeLink::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("../a.html", 7), org.assertj.core.groups.Tuple.tuple("#計画の目的", 9));
    }

    @Test
    void longSentencesAreFoundInEasyPagesOnlyOnTheirOwnLine() {
        String md = FRONT + "\nみじかい ぶんです。\nつぎの ぶんは とても とても ながい ぶんで、いいたい ことが たくさん あるので、ひとつの ぶんに しては いけません。\n";
        MarkdownChecks.Result easy = MarkdownChecks.check(Path.of("x.easy.md"), md, 30);
        assertThat(easy.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("W-EASY-SENTENCE");
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.message()).contains("30 文字まで");
        });
        assertThat(MarkdownChecks.check(Path.of("x.md"), md, 30).findings()).isEmpty();
    }
}
