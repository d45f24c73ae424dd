package jp.tsunagu.site;

import jp.tsunagu.plan.validate.ValidationReport;

/**
 * The content has errors: the report names each with file, line and fix in Japanese. Nothing was published.
 */
public class ContentErrorException extends SiteException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * Creates an exception from a report with errors.
     *
     * @param report  the report, not null
     */
    public ContentErrorException(ValidationReport report) {
        super(Stage.VALIDATE, "コンテンツにエラーがあるため、サイトを作れませんでした（公開中のサイトはそのままです）。\n"
                + report.format(), null);
        this.report = report;
    }

    /**
     * Gets the report.
     *
     * @return the report, not null
     */
    public ValidationReport report() {
        return report;
    }
}
