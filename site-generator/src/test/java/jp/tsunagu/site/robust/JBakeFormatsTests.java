package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;

/**
 * A project shaped like JBake's stock example projects — {@code jbake.properties}, FreeMarker templates with
 * header, menu and footer includes, posts in Markdown, HTML and AsciiDoc — is baked with the AsciiDoc (and Groovy)
 * files reported per file as {@code W-FORMAT-UNSUPPORTED} and left out, never published as pages that say a
 * rendering engine is missing; a pathological Markdown post is refused with its file and line before baking.
 */
class JBakeFormatsTests {

    @Test
    void files_in_formats_tsunagu_does_not_render_are_reported_and_left_out(@TempDir Path dir) throws IOException {
        Path source = stockProject(dir.resolve("src"), Map.of());

        BuildResult result = SiteGenerator.build(BuildRequest.of(source, dir.resolve("site")));

        assertThat(result.report().issues()).extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .containsExactly(
                        tuple(ValidationCode.W_FORMAT_UNSUPPORTED, "content/blog/2013/third-post.adoc", 0),
                        tuple(ValidationCode.W_FORMAT_UNSUPPORTED, "content/scripts/hello.groovy", 0));
        assertThat(result.report().issues().get(0).message()).contains("AsciiDoc のファイルは Tsunagu ではページにならない",
                "Markdown（同じ名前の .md）か HTML（.html）に書き換えてください");
        assertThat(result.report().hasErrors()).isFalse();
        Path site = result.outputDirectory();
        assertThat(site.resolve("blog/2013/first-post.html")).content(StandardCharsets.UTF_8).contains("<strong>最初</strong>の記事");
        assertThat(site.resolve("blog/2013/second-post.html")).content(StandardCharsets.UTF_8).contains("二つ目の記事");
        assertThat(site.resolve("about.html")).content(StandardCharsets.UTF_8).contains("このサイトについて");
        assertThat(site.resolve("blog/2013/third-post.html")).doesNotExist();
        assertThat(site.resolve("scripts/hello.groovy")).doesNotExist();
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).map(JBakeFormatsTests::read))
                    .noneMatch(text -> text.contains("Rendering engine missing") || text.contains("三つ目の記事"));
        }
        assertThat(site.resolve("index.html")).content(StandardCharsets.UTF_8).contains("最初の記事", "二つ目の記事")
                .doesNotContain("三つ目の記事");
    }

    @Test
    void with_fail_on_warning_an_unrendered_format_stops_the_build_before_anything_is_written(@TempDir Path dir)
            throws IOException {
        Path source = stockProject(dir.resolve("src"), Map.of());
        Path site = SiteGenerator.build(BuildRequest.of(source, dir.resolve("site"))).outputDirectory();
        Map<String, byte[]> before = SiteFiles.snapshot(site);

        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(source, site)
                .withFailOn(jp.tsunagu.plan.validate.Severity.WARNING)));

        assertThat(thrown).isInstanceOf(ContentErrorException.class);
        assertThat(((ContentErrorException) thrown).report().issues()).extracting(ValidationIssue::code, ValidationIssue::file)
                .containsExactly(tuple(ValidationCode.W_FORMAT_UNSUPPORTED, "content/blog/2013/third-post.adoc"),
                        tuple(ValidationCode.W_FORMAT_UNSUPPORTED, "content/scripts/hello.groovy"));
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(site))).as("files changed in the published site").isEmpty();
    }

    @Test
    void a_pathological_markdown_post_is_refused_with_its_file_and_line_before_baking(@TempDir Path dir) throws IOException {
        Path source = stockProject(dir.resolve("src"), Map.of("content/blog/2013/deep.md",
                "title=深い記事\ndate=2013-03-01\ntype=post\nstatus=published\n~~~~~~\n\n" + "> ".repeat(10_000) + "引用\n"));

        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(source, dir.resolve("site"))));

        assertThat(thrown).isInstanceOf(ContentErrorException.class);
        assertThat(((ContentErrorException) thrown).report().issues())
                .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .contains(tuple(ValidationCode.E_BODY_NESTING, "content/blog/2013/deep.md", 7));
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void a_broken_template_is_told_in_japanese_with_its_line_and_the_site_is_not_written(@TempDir Path dir) throws IOException {
        Path source = stockProject(dir.resolve("src"), Map.of("templates/post.ftl", """
                <#include "header.ftl"><#include "menu.ftl">
                <h1>${content.title}</h1><p>${content.nothing}</p>${content.body}
                <#include "footer.ftl">
                """));

        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(source, dir.resolve("site"))));

        assertThat(thrown).isInstanceOf(SiteException.class);
        assertThat(((SiteException) thrown).stage()).isEqualTo(Stage.RENDER);
        assertThat(thrown.getMessage()).contains("テンプレート post.ftl の 2 行", "式「content.nothing」の値がありません",
                "${x!} や <#if x??> を使ってください").doesNotContain("Exception", "FreeMarker", "Tip:", "null");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the project: the files of the stock example's shape, then the extra ones. */
    private static Path stockProject(Path source, Map<String, String> extra) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jbake.properties", """
                site.host=http://www.city.example.jp
                render.tags=false
                render.sitemap=true
                render.archive=true
                render.feed=true
                default.status=published
                """);
        files.put("templates/header.ftl", """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title><#if (content.title)??>${content.title}<#else>例示市</#if></title></head>
                <body>
                """);
        files.put("templates/menu.ftl", "<nav><a href=\"${content.rootpath!}index.html\">ホーム</a></nav>\n");
        files.put("templates/footer.ftl", "<footer>例示市</footer></body></html>\n");
        files.put("templates/index.ftl", """
                <#include "header.ftl"><#include "menu.ftl">
                <h1>お知らせ</h1>
                <ul><#list published_posts as post><li><a href="${post.uri}">${post.title}</a></li></#list></ul>
                <#include "footer.ftl">
                """);
        files.put("templates/post.ftl", """
                <#include "header.ftl"><#include "menu.ftl">
                <h1>${content.title}</h1><p>${content.date?string("yyyy-MM-dd")}</p>${content.body}
                <#include "footer.ftl">
                """);
        files.put("templates/page.ftl", """
                <#include "header.ftl"><#include "menu.ftl">
                <h1>${content.title}</h1>${content.body}
                <#include "footer.ftl">
                """);
        files.put("templates/archive.ftl", """
                <#include "header.ftl"><#include "menu.ftl">
                <ul><#list published_posts as post><li>${post.title}</li></#list></ul>
                <#include "footer.ftl">
                """);
        files.put("templates/feed.ftl", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>例示市</title>
                <#list published_posts as post><item><title>${post.title}</title></item></#list></channel></rss>
                """);
        files.put("templates/sitemap.ftl", """
                <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <#list published_content as c><url><loc>${config.site_host}/${c.uri}</loc></url></#list></urlset>
                """);
        files.put("content/about.html", """
                title=このサイトについて
                date=2013-01-01
                type=page
                status=published
                ~~~~~~
                <p>このサイトについて説明します。</p>
                """);
        files.put("content/blog/2013/first-post.md", """
                title=最初の記事
                date=2013-02-27
                type=post
                tags=blog
                status=published
                ~~~~~~

                **最初**の記事です。
                """);
        files.put("content/blog/2013/second-post.html", """
                title=二つ目の記事
                date=2013-02-28
                type=post
                status=published
                ~~~~~~
                <p>二つ目の記事です。</p>
                """);
        files.put("content/blog/2013/third-post.adoc", """
                = 三つ目の記事
                例示市
                2013-03-01
                :jbake-type: post
                :jbake-status: published

                三つ目の記事です。
                """);
        files.put("content/scripts/hello.groovy", "println '三つ目の記事'\n");
        files.put("assets/css/site.css", "body { font-family: sans-serif; }\n");
        files.putAll(extra);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = source.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return source;
    }
}
