package jp.tsunagu.maven;

import java.time.Duration;

import org.apache.maven.plugin.logging.Log;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.serve.ServeListener;

/** Tells the editor in Maven's console what {@link ServeMojo}'s server does: each rebuild, each error with file:line. */
final class ServeLog implements ServeListener {
    private final Log log;
    private final Console console;

    ServeLog(Log log) {
        this.log = log;
        this.console = new Console(log);
    }

    @Override
    public void built(BuildResult result, Duration took, boolean first) {
        console.issues(result.report().issues());
        if (first) {
            console.notes(result);
        }
        log.info("Tsunagu: " + (first ? "サイトを作りました" : "作り直しました") + "（" + result.files() + " 個のファイル、"
                + Console.seconds(took) + "）");
    }

    @Override
    public void contentErrors(ValidationReport report) {
        console.issues(report.issues());
        log.error("Tsunagu: コンテンツにエラーが " + report.count(Severity.ERROR) + " 件あります。直して保存すると、自動で作り直します"
                + "（ブラウザにも同じ一覧を表示しています）。");
    }

    @Override
    public void failed(SiteException failure) {
        log.error("Tsunagu " + failure.getMessage() + "\n（" + failure.stage().label()
                + " の段階で止まりました。直して保存すると、自動で作り直します）");
    }
}
