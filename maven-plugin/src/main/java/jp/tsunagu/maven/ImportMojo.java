package jp.tsunagu.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.csv.CsvProblem;
import jp.tsunagu.plan.edit.PlanImport;

/**
 * Writes a department's spreadsheets back into the content: reads {@code <団体コード>_kpi_values.csv} and
 * {@code <団体コード>_action_plan_entries.csv} as {@code tsunagu:export} wrote them (UTF-8 with or without BOM, or
 * Shift_JIS as Excel saves them), or the same sheets saved by Excel as workbooks ({@code .xlsx}), checks every row, and writes actuals, notes, ratings and next directions into the
 * action plan entries' front matter, changing only those values. Every problem of every file is listed at once, with
 * file, row, column and the fix, and then nothing is written; {@code -Dtsunagu.dryRun=true} shows the changes as a
 * unified diff without writing.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = true)
public class ImportMojo extends AbstractTsunaguMojo {
    /**
     * The folder holding the returned sheets ({@code .csv} or {@code .xlsx}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.import.directory", defaultValue = "${project.basedir}/import", required = true)
    File importDirectory;

    /**
     * Shows the changes as a unified diff and writes nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Skips the import.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.import.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("tsunagu.import.skip", skip, "表を取り込みません", request -> {
            Path plan = request.planDirectory();
            PlanImport.Result r = PlanImport.of(ContentEdits.load(plan), plan).read(importDirectory.toPath());
            r.ignored().forEach(f -> getLog().info("Tsunagu: " + f + " は取り込みの対象外なので読みません（取り込むのは指標の値とアクションプランの表だけです）"));
            if (!r.isValid()) {
                r.problems().stream().map(CsvProblem::format).forEach(getLog()::error);
                throw new MojoFailureException("取り込む表に問題が " + r.problems().size() + " 件あります。上の一覧の行と列を直して、もう一度取り込んでください"
                        + "（コンテンツは何も書き換えていません）。");
            }
            if (dryRun) {
                ContentEdits.showDiff(getLog(), r.changes());
            } else {
                ContentEdits.write(plan, r.changes());
            }
            getLog().info("Tsunagu: " + String.join("、", r.read()) + " を取り込みました。" + (r.changes().isEmpty() ? "変わった値はありません。"
                    : (dryRun ? "書き換えるファイル（tsunagu.dryRun = true のため書き換えていません）: " : "書き換えたファイル: ")
                            + r.changes().size() + " 個"));
        });
    }
}
