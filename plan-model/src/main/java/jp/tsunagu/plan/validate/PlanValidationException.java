package jp.tsunagu.plan.validate;

import jp.tsunagu.plan.PlanModelException;

/**
 * Content could not be loaded as a plan: the report lists every problem with file, line and fix.
 */
public class PlanValidationException extends PlanModelException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * Creates an exception from a report with errors.
     *
     * @param report  the report, not null
     */
    public PlanValidationException(ValidationReport report) {
        super("計画を読み込めませんでした。\n" + report.format());
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
