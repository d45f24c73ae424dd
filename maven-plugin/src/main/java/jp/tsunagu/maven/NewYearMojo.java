package jp.tsunagu.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.edit.NewYear;

/**
 * Scaffolds a fiscal year's action plan ({@code action-plans/<year>/}) from the year before: the continuing
 * initiatives, each with the previous year's direction as its plan and no results yet. Refuses a year that already
 * has a folder. {@code -Dtsunagu.dryRun=true} shows the new files without writing them.
 */
@Mojo(name = "new-year", threadSafe = true, requiresProject = true)
public class NewYearMojo extends AbstractTsunaguMojo {
    /**
     * The new fiscal year, western ({@code 2027}) or 和暦 ({@code 令和9年度}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.year", required = true)
    String year;

    /**
     * Shows the new files as a unified diff and writes nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        FiscalYear fy;
        try {
            fy = FiscalYear.parse(year == null ? "" : year.strip());
        } catch (PlanModelException | IllegalArgumentException e) {
            throw new MojoExecutionException("tsunagu.year「" + year + "」は年度として読めません。-Dtsunagu.year=2027 のように西暦で、"
                    + "または -Dtsunagu.year=令和9年度 のように和暦で指定してください。", e);
        }
        run("tsunagu.new-year.skip", false, "", request -> {
            Path plan = request.planDirectory();
            NewYear.Result r = NewYear.of(ContentEdits.load(plan), plan).scaffold(fy);
            if (!r.problems().isEmpty()) {
                r.problems().forEach(getLog()::error);
                throw new MojoFailureException(fy.toWareki() + "のアクションプランを作りませんでした。上の理由を確かめてください（コンテンツは何も書き換えていません）。");
            }
            if (dryRun) {
                ContentEdits.showDiff(getLog(), r.files());
            } else {
                ContentEdits.write(plan, r.files());
            }
            r.notes().forEach(n -> getLog().info("Tsunagu: " + n));
            getLog().info("Tsunagu: " + fy.toWareki() + "のアクションプラン（action-plans/" + fy.year() + "/、" + r.files().size() + " ファイル）を"
                    + (dryRun ? "作ります（tsunagu.dryRun = true のため書いていません）。" : "作りました。") + "概要・計画を書き、実績は年度末に tsunagu:import で取り込んでください。");
        });
    }
}
