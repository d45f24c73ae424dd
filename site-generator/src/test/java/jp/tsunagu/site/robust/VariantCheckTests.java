package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.check.CheckReport;
import jp.tsunagu.site.check.CheckRequest;
import jp.tsunagu.site.check.Finding;
import jp.tsunagu.site.check.SiteChecker;

/**
 * tsunagu:check's findings in a language variant's page ({@code viewpoints/A.en.html}, {@code pages/about.easy.html})
 * point at the variant's own file ({@code viewpoints/A.en.md}, {@code pages/about.easy.md}) and line — the file an
 * editor must change — not at the built page or the Japanese original.
 */
class VariantCheckTests {

    @Test
    void findings_in_variant_pages_name_the_variants_file_and_line(@TempDir Path dir) {
        Path project = ContentFixture.project(dir.resolve("project"))
                .file("viewpoints/A.en.md", """
                        ---
                        title: "Viewpoint A: Digital by default"
                        summary: Procedures are completed online.
                        ---

                        ## Description

                        #### A skipped level

                        See [the plan](no-such-page.html).
                        """)
                .file("pages/about.easy.md", """
                        ---
                        title: この サイトに ついて
                        ---

                        ## せつめい

                        #### とんだ みだし

                        [ページ](nothing.html) を みて ください。
                        """)
                .writeProject();

        CheckReport report = SiteChecker.check(CheckRequest.of(project, dir.resolve("site")));

        Path root = project.resolve("plan");
        List<Finding> variants = report.findings().stream()
                .filter(f -> f.file().endsWith("A.en.md") || f.file().endsWith("about.easy.md")).toList();
        assertThat(variants).as(report.findings().stream().map(f -> f.code() + " " + f.file() + ":" + f.line() + " " + f.message())
                .collect(java.util.stream.Collectors.joining("\n"))).extracting(Finding::code, f -> root.relativize(f.file()).toString().replace('\\', '/'), Finding::line)
                .contains(
                        tuple("W-HEADING-ORDER", "viewpoints/A.en.md", 8),
                        tuple("E-LINK-BROKEN", "viewpoints/A.en.md", 10),
                        tuple("W-HEADING-ORDER", "pages/about.easy.md", 7),
                        tuple("E-LINK-BROKEN", "pages/about.easy.md", 9));
        assertThat(report.findings()).as("nothing on the built variant pages or the originals")
                .noneMatch(f -> f.file().toString().endsWith(".en.html") || f.file().toString().endsWith(".easy.html")
                        || f.file().endsWith("viewpoints/A.md") || f.file().endsWith("pages/about.md"));
    }
}
