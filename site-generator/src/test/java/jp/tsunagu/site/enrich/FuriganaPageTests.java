package jp.tsunagu.site.enrich;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.assemble.SitePaths;

/** Furigana variants of small HTML pages, written to disk and read back. */
class FuriganaPageTests {

    private static final String BASE = "https://example.jp/plan/";

    @TempDir
    Path site;

    private String variant(String path, String body) throws IOException {
        Path page = site.resolve(path);
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>情報化の計画</title>"
                + "<link rel=\"canonical\" href=\"" + BASE + path + "\"></head><body>" + body + "</body></html>\n", UTF_8);
        assertThat(new FuriganaVariants(null, BASE, 2).writeAll(site)).isPositive();
        return Files.readString(site.resolve(SitePaths.furigana(path)), UTF_8);
    }

    private static String ruby(String base, String reading) {
        return "<ruby>" + base + "<rp>(</rp><rt>" + reading + "</rt><rp>)</rp></ruby>";
    }

    @Test
    void writesTheExactRubyMarkupAndKeepsEverythingElse() throws IOException {
        String html = variant("index.html", "<p class=\"lead\">計画を推進する。</p>");

        assertThat(html).contains("<p class=\"lead\">" + ruby("計画", "けいかく") + "を" + ruby("推進", "すいしん") + "する。</p>")
                .contains("<title>情報化の計画</title>")
                .contains("<link rel=\"canonical\" href=\"" + BASE + "index.html\">")
                .startsWith("<!doctype html>\n<html lang=\"ja\">");
    }

    @Test
    void noRubyInCodePreKbdSampScriptStyleTextareaOrAttributes() throws IOException {
        String html = variant("a.html", "<p title=\"漢字\"><code>漢字</code><kbd>漢字</kbd><samp>漢字</samp></p>"
                + "<pre>漢字</pre><textarea>漢字</textarea><script src=\"x.js\"></script>"
                + "<img src=\"x.png\" alt=\"漢字の図\">");

        assertThat(html).doesNotContain("<ruby>").contains("title=\"漢字\"", "<code>漢字</code>", "<pre>漢字</pre>",
                "alt=\"漢字の図\"");
    }

    @Test
    void noRubyInOtherLanguagesButAgainInJapaneseInsideThem() throws IOException {
        String html = variant("b.html", "<p lang=\"en\">Kanji 漢字 in English</p>"
                + "<div lang=\"en\"><p>漢字</p><p lang=\"ja\">漢字</p></div><p>漢字</p>");

        assertThat(html).contains("<p lang=\"en\">Kanji 漢字 in English</p>", "<div lang=\"en\"><p>漢字</p>",
                "<p lang=\"ja\">" + ruby("漢字", "かんじ") + "</p></div><p>" + ruby("漢字", "かんじ") + "</p>");
    }

    @Test
    void aWholeEnglishPageGetsNoVariantAndLinksToItStayPlain() throws IOException {
        Files.writeString(site.resolve("x.en.html"),
                "<!DOCTYPE html><html lang=\"en\"><body><p>Plan 計画</p><a href=\"y.html\">y</a></body></html>", UTF_8);
        Files.writeString(site.resolve("x.html"), "<!DOCTYPE html><html lang=\"ja\"><body><p>計画</p>"
                + "<a href=\"x.en.html\" hreflang=\"en\" lang=\"en\">English</a><a href=\"y.html\">y</a></body></html>", UTF_8);
        new FuriganaVariants(null, BASE, 1).writeAll(site);

        assertThat(site.resolve("x.en.furigana.html")).doesNotExist();
        assertThat(Files.readString(site.resolve("x.furigana.html"), UTF_8))
                .contains("<a href=\"x.en.html\" hreflang=\"en\" lang=\"en\">English</a>", "href=\"y.furigana.html\"");
    }

    @Test
    void readsTextAcrossInlineElementsAsOneRun() throws IOException {
        String html = variant("c.html", "<p><a href=\"x.html\">取り</a>組みと<em>情報</em>化</p>");

        // 取り組み is one word cut by the link: each piece is read on its own, the kanji still get ruby.
        assertThat(html).contains("<em>" + ruby("情報", "じょうほう") + "</em>" + ruby("化", "か") + "</p>")
                .contains(ruby("取", "と") + "り</a>", ruby("組", "く") + "みと");
    }

    @Test
    void keepsHandWrittenRubyAndKana() throws IOException {
        String html = variant("d.html", "<p>" + ruby("会津", "あいづ") + "のひらがなとカタカナ</p>");

        assertThat(html).contains("<p>" + ruby("会津", "あいづ") + "のひらがなとカタカナ</p>");
    }

    @Test
    void internalLinksPointToFuriganaVariantsAndTheToggleBack() throws IOException {
        String html = variant("pages/お知らせ.html", "<a href=\"../pages/お知らせ.furigana.html\" data-furigana=\"on\">ふりがなをつける</a>"
                + "<a href=\"../index.html#top\">ホーム</a> <a href=\"%E8%A8%88.html?q=1\">計</a>"
                + "<a href=\"https://example.com/x.html\">外</a> <a href=\"" + BASE + "policy.html\">方針</a>"
                + "<a href=\"/plan/404.html\">404</a> <a href=\"#main\">本文</a> <a href=\"../feed.xml\">フィード</a>"
                + "<a href=\"mailto:a@example.jp\">メール</a>"
                + "<form action=\"../sakuin.html\" data-search=\"../search.html\"></form>");

        assertThat(html).contains("<a href=\"../pages/お知らせ.html\" data-furigana=\"off\">ふりがなをはずす</a>",
                "href=\"../index.furigana.html#top\"", "href=\"%E8%A8%88.furigana.html?q=1\"",
                "href=\"https://example.com/x.html\"", "href=\"" + BASE + "policy.furigana.html\"",
                "href=\"/plan/404.furigana.html\"", "href=\"#main\"", "href=\"../feed.xml\"", "href=\"mailto:a@example.jp\"",
                "action=\"../sakuin.furigana.html\" data-search=\"../search.furigana.html\"");
    }

    @Test
    void variantsAreNotMadeOfVariantsAndTheOutputIsTheSameEveryRun() throws IOException {
        String first = variant("e.html", "<p>情報化推進計画の取り組み</p>");
        new FuriganaVariants(null, BASE, 2).writeAll(site);

        assertThat(site.resolve("e.furigana.furigana.html")).doesNotExist();
        assertThat(Files.readString(site.resolve("e.furigana.html"), UTF_8)).isEqualTo(first);
    }
}
