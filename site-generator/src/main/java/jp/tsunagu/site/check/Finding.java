package jp.tsunagu.site.check;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

import jp.tsunagu.plan.validate.Severity;

/**
 * One problem {@code tsunagu:check} found: its code, severity, file and line, and a Japanese message that says
 * how to fix it. Codes are those of {@link CheckRule} or of the model's {@code ValidationCode}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable code, such as {@code W-LINK-TEXT} or {@code E-REF-VIEWPOINT}, not null
 * @param title  a short English title of the rule, not null
 * @param severity  how serious it is, not null
 * @param file  the file, absolute and normalised, not null
 * @param line  the 1-based line, 0 when the finding is about the whole file
 * @param message  the Japanese message with the fix, not null
 */
public record Finding(String code, String title, Severity severity, Path file, int line, String message) {
    /** Orders findings by file, line and code. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(Finding::line).thenComparing(Finding::code).thenComparing(Finding::message);

    /**
     * Validates the parts.
     *
     * @param code  the stable code, such as {@code W-LINK-TEXT} or {@code E-REF-VIEWPOINT}, not null
     * @param title  a short English title of the rule, not null
     * @param severity  how serious it is, not null
     * @param file  the file, absolute and normalised, not null
     * @param line  the 1-based line, 0 when the finding is about the whole file
     * @param message  the Japanese message with the fix, not null
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        file = file.toAbsolutePath().normalize();
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("Invalid line (valid values: 0 or more): " + line);
        }
    }

    /**
     * Obtains a finding of a rule.
     *
     * @param rule  the rule, not null
     * @param file  the file, not null
     * @param line  the line, 0 for the whole file
     * @param message  the message with the fix, not null
     * @return the finding, not null
     */
    public static Finding of(CheckRule rule, Path file, int line, String message) {
        return new Finding(rule.code(), rule.title(), rule.severity(), file, line, message);
    }

    /**
     * Formats the finding the way compilers and the build do: {@code file:line: 重大度 CODE: message}.
     *
     * @param base  the folder paths are shown relative to when the file lies in it, not null
     * @return the formatted finding, not null
     */
    public String format(Path base) {
        return CheckReport.display(base, file) + (line > 0 ? ":" + line : "") + ": " + severity.label() + " " + code + ": "
                + message;
    }
}
