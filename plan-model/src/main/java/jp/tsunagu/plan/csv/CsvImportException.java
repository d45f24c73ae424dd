package jp.tsunagu.plan.csv;

import java.util.List;
import java.util.stream.Collectors;

import jp.tsunagu.plan.PlanModelException;

/**
 * Importing CSV files failed: every problem found in every file, each with file, row, column and fix.
 * The message lists them one a line.
 */
public final class CsvImportException extends PlanModelException {
    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    /**
     * Creates an exception.
     *
     * @param problems  the problems, not empty
     */
    public CsvImportException(List<CsvProblem> problems) {
        super("CSV を取り込めませんでした（問題 " + problems.size() + " 件）:\n"
                + problems.stream().map(CsvProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets the problems in the order found: by file in dataset order, then by row.
     *
     * @return the problems, not empty
     */
    public List<CsvProblem> problems() {
        return problems;
    }
}
