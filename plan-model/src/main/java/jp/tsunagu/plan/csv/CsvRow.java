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
            problem(header, "空欄です。値を書いてください。");
        }
    }

    Optional<String> id(String header, boolean required) {
        String s = normalised(header);
        if (s.isEmpty()) {
            missing(header, required);
            return Optional.empty();
        }
        if (!ID.matcher(s).matches()) {
            problem(header, "「" + s + "」はIDとして使えません。英小文字・数字・「-」で書いてください（例: online-shinsei）。");
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
            problem(header, "「" + s + "」は使えません。" + example);
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
            problem(header, "「" + s + "」は整数ではありません。半角の数字で書いてください（例: 3）。");
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
            problem(header, "「" + s + "」は年度ではありません。年度が始まる年を西暦4桁で書いてください（例: 令和4年度なら 2022）。");
            return Optional.empty();
        }
        try {
            return Optional.of(FiscalYear.of(Integer.parseInt(s)));
        } catch (PlanModelException e) {
            problem(header, "「" + s + "」は年度として範囲外です（" + FiscalYear.MIN_YEAR + "〜" + FiscalYear.MAX_YEAR + "）。");
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
            problem(header, "「" + s + "」は数値ではありません。半角の数字で書いてください（例: 3720、18.5、-3）。単位は書きません。");
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
            problem(header, "「" + s + "」という日付はありません。YYYY-MM-DD で書いてください（例: 2022-05-27）。");
            return Optional.empty();
        }
        problem(header, "「" + s + "」は日付ではありません。西暦の YYYY-MM-DD で書いてください（例: 2022-05-27）。");
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
                    problem(header, "「" + s + "」は使えません。true（はい）か false（いいえ）で書いてください。");
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
            problem(header, "「" + s + "」は使えません。使える値: " + String.join("、", Labelled.labels(type)) + "。");
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
        problem(header, "「" + s + "」は他の列から決まる参照用の値で、" + want
                + "のはずです。変えるときは元の値の列を直し、この列は空欄にしてください。");
    }

    /** A place in a CSV file, kept to report a problem found after the rows were read. */
    record Where(String file, int row, Optional<String> column) {
        CsvProblem problem(String message) {
            return new CsvProblem(file, row, column, message);
        }
    }
}
