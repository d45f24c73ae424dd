package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.maven.BuildMojoTests.RecordingLog;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.PlanCsv;
import jp.tsunagu.plan.load.PlanLoader;

/** The import and new-year goals' wiring: dry run, writing, refusal, parameters. The engines are tested in plan-model. */
class ImportMojoTests {
    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();
    private Path project;
    private Path entry;
    private String kpi;

    @BeforeEach
    void copySampleCity() throws IOException {
        Path repo = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
        project = tmp.resolve("project");
        try (Stream<Path> s = Files.walk(repo.resolve("test-fixtures/sample-city/src"))) {
            for (Path p : s.toList()) {
                Path t = project.resolve("src").resolve(repo.resolve("test-fixtures/sample-city/src").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        entry = project.resolve("src/plan/action-plans/2023/online-shinsei.md");
        PlanModel model = PlanLoader.load(project.resolve("src/plan")).orElseThrow();
        kpi = PlanCsv.create().export(model, CsvDataset.KPI_VALUES).toCsv();
        Files.createDirectories(project.resolve("import"));
    }

    private ImportMojo importMojo() {
        ImportMojo mojo = new ImportMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.baseUrl = "http://localhost/";
        mojo.importDirectory = project.resolve("import").toFile();
        return mojo;
    }

    @Test
    void aDryRunShowsTheDiffAndWritesNothingThenTheImportWrites() throws Exception {
        Files.write(project.resolve("import/990019_kpi_values.csv"),
                kpi.replace(",実績値,5080,件,", ",実績値,5150,件,").getBytes(Charset.forName("Windows-31J")));
        String before = Files.readString(entry);
        ImportMojo mojo = importMojo();
        mojo.dryRun = true;

        mojo.execute();

        assertThat(Files.readString(entry)).isEqualTo(before);
        assertThat(String.join("\n", log.infos)).contains("--- a/action-plans/2023/online-shinsei.md\n+++ b/action-plans/2023/online-shinsei.md\n@@ -")
                .contains("@@ -4,7 +4,7 @@\n fiscal_year: 2023\n actuals:\n   - indicator: online-shinsei-kensu\n-    value: 5,080\n+    value: 5,150\n").contains("tsunagu.dryRun = true のため書き換えていません");

        importMojo().execute();

        assertThat(Files.readString(entry)).isEqualTo(before.replace("    value: 5,080\n", "    value: 5,150\n"));
        assertThat(log.infos).last().asString().contains("書き換えたファイル: 1 個");
    }

    @Test
    void aSheetWithErrorsListsThemAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("import/990019_kpi_values.csv"), kpi.replace(",実績値,5080,件,", ",実績値,たくさん,件,"));
        String before = Files.readString(entry);

        assertThatThrownBy(importMojo()::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("取り込む表に問題が 1 件あります").hasMessageContaining("何も書き換えていません");
        assertThat(log.errors).singleElement().asString().startsWith("990019_kpi_values.csv: ").contains("行目 K列「値」");
        assertThat(Files.readString(entry)).isEqualTo(before);
    }

    @Test
    void newYearScaffoldsTheYearOnceAndRefusesToOverwriteIt() throws Exception {
        NewYearMojo mojo = new NewYearMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.baseUrl = "http://localhost/";
        mojo.year = "令和6年度";

        mojo.execute();

        Path made = project.resolve("src/plan/action-plans/2024");
        assertThat(made.resolve("_index.md")).content().isEqualTo("---\ntype: action_plan\nfiscal_year: 2024\ntitle: 令和6年度 アクションプラン\n---\n\n## 概要\n\n");
        assertThat(made.resolve("online-shinsei.md")).content().startsWith("---\ntype: action_plan_entry\ninitiative: online-shinsei\nfiscal_year: 2024\n---\n");
        assertThat(PlanLoader.load(project.resolve("src/plan")).report().hasErrors()).isFalse();
        assertThat(log.infos).last().asString().contains("令和6年度のアクションプラン（action-plans/2024/");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("作りませんでした");
        assertThat(log.errors).singleElement().asString().contains("上書きしません");

        mojo.year = "来年";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("-Dtsunagu.year=2027");
    }
}
