package jp.tsunagu.plan.validate;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in content: its code, the file and line, and a Japanese message that says how to fix it.
 * <p>
 * {@code plan.md:7: エラー E-KEY-REQUIRED: 必須の項目「title」がありません。「title: 計画の名前」のように書いてください。}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable code, not null
 * @param file  the file, relative to the content root with {@code /} separators, not null
 * @param line  the 1-based line, 0 when the issue is about the whole file
 * @param message  the Japanese message with the fix, not null
 */
public record ValidationIssue(ValidationCode code, String file, int line, String message) {
    /** Orders issues by file, line and code. */
    public static final Comparator<ValidationIssue> ORDER = Comparator.comparing(ValidationIssue::file)
            .thenComparingInt(ValidationIssue::line).thenComparing(ValidationIssue::code)
            .thenComparing(ValidationIssue::message);

    /**
     * Validates the parts.
     *
     * @param code  the stable code, not null
     * @param file  the file, relative to the content root with {@code /} separators, not null
     * @param line  the 1-based line, 0 when the issue is about the whole file
     * @param message  the Japanese message with the fix, not null
     */
    public ValidationIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("Invalid line (valid values: 0 or more): " + line);
        }
    }

    /**
     * Gets the severity, that of the code.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return code.severity();
    }

    /**
     * Formats the issue the way compilers do, so editors and CI logs can jump to it:
     * {@code file:line: 重大度 CODE: message}.
     *
     * @return the formatted issue, not null
     */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity().label() + " " + code.code() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
