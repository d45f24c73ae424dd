package jp.tsunagu.plan.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while importing a CSV file: where (file, row, column) and what to do, in Japanese.
 * <p>
 * Rows are numbered as a spreadsheet numbers them: the header is row 1, the first data row is row 2.
 * Columns are named by their letter and header, such as {@code J列「値」}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param file  the file name, not null
 * @param row  the row, 0 when the problem is about the whole file
 * @param column  the column as letter and header, such as {@code J列「値」}, may be empty
 * @param message  what is wrong and how to fix it, in Japanese, not null
 */
public record CsvProblem(String file, int row, Optional<String> column, String message) {
    /**
     * Validates the parts.
     *
     * @param file  the file name, not null
     * @param row  the row, 0 when the problem is about the whole file
     * @param column  the column as letter and header, such as {@code J列「値」}, may be empty
     * @param message  what is wrong and how to fix it, in Japanese, not null
     */
    public CsvProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Formats the problem on one line, such as
     * {@code 990019_kpi_values.csv: 5行目 J列「値」: 「3,7x0」は数値ではありません。…}.
     *
     * @return the line, not null
     */
    public String format() {
        StringBuilder s = new StringBuilder(file).append(": ");
        if (row > 0) {
            s.append(row).append("行目 ");
        }
        column.ifPresent(c -> s.append(c).append(' '));
        if (row > 0 || column.isPresent()) {
            s.setLength(s.length() - 1);
            s.append(": ");
        }
        return s.append(message).toString();
    }

    /**
     * Gets the spreadsheet letter of a 0-based column index: A, B, … Z, AA, AB …
     *
     * @param index  the 0-based index, not negative
     * @return the letter, not null
     */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}
