package jp.tsunagu.plan.csv;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one {@link CsvDataset}, each a list of cell texts in the dataset's column order.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param dataset  the dataset, not null
 * @param rows  the rows without the header, not null, may be empty
 */
public record CsvTable(CsvDataset dataset, List<List<String>> rows) {

    /**
     * Validates and copies the parts: every row has one cell per column.
     *
     * @param dataset  the dataset, not null
     * @param rows  the rows without the header, not null, may be empty
     */
    public CsvTable {
        Objects.requireNonNull(dataset, "dataset");
        rows = rows.stream().map(List::copyOf).toList();
        int width = dataset.columns().size();
        for (List<String> r : rows) {
            if (r.size() != width) {
                throw new IllegalArgumentException("Invalid row of " + dataset.slug() + " (valid values: " + width
                        + " cells): " + r.size() + " cells in " + r);
            }
        }
    }

    /**
     * Gets the header row.
     *
     * @return the headers in column order, not null
     */
    public List<String> header() {
        return dataset.headers();
    }

    /**
     * Gets the values of one column, top to bottom.
     *
     * @param header  the column's header, not null
     * @return the cells, not null
     * @throws IllegalArgumentException if the dataset has no such column
     */
    public List<String> column(String header) {
        int i = dataset.headers().indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException("Unknown column of " + dataset.slug() + " (valid values: "
                    + String.join(", ", dataset.headers()) + "): '" + header + "'");
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }

    /**
     * Formats the table as RFC 4180 CSV text: header first, CRLF line ends, fields quoted only when needed.
     *
     * @return the text without byte order mark, not null
     */
    public String toCsv() {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(header());
        all.addAll(rows);
        return CsvFormat.write(all);
    }
}
