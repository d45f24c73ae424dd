package jp.tsunagu.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.check.CheckReport;
import jp.tsunagu.site.check.CheckReports;
import jp.tsunagu.site.check.CheckRequest;
import jp.tsunagu.site.check.Finding;

/** What {@link CheckMojo} does around the engine: parameters in, findings and reports out. */
final class CheckSupport {
    /** The SARIF report's file name in the report folder. */
    static final String SARIF = "tsunagu-check.sarif";
    /** The JUnit XML report's file name in the report folder (the {@code TEST-*.xml} CI servers look for). */
    static final String JUNIT = "TEST-tsunagu-check.xml";

    private CheckSupport() {
    }

    static Severity severity(String failOn) throws MojoExecutionException {
        try {
            return Severity.valueOf(failOn.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MojoExecutionException("Invalid tsunagu.check.failOn '" + failOn + "' (valid values: ERROR, WARNING, INFO)", e);
        }
    }

    static CheckRequest request(BuildRequest build, File reportDirectory, int easySentenceLength) throws MojoExecutionException {
        try {
            return new CheckRequest(build.withOutputDirectory(reportDirectory.toPath().resolve("site")), easySentenceLength);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid tsunagu.check.easySentenceLength: " + e.getMessage(), e);
        }
    }

    /** Logs every finding at its own level, in the compiler format editors jump to, then the notes and the count. */
    static void log(Log log, CheckReport report) {
        for (Finding f : report.findings()) {
            switch (f.severity()) {
                case ERROR -> log.error(report.format(f));
                case WARNING -> log.warn(report.format(f));
                case INFO -> log.info(report.format(f));
            }
        }
        report.notes().forEach(n -> log.info("Tsunagu: " + n));
        log.info("Tsunagu check: " + report.summary());
    }

    /** Writes SARIF (file URIs relative to the repository root, as code scanning wants them) and JUnit XML. */
    static void write(Log log, CheckReport report, Path folder, Severity failOn) throws MojoExecutionException {
        try {
            CheckReports.writeSarif(report, folder.resolve(SARIF), repositoryRoot(report.projectDirectory()));
            CheckReports.writeJUnit(report, folder.resolve(JUNIT), failOn);
            log.info("Tsunagu check: reports " + folder.resolve(SARIF) + ", " + folder.resolve(JUNIT));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot write the check reports to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The nearest folder up from the project that holds {@code .git}; the project itself if none. */
    static Path repositoryRoot(Path project) {
        for (Path p = project.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return project;
    }
}
