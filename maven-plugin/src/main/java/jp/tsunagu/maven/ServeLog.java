package jp.tsunagu.maven;

import java.time.Duration;
import java.util.Locale;

import org.apache.maven.plugin.logging.Log;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.serve.ServeListener;

/** Tells the editor in Maven's console what {@link ServeMojo}'s server does: each rebuild, each error with file:line. */
final class ServeLog implements ServeListener {
    private final Log log;

    ServeLog(Log log) {
        this.log = log;
    }

    @Override
    public void built(BuildResult result, Duration took, boolean first) {
        result.report().issues().forEach(i -> log.warn(i.format()));
        if (first) {
            result.notes().forEach(n -> log.info("Tsunagu: " + n));
        }
        log.info(String.format(Locale.ROOT, "Tsunagu: %s %d files in %.2f s", first ? "built" : "rebuilt", result.files(),
                took.toNanos() / 1e9));
    }

    @Override
    public void contentErrors(ValidationReport report) {
        for (ValidationIssue i : report.issues()) {
            if (i.severity().isAtLeast(Severity.ERROR)) {
                log.error(i.format());
            } else {
                log.warn(i.format());
            }
        }
        log.error("Tsunagu: コンテンツにエラーが " + report.count(Severity.ERROR) + " 件あります。直して保存すると、自動で作り直します"
                + "（ブラウザにも同じ一覧を表示しています）。");
    }

    @Override
    public void failed(SiteException failure) {
        log.error("Tsunagu " + failure.getMessage());
    }
}
