package jp.tsunagu.plan.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.load.YamlTree.YList;
import jp.tsunagu.plan.load.YamlTree.YMap;
import jp.tsunagu.plan.load.YamlTree.YNode;
import jp.tsunagu.plan.load.YamlTree.YScalar;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Typed, explicit reads of one YAML mapping. Each read that fails reports an issue with the value's line and
 * a fix, and returns null or empty; {@link #finish()} reports keys nobody read, with the nearest known key.
 */
final class Fields {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WAREKI_DATE = Pattern.compile("(令和|平成)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})[/.年](\\d{1,2})[/.月](\\d{1,2})日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Doc doc;
    private final YMap map;
    private final String prefix;
    private final Set<String> known;
    private final String where;

    Fields(Doc doc, YMap map, String prefix, String where, String... known) {
        this.doc = doc;
        this.map = map;
        this.prefix = prefix;
        this.where = where;
        this.known = new LinkedHashSet<>(List.of(known));
        for (YamlTree.Entry e : map.entries().values()) {
            doc.remember(prefix + e.key(), e.keyLine());
        }
    }

    static Fields root(Doc doc, String... known) {
        return new Fields(doc, doc.root, "", "前付け", known);
    }

    int line() {
        return map.line();
    }

    int line(String key) {
        return map.entries().containsKey(key) ? map.entries().get(key).keyLine() : map.line();
    }

    private Optional<YNode> node(String key) {
        if (!known.contains(key)) {
            throw new IllegalStateException("undeclared key " + key);
        }
        return map.get(key);
    }

    private void missing(String key, String example) {
        doc.error(ValidationCode.E_KEY_REQUIRED, map.line(), where + "に必須の項目「" + key + "」がありません。"
                + "「" + key + ": " + example + "」のように書いてください。");
    }

    /** Reports a required value that is missing or empty; {@link #scalar} has reported one of the wrong shape. */
    private void required(String key, String example) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            missing(key, example);
        } else if (n.get() instanceof YScalar) {
            doc.error(ValidationCode.E_VALUE_EMPTY, n.get().line(), "項目「" + key + "」が空です。「" + key + ": "
                    + example + "」のように値を書いてください。");
        }
    }

    /** @return true if the key has a value other than blank, readable or not */
    boolean written(String key) {
        return node(key).filter(n -> !(n instanceof YScalar s && s.value().isBlank())).isPresent();
    }

    private Optional<String> scalar(String key) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YScalar s) {
            String v = s.value().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        doc.error(ValidationCode.E_VALUE_SHAPE, n.get().line(), "項目「" + key + "」には1つの値を書いてください（今は"
                + n.get().shapeName() + "になっています）。");
        return Optional.empty();
    }

    String text(String key, String example) {
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, example);
        }
        return v.orElse(null);
    }

    Optional<String> optText(String key) {
        return scalar(key);
    }

    String id(String key, String example) {
        String v = text(key, example);
        return v != null && checkId(key, v, line(key)) ? v : null;
    }

    private boolean checkId(String key, String v, int line) {
        if (ID.matcher(v).matches()) {
            return true;
        }
        doc.error(ValidationCode.E_VALUE_ID, line, "「" + key + "」の ID「" + v + "」には、半角の英小文字・数字・「-」だけを使ってください"
                + "（例: snow-plow-navi）。");
        return false;
    }

    LocalDate date(String key) {
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, "2021-04-01");
            return null;
        }
        return toDate(key, v.get());
    }

    Optional<LocalDate> optDate(String key) {
        return scalar(key).map(v -> toDate(key, v));
    }

    private LocalDate toDate(String key, String v) {
        int line = line(key);
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                doc.error(ValidationCode.E_VALUE_DATE, line, "「" + key + "」の日付「" + v + "」はありえない日付です。月と日を確認してください。");
                return null;
            }
        }
        String suggestion = suggestIso(v).map(s -> "「" + key + ": " + s + "」と書いてください。")
                .orElse("「" + key + ": 2021-04-01」のように書いてください。");
        doc.error(ValidationCode.E_VALUE_DATE, line, "「" + key + "」の日付「" + v + "」は 西暦の「年-月-日」（YYYY-MM-DD）で書いてください。" + suggestion);
        return null;
    }

    /** Converts 和暦 or slash dates an editor may type into the ISO form, for the message. */
    static Optional<String> suggestIso(String v) {
        try {
            Matcher w = WAREKI_DATE.matcher(v);
            if (w.matches()) {
                int n = "元".equals(w.group(2)) ? 1 : Integer.parseInt(w.group(2));
                int year = n + ("令和".equals(w.group(1)) ? 2018 : 1988);
                return Optional.of(LocalDate.of(year, Integer.parseInt(w.group(3)), Integer.parseInt(w.group(4))).toString());
            }
            Matcher s = SLASH_DATE.matcher(v);
            if (s.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)),
                        Integer.parseInt(s.group(3))).toString());
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    YearMonth yearMonth(String key) {
        String v = text(key, "2020-03");
        if (v == null) {
            return null;
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(v);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        String example = suggestYearMonth(v).map(ym -> "「" + key + ": " + ym + "」と書いてください。")
                .orElse("（例: 令和2年3月なら「" + key + ": 2020-03」）。");
        doc.error(ValidationCode.E_VALUE_DATE, line(key), "「" + key + "」の「" + v + "」は 西暦の「年-月」（YYYY-MM）で書いてください" + example);
        return null;
    }

    /** Converts a 和暦 or slash year-month an editor may type (令和2年3月, 2020/3) into YYYY-MM, for the message. */
    static Optional<String> suggestYearMonth(String v) {
        Matcher w = Pattern.compile("(令和|平成)(元|\\d{1,2})年(\\d{1,2})月").matcher(v);
        Matcher s = Pattern.compile("(\\d{4})[/.年](\\d{1,2})月?").matcher(v);
        try {
            if (w.matches()) {
                int n = "元".equals(w.group(2)) ? 1 : Integer.parseInt(w.group(2));
                return Optional.of(YearMonth.of(n + ("令和".equals(w.group(1)) ? 2018 : 1988), Integer.parseInt(w.group(3))).toString());
            }
            if (s.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2))).toString());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    FiscalYear fiscalYear(String key) {
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, "2021");
            return null;
        }
        return toFiscalYear(key, v.get(), line(key));
    }

    Optional<FiscalYear> optFiscalYear(String key) {
        return scalar(key).map(v -> toFiscalYear(key, v, line(key)));
    }

    private FiscalYear toFiscalYear(String key, String v, int line) {
        try {
            return FiscalYear.parse(v);
        } catch (PlanModelException e) {
            doc.error(ValidationCode.E_VALUE_FISCAL_YEAR, line, "「" + key + "」の年度「" + v + "」を読めません。"
                    + "西暦の年（例: 2021）か和暦（例: 令和3年度）で書いてください。");
            return null;
        }
    }

    BigDecimal number(String key) {
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, "100");
            return null;
        }
        return toNumber(key, v.get());
    }

    private BigDecimal toNumber(String key, String v) {
        String n = v.replace("，", ",").replace("．", ".");
        if (NUMBER.matcher(n).matches()) {
            return new BigDecimal(n.replace(",", ""));
        }
        String digits = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC);
        String hint = NUMBER.matcher(digits).matches() ? "全角の数字は半角に直してください（「" + digits + "」）。"
                : "単位や「約」などの文字は書かず、数字だけを書いてください（単位は indicator の unit に書きます）。";
        doc.error(ValidationCode.E_VALUE_NUMBER, line(key), "「" + key + "」の「" + v + "」は数値ではありません。" + hint);
        return null;
    }

    Optional<Integer> optInt(String key) {
        return scalar(key).map(v -> {
            if (v.matches("\\d{1,6}")) {
                return Integer.parseInt(v);
            }
            doc.error(ValidationCode.E_VALUE_NUMBER, line(key), "「" + key + "」の「" + v + "」は整数（半角数字）で書いてください（例: 「"
                    + key + ": 1」）。");
            return null;
        });
    }

    Boolean bool(String key) {
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, "false");
            return null;
        }
        switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "はい":
                return true;
            case "false", "no", "いいえ":
                return false;
            default:
                doc.error(ValidationCode.E_VALUE_ENUM, line(key), "「" + key + "」の「" + v.get() + "」は true か false（はい・いいえ）で書いてください。");
                return null;
        }
    }

    <E extends Enum<E> & Labelled> E label(String key, Class<E> type) {
        List<String> labels = Labelled.labels(type);
        Optional<String> v = scalar(key);
        if (v.isEmpty()) {
            required(key, labels.get(0));
            return null;
        }
        return toLabel(key, v.get(), type);
    }

    <E extends Enum<E> & Labelled> Optional<E> optLabel(String key, Class<E> type) {
        return scalar(key).map(v -> toLabel(key, v, type));
    }

    private <E extends Enum<E> & Labelled> E toLabel(String key, String v, Class<E> type) {
        List<String> labels = Labelled.labels(type);
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(v)) {
                return e;
            }
        }
        doc.error(ValidationCode.E_VALUE_ENUM, line(key), "「" + key + "」の「" + v + "」は使えません。" + Nearest.hint(v, labels)
                + "次のどれかを書いてください: " + String.join("、", labels) + "。");
        return null;
    }

    /** Reads a list of text values; a single value counts as a list of one. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YNode n : items(key)) {
            if (n instanceof YScalar s && !s.value().isBlank()) {
                out.add(s.value().strip());
            } else if (!(n instanceof YScalar)) {
                doc.error(ValidationCode.E_VALUE_SHAPE, n.line(), "「" + key + "」のリストの各項目には値を1つずつ書いてください（今は"
                        + n.shapeName() + "になっています）。");
            }
        }
        return out;
    }

    /**
     * Reads a list of language tags ({@code [easy, en, zh-Hans]}), reporting each tag that is malformed, unknown or
     * repeated at its line.
     */
    List<Language> languages(String key) {
        List<Language> out = new ArrayList<>();
        for (YNode n : items(key)) {
            if (!(n instanceof YScalar s) || s.value().isBlank()) {
                doc.error(ValidationCode.E_VALUE_SHAPE, n.line(), "「" + key + "」のリストの各項目には言語タグを1つずつ書いてください"
                        + "（例: " + key + ": [easy, en, zh-Hans, vi]）。");
                continue;
            }
            String tag = s.value().strip();
            Optional<Language.Problem> problem = Language.problemOf(tag);
            if (problem.isPresent()) {
                doc.error(LanguageTags.code(problem.get()), n.line(), "「" + key + "」の" + LanguageTags.explain(tag, problem.get()));
                continue;
            }
            Language language = Language.forTag(tag);
            if (out.contains(language)) {
                doc.error(ValidationCode.E_LANGUAGE_DUPLICATE, n.line(), "「" + key + "」に言語「" + tag + "」（"
                        + language.japaneseName() + "）が2回あります。1回だけ書いてください。");
                continue;
            }
            out.add(language);
        }
        return out;
    }

    List<Integer> textLines(String key) {
        return items(key).stream().map(YNode::line).toList();
    }

    /** Reads a list of ids and records each as a reference of a kind. */
    List<String> refs(String key, RefKind kind, String context) {
        List<String> out = new ArrayList<>();
        List<YNode> items = items(key);
        for (YNode n : items) {
            if (n instanceof YScalar s && !s.value().isBlank()) {
                String id = s.value().strip();
                if (kind == RefKind.VIEWPOINT ? checkViewpoint(key, id, n.line()) : checkId(key, id, n.line())) {
                    out.add(id);
                    doc.registry.refer(kind, id, doc.place(n.line()), context);
                }
            } else {
                doc.error(ValidationCode.E_VALUE_SHAPE, n.line(), "「" + key + "」のリストの各項目には ID を1つずつ書いてください。");
            }
        }
        return out;
    }

    private boolean checkViewpoint(String key, String v, int line) {
        if (v.matches("[A-Z]")) {
            return true;
        }
        String fixed = java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
        doc.error(ValidationCode.E_VALUE_INVALID, line, "「" + key + "」の観点「" + v + "」は半角英大文字1字で書いてください"
                + (fixed.matches("[A-Z]") ? "（「" + fixed + "」）。" : "（例: A）。"));
        return false;
    }

    /** Reads one id and records it as a reference of a kind. */
    Optional<String> ref(String key, RefKind kind, String context) {
        return scalar(key).filter(v -> checkId(key, v, line(key))).map(v -> {
            doc.registry.refer(kind, v, doc.place(line(key)), context);
            return v;
        });
    }

    private List<YNode> items(String key) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof YList l) {
            for (int i = 0; i < l.items().size(); i++) {
                doc.remember(prefix + key + "[" + i + "]", l.items().get(i).line());
            }
            return l.items();
        }
        if (n.get() instanceof YScalar s) {
            return s.value().isBlank() ? List.of() : List.of(s);
        }
        doc.error(ValidationCode.E_VALUE_SHAPE, n.get().line(), "「" + key + "」はリスト（各行を「- 」で始める）で書いてください。");
        return List.of();
    }

    /** Reads a nested mapping. */
    Optional<Fields> map(String key, String... keys) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YMap m) {
            return Optional.of(new Fields(doc, m, prefix + key + ".", "「" + key + "」", keys));
        }
        doc.error(ValidationCode.E_VALUE_SHAPE, n.get().line(), "「" + key + "」は字下げした「項目名: 値」の組で書いてください（今は"
                + n.get().shapeName() + "になっています）。");
        return Optional.empty();
    }

    Fields requiredMap(String key, String example, String... keys) {
        Optional<Fields> f = map(key, keys);
        if (f.isEmpty() && node(key).isEmpty()) {
            missing(key, example);
        }
        return f.orElse(null);
    }

    /** Reads a list of mappings. */
    List<Fields> maps(String key, String... keys) {
        List<Fields> out = new ArrayList<>();
        List<YNode> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            YNode n = items.get(i);
            if (n instanceof YMap m) {
                out.add(new Fields(doc, m, prefix + key + "[" + i + "].", "「" + key + "」の " + (i + 1) + " 番目", keys));
            } else {
                doc.error(ValidationCode.E_VALUE_SHAPE, n.line(), "「" + key + "」の各項目は「- 項目名: 値」の組で書いてください。");
            }
        }
        return out;
    }

    void error(ValidationCode code, String key, String message) {
        doc.error(code, line(key), message);
    }

    /** Reports keys that are not part of this mapping's type. */
    void finish() {
        for (YamlTree.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                doc.error(ValidationCode.E_KEY_UNKNOWN, e.keyLine(), where + "の項目「" + e.key() + "」は使えません。"
                        + Nearest.hint(e.key(), known) + "使える項目: " + String.join(", ", known) + "。");
            }
        }
    }
}
