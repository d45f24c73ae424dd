package jp.tsunagu.maven;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.maven.plugin.logging.Log;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildResult;

/**
 * What the goals tell the editor in Maven's console, in Japanese: each problem at its own severity, in the compiler
 * format editors jump to ({@code file:line: エラー CODE: message}), and what a build published.
 */
final class Console {
    private final Log log;

    Console(Log log) {
        this.log = log;
    }

    /** Logs a line at a severity: the one place where a severity becomes Maven's log level. */
    void at(Severity severity, String line) {
        switch (severity) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }

    /** Logs every issue at its own severity. */
    void issues(Iterable<ValidationIssue> issues) {
        for (ValidationIssue i : issues) {
            at(i.severity(), i.format());
        }
    }

    /** Logs the notes of a build, each once. */
    void notes(BuildResult result) {
        result.notes().forEach(n -> log.info("Tsunagu: " + n));
    }

    /** Logs what a build published: its warnings, notes, and the files with the time of each stage. */
    void built(BuildResult result) {
        issues(result.report().issues());
        notes(result);
        String times = result.stageTimes().entrySet().stream()
                .map(e -> e.getKey().label() + " " + seconds(e.getValue()))
                .collect(Collectors.joining("、"));
        log.info("Tsunagu: " + result.files() + " 個のファイルを " + result.outputDirectory() + " に公開しました（" + times + "）");
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f 秒", d.toNanos() / 1e9);
    }
}
