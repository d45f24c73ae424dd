package jp.tsunagu.plan.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every issue found in one run over a content folder, in file and line order.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param issues  the issues, not null, may be empty
 */
public record ValidationReport(List<ValidationIssue> issues) {
    /**
     * Copies and orders the issues.
     *
     * @param issues  the issues, not null, may be empty
     */
    public ValidationReport {
        issues = issues.stream().sorted(ValidationIssue.ORDER).distinct().toList();
    }

    /**
     * Checks whether any issue is an error.
     *
     * @return true if the plan cannot be built
     */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /**
     * Lists the issues at or above a severity.
     *
     * @param threshold  the least severity, not null
     * @return the issues, not null
     */
    public List<ValidationIssue> atLeast(Severity threshold) {
        return issues.stream().filter(i -> i.severity().isAtLeast(threshold)).toList();
    }

    /**
     * Counts the issues of a severity.
     *
     * @param severity  the severity, not null
     * @return the count
     */
    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /**
     * Formats every issue, one a line, followed by a count in Japanese.
     *
     * @return the report, not null
     */
    public String format() {
        String lines = issues.stream().map(ValidationIssue::format).collect(Collectors.joining("\n"));
        String summary = "エラー " + count(Severity.ERROR) + " 件、警告 " + count(Severity.WARNING) + " 件";
        return lines.isEmpty() ? summary : lines + "\n" + summary;
    }
}
