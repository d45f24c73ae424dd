package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteGenerator;

/**
 * A declared language the site generator has no chrome for (Nepali, {@code ne}): the build warns, naming the language
 * at plan.md's {@code languages:}; its pages get the English chrome ({@code lang="en"}) with the text written in
 * Nepali marked {@code lang="ne"}, and the switch names the language in itself with the note in English, marked so.
 */
class LanguageFallbackSiteTests {

    @Test
    void aLanguageWithoutChromeGetsEnglishChromeAndAWarning(@TempDir Path dir) throws IOException {
        Path project = ContentFixture.project(dir.resolve("project"))
                .replace("plan.md", "adopted: 2021-03", "adopted: 2021-03\nlanguages: [vi, ne]")
                .file("viewpoints/A.ne.md", """
                        ---
                        title: दृष्टिकोण A
                        summary: सेवाहरू अनलाइन उपलब्ध छन्।
                        ---

                        ## विवरण

                        नमूना पाठ।
                        """)
                .writeProject();

        BuildResult result = SiteGenerator.build(BuildRequest.of(project, dir.resolve("site")));

        assertThat(result.report().issues()).singleElement().satisfies(i -> assertAll(i.format(),
                () -> assertThat(i.code()).isEqualTo(ValidationCode.W_LANGUAGE_MESSAGES),
                () -> assertThat(i.file()).isEqualTo("plan.md"),
                () -> assertThat(i.line()).isEqualTo(9),
                () -> assertThat(i.message()).contains("言語「ne」（ネパール語）", "英語の画面の言葉で公開", "zh-Hans")));
        Document ne = Jsoup.parse(Files.readString(dir.resolve("site/viewpoints/A.ne.html"), StandardCharsets.UTF_8), "");
        Element current = ne.selectFirst("nav.language-switch a[aria-current]");
        Element fallback = Jsoup.parse(Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8), "")
                .selectFirst("nav.language-switch a.fallback[lang=ne]");
        assertAll(() -> assertThat(ne.selectFirst("html").attr("lang")).isEqualTo("en"),
                () -> assertThat(ne.selectFirst(".skip-link").text()).isEqualTo("Skip to main content"),
                () -> assertThat(ne.selectFirst("main h1").attr("lang")).isEqualTo("ne"),
                () -> assertThat(ne.selectFirst("main h1").text()).isEqualTo("दृष्टिकोण A"),
                () -> assertThat(ne.selectFirst("main p.lead").parent().attr("lang")).isEqualTo("ne"),
                () -> assertThat(ne.selectFirst(".variant-original").text()).startsWith("This is a short version of the page in its own language."),
                () -> assertThat(ne.select("head link[hreflang=ne]")).hasSize(1),
                () -> assertThat(current.attr("lang")).isEqualTo("ne"),
                () -> assertThat(current.text()).isEqualTo("नेपाली"),
                () -> assertThat(fallback.attr("lang")).isEqualTo("ne"),
                () -> assertThat(fallback.text()).isEqualTo("नेपाली (Japanese only)"),
                () -> assertThat(fallback.selectFirst("span[lang=en]").text()).isEqualTo("(Japanese only)"));
    }

    @Test
    void aPlanWithoutLanguagesWarnsOfNothing(@TempDir Path dir) {
        Path project = ContentFixture.project(dir.resolve("project")).writeProject();
        BuildResult result = SiteGenerator.build(BuildRequest.of(project, dir.resolve("site")));
        assertThat(result.report().issues()).extracting(ValidationIssue::code).doesNotContain(ValidationCode.W_LANGUAGE_MESSAGES);
    }
}
