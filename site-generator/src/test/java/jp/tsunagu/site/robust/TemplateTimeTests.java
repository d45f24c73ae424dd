package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.files.FileBudget;

/**
 * A template that runs away in time: two nested {@code <#list>}s of ten billion rounds, in a macro of an included template,
 * is stopped when its page is past its time ({@code tsunagu.build.fileSeconds}), and reported with the page and its
 * template together with every other page's problem; the other pages are still rendered and the previous site stays
 * as it was. The time is the system's: the loop would run for minutes, the test ends seconds after the limit; unstopped, it
 * would run for hours and fail at its {@link Timeout}.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class TemplateTimeTests {
    private static final String HEAD = "---\ntype: page\nid: %s\ntitle: %s\n---\n\n本文です。\n";

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_template_that_loops_for_hours_is_stopped_at_the_page_time_with_every_other_problem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out").resolve("site");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><title>前のサイト</title>");
        Map<String, byte[]> before = SiteFiles.snapshot(out);
        Path project = ContentFixture.project(dir.resolve("slow"))
                .file("pages/endless.md", HEAD.formatted("endless", "終わらないページ"))
                .file("pages/broken.md", HEAD.formatted("broken", "誤りのあるページ"))
                .file("pages/fine.md", HEAD.formatted("fine", "普通のページ"))
                .template("count.ftlh", "<#macro count><#list 1..100000 as i><#list 1..100000 as j><#assign n = i + j></#list></#list>${n}</#macro>\n")
                .template("page.ftlh", """
                        <#import "layout.ftlh" as l>
                        <#import "count.ftlh" as c>
                        <@l.page>
                        <h1>${content.page.title}</h1>
                        <#if content.page.path?contains("endless")><@c.count/></#if>
                        <#if content.page.path?contains("broken")>${content.page.noSuchValue}</#if>
                        </@l.page>
                        """)
                .writeProject();

        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(project, out)
                .withFileTime(Duration.ofSeconds(2), FileBudget.SYSTEM_CLOCK)));

        assertThat(thrown).isInstanceOf(SiteException.class);
        assertThat(((SiteException) thrown).stage()).isEqualTo(Stage.RENDER);
        assertThat(thrown.getMessage()).as(thrown.getMessage())
                .contains("pages/endless.html: テンプレート page.ftlh の処理が 2 秒を超えたため止めました",
                        "-Dtsunagu.build.fileSeconds=",
                        "pages/broken.html: テンプレート page.ftlh の ")
                .doesNotContain("pages/fine.html", "Exception", "\tat ");
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
    }
}
