package jp.tsunagu.plan.csv;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.PlanModelException;

/**
 * One data row of an imported CSV file, read cell by cell. Every reader reports a bad cell as a
 * {@link CsvProblem} naming file, row and column, marks the row as not {@link #ok()}, and returns empty; the
 * caller applies a row only when it is ok, so one run reports every bad cell of every file.
 * <p>
 * Cells that hold codes, numbers and dates are normalised first (NFKC, trimmed), so full-width digits typed with
 * a Japanese input method read as ASCII. Text cells are only trimmed.
 */
final class CsvRow {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");
    /** The date as a spreadsheet may save it after reformatting: 2022/5/27. */
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    private final String file;
    private final int number;
    private final Map<String, Integer> index;
    private final List<String> cells;
    private final List<CsvProblem> sink;
    private boolean ok = true;

    CsvRow(String file, int number, Map<String, Integer> index, List<String> cells, List<CsvProblem> sink) {
        this.file = file;
        this.number = number;
        this.index = index;
        this.cells = cells;
        this.sink = sink;
    }

    /** @return the spreadsheet row number (the header is row 1) */
    int number() {
        return number;
    }

    /** @return true if no cell of this row had a problem */
    boolean ok() {
        return ok;
    }

    /** @return where this row is, for problems found later */
    Where where(String column) {
        return new Where(file, number, Optional.of(column(column)));
    }

    private String column(String header) {
        return CsvProblem.letter(index.get(header)) + "列「" + header + "」";
    }

    void problem(String header, String message) {
        ok = false;
        sink.add(new CsvProblem(file, number, Optional.of(column(header)), message));
    }

    /** The cell as written, trimmed. */
    String raw(String header) {
        return cells.get(index.get(header)).strip();
    }

    private String normalised(String header) {
        return Normalizer.normalize(raw(header), Normalizer.Form.NFKC).strip();
    }

    Optional<String> text(String header, boolean required) {
        String s = raw(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private void missing(String header, boolean required) {
        if (required) {
            problem(header, CsvMessages.blank());
        }
    }

    Optional<String> id(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        if (!ID.matcher(s).matches()) {
            problem(header, CsvMessages.notAnId(s));
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Reads a value that must match a pattern, such as a viewpoint letter. */
    Optional<String> code(String header, String regex, String example) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, true);
            return Optional.empty();
        }
        if (!s.matches(regex)) {
            problem(header, CsvMessages.notACode(s, example));
            return Optional.empty();
        }
        return Optional.of(s);
    }

    Optional<Integer> integer(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        if (!INTEGER.matcher(s).matches() || s.replaceAll("[+-]", "").length() > 9) {
            problem(header, CsvMessages.notAnInteger(s));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    Optional<FiscalYear> year(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        if (!s.matches("\\d{4}")) {
            problem(header, CsvMessages.notAYear(s));
            return Optional.empty();
        }
        try {
            return Optional.of(FiscalYear.of(Integer.parseInt(s)));
        } catch (PlanModelException e) {
            problem(header, CsvMessages.yearOutOfRange(s));
            return Optional.empty();
        }
    }

    Optional<BigDecimal> decimal(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        if (!DECIMAL.matcher(s).matches()) {
            problem(header, CsvMessages.notANumber(s));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "")));
    }

    Optional<LocalDate> date(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        try {
            Matcher slash = SLASH_DATE.matcher(s);
            if (slash.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)),
                        Integer.parseInt(slash.group(3))));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s));
            }
        } catch (java.time.DateTimeException e) {
            problem(header, CsvMessages.noSuchDate(s));
            return Optional.empty();
        }
        problem(header, CsvMessages.notADate(s));
        return Optional.empty();
    }

    Optional<Boolean> bool(String header) {
        String s = normalised(header);
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "はい" -> {
                return Optional.of(true);
            }
            case "false", "いいえ" -> {
                return Optional.of(false);
            }
            default -> {
                if (s.isEmpty()) {
                    missing(header, true);
                } else {
                    problem(header, CsvMessages.notABoolean(s));
                }
                return Optional.empty();
            }
        }
    }

    <E extends Enum<E> & Labelled> Optional<E> label(String header, Class<E> type) {
        String s = raw(header);
        if (s.isEmpty()) {
            missing(header, true);
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.label().equals(s)).findFirst().or(() -> {
            problem(header, CsvMessages.notALabel(s, Labelled.labels(type)));
            return Optional.empty();
        });
    }

    /**
     * Checks a derived cell: blank, or one of the values the model gives it (before or after this import).
     *
     * @param header  the column
     * @param expected  the values accepted besides blank; the first is shown in the message
     */
    void derived(String header, String... expected) {
        String s = raw(header);
        if (s.isEmpty() || Arrays.stream(expected).anyMatch(e -> e.strip().equals(s))) {
            return;
        }
        String want = expected.length == 0 || expected[expected.length - 1].isEmpty() ? "空欄"
                : "「" + expected[expected.length - 1] + "」";
        problem(header, CsvMessages.derived(s, want));
    }

    /** A place in a CSV file, kept to report a problem found after the rows were read. */
    record Where(String file, int row, Optional<String> column) {
        CsvProblem problem(String message) {
            return new CsvProblem(file, row, column, message);
        }
    }
}
