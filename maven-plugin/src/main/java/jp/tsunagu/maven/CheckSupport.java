package jp.tsunagu.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.check.CheckReport;
import jp.tsunagu.site.check.CheckReports;
import jp.tsunagu.site.check.CheckRequest;
import jp.tsunagu.site.check.Finding;
import jp.tsunagu.site.check.SiteChecker;

/** What {@link CheckMojo} does around the engine: findings and reports out, the threshold applied. */
final class CheckSupport {
    /** The SARIF report's file name in the report folder. */
    static final String SARIF = "tsunagu-check.sarif";
    /** The JUnit XML report's file name in the report folder (the {@code TEST-*.xml} CI servers look for). */
    static final String JUNIT = "TEST-tsunagu-check.xml";

    private final Console console;
    private final Log log;

    CheckSupport(Console console, Log log) {
        this.console = console;
        this.log = log;
    }

    static CheckRequest request(BuildRequest build, File reportDirectory, int easySentenceLength) throws MojoExecutionException {
        try {
            return new CheckRequest(build.withOutputDirectory(reportDirectory.toPath().resolve("site")), easySentenceLength);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tsunagu.check.easySentenceLength「" + easySentenceLength + "」は使えません。"
                    + "1 以上の文字数を指定してください（既定は 50）。", e);
        }
    }

    /** Checks, logs every finding at its own severity, writes the reports, and fails at the threshold. */
    void check(CheckRequest request, Path reportFolder, Severity failOn) throws MojoExecutionException, MojoFailureException {
        CheckReport report = SiteChecker.check(request);
        for (Finding f : report.findings()) {
            console.at(f.severity(), report.format(f));
        }
        report.notes().forEach(n -> log.info("Tsunagu: " + n));
        log.info("Tsunagu check: " + report.summary());
        write(report, reportFolder, failOn);
        List<Finding> failing = report.atLeast(failOn);
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failOn.label() + "以上の指摘が " + failing.size() + " 件あります"
                    + "（tsunagu.check.failOn = " + failOn + "）：上の一覧のファイルと行を直してください（" + report.summary() + "）。");
        }
    }

    /** Writes SARIF (file URIs relative to the repository root, as code scanning wants them) and JUnit XML. */
    private void write(CheckReport report, Path folder, Severity failOn) throws MojoExecutionException {
        try {
            CheckReports.writeSarif(report, folder.resolve(SARIF), repositoryRoot(report.projectDirectory()));
            CheckReports.writeJUnit(report, folder.resolve(JUNIT), failOn);
            log.info("Tsunagu check: 報告 " + folder.resolve(SARIF) + "、" + folder.resolve(JUNIT));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("確認の報告を " + folder + " に書き込めませんでした。フォルダの権限とディスクの空きを"
                    + "確認してください（" + jp.tsunagu.site.files.IoMessages.of(e) + "）", e);
        }
    }

    /** The work tree of the Git repository holding the project, as JGit finds it; the project itself if none. */
    static Path repositoryRoot(Path project) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(project.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return project;
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            return repo.isBare() ? project : repo.getWorkTree().toPath();
        } catch (IOException | IllegalArgumentException e) {
            return project; // an unreadable repository: paths relative to the project, as without one
        }
    }
}
