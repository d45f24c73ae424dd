package jp.tsunagu.site.check;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.tsunagu.plan.validate.Severity;

/**
 * Everything {@code tsunagu:check} found in one run, in file and line order, with where the content lies (so
 * paths can be shown the way the build shows them) and whether the built pages could be checked.
 * <pre>{@code
 * CheckReport report = SiteChecker.check(CheckRequest.of(Path.of("src"), Path.of("target/tsunagu-check/site")));
 * System.out.println(report.format());
 * Sarif.write(report, Path.of("target/tsunagu-check/tsunagu-check.sarif"), Path.of("."));
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param findings  the findings, not null, may be empty
 * @param contentRoot  the content folder ({@code src/plan}); paths inside it are shown relative to it, not null
 * @param projectDirectory  the project folder; other paths are shown relative to it, not null
 * @param pagesChecked  whether the site was built and its pages checked (not when the content has errors)
 * @param notes  what the run says once, in Japanese, not null, may be empty
 */
public record CheckReport(List<Finding> findings, Path contentRoot, Path projectDirectory, boolean pagesChecked,
        List<String> notes) {

    /**
     * Sorts and copies the parts.
     *
     * @param findings  the findings, not null, may be empty
     * @param contentRoot  the content folder ({@code src/plan}); paths inside it are shown relative to it, not null
     * @param projectDirectory  the project folder; other paths are shown relative to it, not null
     * @param pagesChecked  whether the site was built and its pages checked (not when the content has errors)
     * @param notes  what the run says once, in Japanese, not null, may be empty
     */
    public CheckReport {
        findings = findings.stream().sorted(Finding.ORDER).distinct().toList();
        contentRoot = contentRoot.toAbsolutePath().normalize();
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        notes = List.copyOf(notes);
    }

    /**
     * Lists the findings at or above a severity.
     *
     * @param threshold  the least severity, not null
     * @return the findings, not null
     */
    public List<Finding> atLeast(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }

    /**
     * Counts the findings of a severity.
     *
     * @param severity  the severity, not null
     * @return the count
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Formats one finding with its path shown like the build shows it.
     *
     * @param finding  a finding, not null
     * @return {@code file:line: 重大度 CODE: message}, not null
     */
    public String format(Finding finding) {
        return finding.format(finding.file().startsWith(contentRoot) ? contentRoot : projectDirectory);
    }

    /**
     * Formats every finding, one a line, followed by a count in Japanese.
     *
     * @return the report, not null
     */
    public String format() {
        String lines = findings.stream().map(this::format).collect(Collectors.joining("\n"));
        return lines.isEmpty() ? summary() : lines + "\n" + summary();
    }

    /**
     * Gets the count line: {@code エラー 1 件、警告 2 件、情報 0 件}.
     *
     * @return the summary, not null
     */
    public String summary() {
        return "エラー " + count(Severity.ERROR) + " 件、警告 " + count(Severity.WARNING) + " 件、情報 " + count(Severity.INFO) + " 件";
    }

    /** Shows a path relative to a folder with {@code /} when it lies inside, else as it is. */
    static String display(Path base, Path file) {
        Path b = base.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(b) ? b.relativize(f).toString().replace(File.separatorChar, '/') : f.toString();
    }
}
