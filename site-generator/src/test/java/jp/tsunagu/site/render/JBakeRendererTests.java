package jp.tsunagu.site.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JBakeRendererTests {

    /** A typed model value, as the assemble stage hands them over; templates read public types only. */
    public record Term(String name, String reading, List<String> initiatives) {
    }

    private final SiteRenderer renderer = new JBakeRenderer();

    @TempDir
    Path output;

    @Test
    void bakesPagesWithJapaneseOutputPathsUnderTheirOwnNames() throws IOException {
        String body = MarkdownRenderer.standard().toHtml("## 計画の目的\n\n誰一人取り残さない<デジタル化>。");
        List<Page> pages = List.of(
                Page.of("index.html", "page.ftlh", "つなぐ市 DX 推進計画", Map.of("body", body)),
                Page.of("日本語.html", "page.ftlh", "<やさしい> 日本語", Map.of()),
                Page.of("用語/情報.html", "term.ftlh", "情報",
                        Map.of("term", new Term("情報", "じょうほう", List.of("窓口の電子化", "オープンデータ")),
                                "target", 1200)));

        RenderResult result = renderer.render(RenderRequest.of(pages, templates(), output));

        assertThat(result.written()).extracting(OutputPath::value)
                .containsExactly("index.html", "日本語.html", "用語/情報.html");
        assertThat(filesIn(output)).containsExactlyInAnyOrder("index.html", "日本語.html", "用語/情報.html");
        String index = read("index.html");
        String japanese = read("日本語.html");
        String term = read("用語/情報.html");
        assertAll("rendered pages",
                () -> assertThat(index).contains("<title>つなぐ市 DX 推進計画 | つなぐ市</title>",
                        "<h2 id=\"計画の目的\">計画の目的</h2>", "誰一人取り残さない&lt;デジタル化&gt;。",
                        "href=\"style.css\""),
                () -> assertThat(japanese).contains("<h1>&lt;やさしい&gt; 日本語</h1>"),
                () -> assertThat(term).contains("<ruby>情報<rp>(</rp><rt>じょうほう</rt><rp>)</rp></ruby>",
                        "関連する取組: 窓口の電子化、オープンデータ", "目標値: 1,200",
                        "href=\"../style.css\"", "href=\"../index.html\""));
    }

    @Test
    void writesTheExtensionOfTheOutputPathAndEscapesXml() throws IOException {
        Page sitemap = Page.of("sitemap.xml", "sitemap.ftlx", "サイトマップ",
                Map.of("locations", List.of("https://example.jp/用語/情報.html", "https://example.jp/?a=1&b=2")));

        renderer.render(RenderRequest.of(List.of(sitemap), templates(), output));

        assertThat(filesIn(output)).containsExactly("sitemap.xml");
        assertThat(read("sitemap.xml")).contains("<loc>https://example.jp/用語/情報.html</loc>",
                "<loc>https://example.jp/?a=1&amp;b=2</loc>");
    }

    @Test
    void failsWithTheTemplateLineAndPageWhenATemplateBreaks() {
        List<Page> pages = List.of(
                Page.of("index.html", "page.ftlh", "トップ", Map.of()),
                Page.of("用語/壊れた.html", "broken.ftlh", "壊れたページ", Map.of()));
        RenderRequest request = RenderRequest.of(pages, templates(), output);

        assertThatExceptionOfType(RenderException.class)
                .isThrownBy(() -> renderer.render(request))
                .satisfies(e -> assertThat(e.problems()).singleElement().asString()
                        .contains("用語/壊れた.html", "テンプレート broken.ftlh の 3 行 6 桁目",
                                "式「content.missing」の値がありません"))
                .withMessageStartingWith("ページを作れませんでした（問題 1 件）:\n - ");
    }

    @Test
    void failsWithTheLineOfATemplateSyntaxError() {
        RenderRequest request = RenderRequest.of(
                List.of(Page.of("index.html", "unclosed.ftlh", "トップ", Map.of())), templates(), output);

        assertThatExceptionOfType(RenderException.class)
                .isThrownBy(() -> renderer.render(request))
                .withMessageContaining("テンプレート unclosed.ftlh の")
                .withMessageContaining("書き方に誤りがあります");
    }

    @Test
    void reportsEveryMissingTemplateBeforeBaking() {
        List<Page> pages = List.of(
                Page.of("a.html", "missing-one.ftlh", "A", Map.of()),
                Page.of("b.html", "missing-one.ftlh", "B", Map.of()),
                Page.of("c.html", "missing-two.ftlh", "C", Map.of()));

        assertThatExceptionOfType(RenderException.class)
                .isThrownBy(() -> renderer.render(RenderRequest.of(pages, templates(), output)))
                .satisfies(e -> assertThat(e.problems()).satisfiesExactly(
                        problem -> assertThat(problem).contains("テンプレート missing-one.ftlh が", "2 ページが使っています", "例: a.html"),
                        problem -> assertThat(problem).contains("テンプレート missing-two.ftlh が", "1 ページが使っています", "例: c.html")));
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void restoresTheDefaultLocalesThatJBakeOverwrites() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            renderer.render(RenderRequest.of(List.of(Page.of("index.html", "page.ftlh", "トップ", Map.of())),
                    templates(), output));

            assertThat(Locale.getDefault()).isEqualTo(before);
            assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.GERMANY);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    @Test
    void bakesAgainInTheSameJvm() throws IOException {
        for (String title : List.of("一回目", "二回目")) {
            renderer.render(RenderRequest.of(List.of(Page.of("index.html", "page.ftlh", title, Map.of())),
                    templates(), output));

            assertThat(read("index.html")).contains("<h1>" + title + "</h1>");
        }
    }

    @Test
    void rendersNoPagesWithoutError() {
        RenderResult result = renderer.render(RenderRequest.of(List.of(), templates(), output));

        assertThat(result.pageCount()).isZero();
        assertThat(output).isEmptyDirectory();
    }

    static Path templates() {
        try {
            return Path.of(JBakeRendererTests.class.getResource("/templates").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String read(String outputPath) throws IOException {
        return Files.readString(OutputPath.parse(outputPath).resolveIn(output), UTF_8);
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
