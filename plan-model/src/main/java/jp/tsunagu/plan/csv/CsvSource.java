package jp.tsunagu.plan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An imported CSV file of one dataset, checked for syntax and headers and split into {@link CsvRow}s.
 * Headers may come in any order; each of the dataset's headers must be there once, and no other.
 */
final class CsvSource {
    private final CsvDataset dataset;
    private final String file;
    private final List<CsvRow> rows;

    private CsvSource(CsvDataset dataset, String file, List<CsvRow> rows) {
        this.dataset = dataset;
        this.file = file;
        this.rows = rows;
    }

    /**
     * Reads a file, CSV or an Excel workbook ({@code .xlsx}, told by its bytes; problems then name the
     * {@code .xlsx} file); problems go to the sink.
     *
     * @return the source, empty if the file cannot be read as the dataset at all
     */
    static Optional<CsvSource> read(CsvDataset dataset, String csvFile, byte[] bytes, List<CsvProblem> sink) {
        boolean workbook = isWorkbook(bytes);
        String file = workbook ? CsvDataset.workbookName(csvFile) : csvFile;
        List<CsvFormat.Record> records;
        try {
            records = CsvFormat.parse(workbook ? workbookText(bytes) : CsvFormat.decode(bytes));
        } catch (CsvFormat.CsvSyntaxException e) {
            sink.add(new CsvProblem(file, e.row(), Optional.empty(), e.getMessage()));
            return Optional.empty();
        }
        if (records.isEmpty()) {
            sink.add(new CsvProblem(file, 0, Optional.empty(), CsvMessages.emptyFile(dataset.headers())));
            return Optional.empty();
        }
        List<String> header = records.get(0).fields().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        Map<String, Integer> index = new HashMap<>();
        boolean headerOk = true;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String where = CsvProblem.letter(i) + "列「" + h + "」";
            if (h.isEmpty() && i >= dataset.headers().size()) {
                continue; // spreadsheets may keep empty columns at the right
            }
            if (!dataset.headers().contains(h)) {
                sink.add(new CsvProblem(file, 1, Optional.of(where), CsvMessages.unknownHeader(dataset.title(), dataset.headers())));
                headerOk = false;
            } else if (index.putIfAbsent(h, i) != null) {
                sink.add(new CsvProblem(file, 1, Optional.of(where), CsvMessages.duplicateHeader()));
                headerOk = false;
            }
        }
        Set<String> missing = new LinkedHashSet<>(dataset.headers());
        missing.removeAll(index.keySet());
        if (!missing.isEmpty()) {
            sink.add(new CsvProblem(file, 1, Optional.empty(), CsvMessages.missingHeaders(missing)));
            headerOk = false;
        }
        if (!headerOk) {
            return Optional.empty();
        }
        List<CsvRow> rows = new ArrayList<>();
        int width = header.size();
        for (CsvFormat.Record r : records.subList(1, records.size())) {
            if (r.isBlank()) {
                continue;
            }
            List<String> cells = r.fields();
            if (cells.size() < width) {
                sink.add(new CsvProblem(file, r.row(), Optional.empty(), CsvMessages.tooFewCells(cells.size(), width)));
                continue;
            }
            if (cells.subList(width, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                sink.add(new CsvProblem(file, r.row(), Optional.of(CsvProblem.letter(width) + "列"), CsvMessages.valueWithoutHeader()));
                continue;
            }
            rows.add(new CsvRow(file, r.row(), index, cells, sink));
        }
        return Optional.of(new CsvSource(dataset, file, rows));
    }

    CsvDataset dataset() {
        return dataset;
    }

    /**
     * Tells whether a file's bytes are a workbook rather than CSV text: an {@code .xlsx} file is a ZIP archive,
     * whose first bytes are {@code PK\u0003\u0004}, which CSV text never starts with.
     */
    private static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The workbook's first sheet as CSV text. Its reader is an optional dependency of the model (the Maven plugin
     * has it): {@link XlsxSheet} is loaded only here, so CSV files are read without it.
     */
    private static String workbookText(byte[] bytes) {
        try {
            return XlsxSheet.toCsv(bytes);
        } catch (NoClassDefFoundError e) {
            throw new CsvFormat.CsvSyntaxException(0, CsvMessages.noWorkbookReader());
        }
    }

    String file() {
        return file;
    }

    List<CsvRow> rows() {
        return rows;
    }

    CsvProblem problem(String message) {
        return new CsvProblem(file, 0, Optional.empty(), message);
    }
}
