package jp.tsunagu.site.serve;

import java.util.List;

import freemarker.core.HTMLOutputFormat;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * The page the development server shows instead of the site while the content has errors or the build fails:
 * every issue with file, line, code and the fix, in the order the build reports them. It reloads itself once the
 * files are fixed.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    /**
     * Writes the page for content errors.
     *
     * @param issues  every issue of the failed build, not null
     * @return the HTML page, not null
     */
    static String of(List<ValidationIssue> issues) {
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        StringBuilder list = new StringBuilder("<ol class=\"issues\">\n");
        for (ValidationIssue i : issues) {
            list.append("<li class=\"").append(i.severity() == Severity.ERROR ? "error" : "warning").append("\"><p><code class=\"where\">")
                    .append(escape(i.file() + (i.line() > 0 ? ":" + i.line() : ""))).append("</code> ")
                    .append(escape(i.severity().label())).append(" <code>").append(escape(i.code().code())).append("</code></p>\n<p>")
                    .append(escape(i.message())).append("</p></li>\n");
        }
        list.append("</ol>\n");
        return page("コンテンツにエラーが " + errors + " 件あります", "下の一覧のファイルと行を直して保存すると、このページは自動で更新されます。"
                + "公開用のサイトは変更していません（前回の正しいサイトのままです）。", list.toString());
    }

    /**
     * Writes the page for a build that failed for another reason.
     *
     * @param message  the failure, labelled with its stage, not null
     * @return the HTML page, not null
     */
    static String ofFailure(String message) {
        return page("サイトを作れませんでした", "テンプレートかファイルの問題です。直して保存すると、このページは自動で更新されます。",
                "<pre class=\"failure\">" + escape(message) + "</pre>\n");
    }

    private static String page(String title, String lead, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + " | Tsunagu</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;line-height:1.7;margin:0;padding:1rem 1.5rem;color:#1a1a1a;background:#fff}\n"
                + "h1{color:#b00020;font-size:1.5rem}code,pre{font-family:ui-monospace,monospace}\n"
                + ".issues{padding-left:1.5rem}.issues li{margin:0 0 1rem}.issues p{margin:0}.where{font-weight:bold}\n"
                + ".error code:first-child{color:#b00020}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}\n"
                + "@media (prefers-color-scheme: dark){body{background:#121212;color:#eee}h1,.error code:first-child{color:#ff8a80}"
                + "pre{background:#222}}\n</style>\n</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n<p>" + escape(lead)
                + "</p>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** Escapes text for HTML with the escaper the site's templates use (FreeMarker's HTML output format). */
    private static String escape(String text) {
        return HTMLOutputFormat.INSTANCE.escapePlainText(text);
    }
}
