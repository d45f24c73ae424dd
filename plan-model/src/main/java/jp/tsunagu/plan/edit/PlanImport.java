package jp.tsunagu.plan.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.MunicipalityCode;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.CsvImportException;
import jp.tsunagu.plan.csv.CsvProblem;
import jp.tsunagu.plan.csv.PlanCsv;

/**
 * Brings a department's spreadsheets back into the content: reads the {@code kpi_values} and
 * {@code action_plan_entries} CSV files that {@link PlanCsv} exports, checks every row, and works out the edits of
 * the action plan entries' front matter — actuals (value and note), {@code rating} and {@code next_direction} —
 * with the smallest diff: only the changed scalars are rewritten, missing keys are added in the order the content
 * format lists them, and key order, comments, quoting, line ends and bodies stay as they were.
 * <pre>{@code
 * PlanModel model = PlanLoader.load(plan).orElseThrow();
 * PlanImport.Result r = PlanImport.of(model, plan).read(Path.of("returned/"));
 * r.problems().forEach(p -> System.err.println(p.format()));   // every problem at once, nothing changed
 * r.changes();                                                // the files' texts before and after
 * }</pre>
 * Files are read as {@link PlanCsv#merge(PlanModel, Map)} reads them: UTF-8 with or without byte order mark,
 * Windows-31J (Shift_JIS) as Excel saves it, cells a spreadsheet changed in form only. Values the import cannot
 * write — a changed baseline, a target row that differs from the targets — are problems with the fix; the other
 * datasets' files in the folder are not read ({@link Result#ignored()}).
 * <p>
 * This class is immutable and thread-safe; it never writes.
 */
public final class PlanImport {
    /** The datasets an import reads. */
    public static final List<CsvDataset> DATASETS = List.of(CsvDataset.KPI_VALUES, CsvDataset.ACTION_PLAN_ENTRIES);

    /** The keys of an action plan entry, in the order of the content format. */
    static final List<String> ENTRY_KEYS = List.of("type", "initiative", "fiscal_year", "actuals", "rating", "next_direction");
    private static final List<String> ACTUAL_KEYS = List.of("indicator", "value", "note");

    private final PlanModel model;
    private final Path planFolder;

    private PlanImport(PlanModel model, Path planFolder) {
        this.model = model;
        this.planFolder = planFolder;
    }

    /**
     * Obtains an import into a plan.
     *
     * @param model  the plan loaded from {@code planFolder} without errors, not null
     * @param planFolder  the folder holding {@code plan.md}, not null
     * @return the import, not null
     */
    public static PlanImport of(PlanModel model, Path planFolder) {
        return new PlanImport(Objects.requireNonNull(model, "model"), Objects.requireNonNull(planFolder, "planFolder"));
    }

    /**
     * What an import found: every problem, or the changes to make.
     *
     * @param problems  every problem of every file, in Japanese with file, row and column; empty if all is valid
     * @param changes  the content files to change, empty if there are problems or nothing changed
     * @param read  the CSV files read
     * @param ignored  the other CSV files of the folder, not read
     */
    public record Result(List<CsvProblem> problems, List<ContentChange> changes, List<String> read, List<String> ignored) {
        /**
         * Copies the lists.
         *
         * @param problems  every problem, may be empty
         * @param changes  the changes, may be empty
         * @param read  the files read, may be empty
         * @param ignored  the files not read, may be empty
         */
        public Result {
            problems = List.copyOf(problems);
            changes = problems.isEmpty() ? List.copyOf(changes) : List.of();
            read = List.copyOf(read);
            ignored = List.copyOf(ignored);
        }

        /**
         * Checks whether every row was valid.
         *
         * @return true if there are no problems
         */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the import's datasets from a folder and works out the changes.
     *
     * @param folder  the folder holding {@code <団体コード>_kpi_values.csv} and/or
     *  {@code <団体コード>_action_plan_entries.csv}, each as CSV or saved by Excel as a workbook ({@code .xlsx},
     *  first sheet), not null
     * @return the problems or the changes, not null
     * @throws UncheckedIOException if a file cannot be read
     */
    public Result read(Path folder) {
        MunicipalityCode code = model.plan().municipality().code();
        PlanCsv.Sheets sheets = PlanCsv.sheets(folder, code, DATASETS);
        List<String> read = sheets.read();
        List<String> ignored = new ArrayList<>();
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.map(p -> p.getFileName().toString())
                            .filter(n -> (n.endsWith(".csv") || n.endsWith(".xlsx")) && !read.contains(n)
                                    && DATASETS.stream().noneMatch(d -> n.equals(d.fileName(code)) || n.equals(d.workbookFileName(code))))
                            .sorted().forEach(ignored::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the CSV files in '" + folder + "'", e);
        }
        if (!sheets.problems().isEmpty()) {
            return new Result(sheets.problems(), List.of(), read, ignored);
        }
        Map<CsvDataset, byte[]> files = sheets.files();
        if (files.isEmpty()) {
            return new Result(List.of(new CsvProblem(folder.toString(), 0, Optional.empty(), "取り込む CSV ファイルがありません。"
                    + "tsunagu:export で書き出した「" + CsvDataset.KPI_VALUES.fileName(code) + "」（指標の値）か「"
                    + CsvDataset.ACTION_PLAN_ENTRIES.fileName(code) + "」（アクションプラン）を、名前を変えずにこのフォルダに置いてください"
                    + "（Excel で「Excel ブック (*.xlsx)」として保存したもの、例えば「" + CsvDataset.KPI_VALUES.workbookFileName(code)
                    + "」も読めます）。"
                    + (ignored.isEmpty() ? "" : "（このフォルダにある " + String.join("、", ignored) + " は取り込みの対象外です）"))),
                    List.of(), read, ignored);
        }
        PlanModel merged;
        try {
            merged = PlanCsv.create().merge(model, files);
        } catch (CsvImportException e) {
            return new Result(e.problems(), List.of(), read, ignored);
        }
        List<CsvProblem> problems = new ArrayList<>();
        checkBaselines(merged, CsvDataset.KPI_VALUES.fileName(code), problems);
        List<ContentChange> changes = new ArrayList<>();
        for (ActionPlan ap : model.actionPlans()) {
            ActionPlan after = merged.actionPlan(ap.fiscalYear()).orElseThrow();
            for (ActionPlanEntry before : ap.entries()) {
                ActionPlanEntry now = after.entry(before.initiative()).orElseThrow();
                if (!now.equals(before)) {
                    edit(before, now, problems).ifPresent(changes::add);
                }
            }
        }
        return new Result(problems, changes, read, ignored);
    }

    /** Baselines are in the initiatives' files, which an import does not write: a changed one is a problem. */
    private void checkBaselines(PlanModel merged, String file, List<CsvProblem> problems) {
        for (Initiative i : model.initiatives()) {
            Initiative after = merged.initiative(i.id()).orElseThrow();
            for (Indicator k : i.indicators()) {
                Optional<Indicator> a = after.indicator(k.id());
                if (a.isPresent() && !a.get().baseline().equals(k.baseline())) {
                    String rowId = i.id() + "_" + k.id() + "_" + k.baseline().or(() -> a.get().baseline())
                            .map(b -> String.valueOf(b.year().year())).orElse("") + "_baseline";
                    problems.add(new CsvProblem(file, 0, Optional.empty(), "ID「" + rowId + "」の行: 基準値は取り込みでは書き換えません。"
                            + "この行を書き出したときの値に戻し、基準値を直すときは initiatives/" + i.id() + ".md の baseline を直接直してください。"));
                }
            }
        }
    }

    /** The change of one entry's file, empty if it cannot be edited (a problem then says why). */
    private Optional<ContentChange> edit(ActionPlanEntry before, ActionPlanEntry after, List<CsvProblem> problems) {
        String path = "action-plans/" + before.fiscalYear().year() + "/" + before.initiative() + ".md";
        String text;
        try {
            text = new String(Files.readAllBytes(planFolder.resolve(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new CsvProblem(path, 0, Optional.empty(), "このファイルを読めませんでした。ファイルがあるか、読む権限があるかを確かめてください。"));
            return Optional.empty();
        }
        Optional<FrontMatterText> parsed = FrontMatterText.of(text);
        if (parsed.isEmpty()) {
            problems.add(new CsvProblem(path, 0, Optional.empty(), "前付け（YAML フロントマター）を読めないため、値を書き込めません。"
                    + "mvn tsunagu:check で前付けの誤りを直してから、もう一度取り込んでください。"));
            return Optional.empty();
        }
        FrontMatterText t = parsed.get();
        MappingNode root = t.root();
        if (!actuals(t, root, before, after, path, problems)) {
            return Optional.empty();
        }
        scalar(t, root, "rating", before.rating(), after.rating());
        scalar(t, root, "next_direction", before.nextDirection(), after.nextDirection());
        String edited = t.text();
        return edited.equals(text) ? Optional.empty() : Optional.of(new ContentChange(path, text, edited));
    }

    private static void scalar(FrontMatterText t, MappingNode map, String key, Optional<String> before, Optional<String> after) {
        if (before.equals(after)) {
            return;
        }
        if (after.isPresent()) {
            t.set(map, key, after.get(), ENTRY_KEYS);
        } else {
            t.remove(map, key);
        }
    }

    /** @return false if the actuals cannot be edited (reported) */
    private static boolean actuals(FrontMatterText t, MappingNode root, ActionPlanEntry before, ActionPlanEntry after, String path,
            List<CsvProblem> problems) {
        if (before.actuals().equals(after.actuals())) {
            return true;
        }
        if (after.actuals().isEmpty()) {
            t.remove(root, "actuals");
            return true;
        }
        Optional<FrontMatterText.Entry> entry = FrontMatterText.entry(root, "actuals");
        if (entry.isEmpty() || entry.get().value() instanceof SequenceNode s && s.getValue().isEmpty()) {
            entry.ifPresent(e -> t.remove(root, "actuals"));
            List<String> lines = new ArrayList<>();
            lines.add("actuals:");
            for (Actual a : after.actuals()) {
                List<String> item = item(a);
                for (int i = 0; i < item.size(); i++) {
                    lines.add((i == 0 ? "  - " : "    ") + item.get(i));
                }
            }
            t.insert(root, "actuals", lines, ENTRY_KEYS);
            return true;
        }
        if (!(entry.get().value() instanceof SequenceNode seq) || seq.getFlowStyle() == FlowStyle.FLOW
                || seq.getValue().stream().anyMatch(n -> !(n instanceof MappingNode m) || m.getFlowStyle() == FlowStyle.FLOW)) {
            problems.add(new CsvProblem(path, 0, Optional.empty(), "actuals が「- indicator: …」を並べる形で書かれていないため、実績値を書き込めません。"
                    + "各実績を「  - indicator: 指標のID」「    value: 値」の行に書き直してから、もう一度取り込んでください。"));
            return false;
        }
        for (Node n : seq.getValue()) {
            MappingNode item = (MappingNode) n;
            String indicator = FrontMatterText.entry(item, "indicator").map(e -> ((ScalarNode) e.value()).getValue()).orElse("");
            Optional<Actual> old = before.actual(indicator);
            Optional<Actual> now = after.actual(indicator);
            if (now.isEmpty()) {
                t.removeItem(item);
                continue;
            }
            if (old.isPresent() && !old.get().value().equals(now.get().value())) {
                String written = FrontMatterText.entry(item, "value").map(e -> ((ScalarNode) e.value()).getValue()).orElse("");
                t.set(item, "value", number(now.get().value(), written.contains(",")), ACTUAL_KEYS);
            }
            if (old.isPresent() && !old.get().note().equals(now.get().note())) {
                if (now.get().note().isPresent()) {
                    t.set(item, "note", now.get().note().get(), ACTUAL_KEYS);
                } else {
                    t.remove(item, "note");
                }
            }
        }
        for (Actual a : after.actuals()) {
            if (before.actual(a.indicator()).isEmpty()) {
                t.append(seq, item(a));
            }
        }
        return true;
    }

    /** The lines of a new actual, without indentation. */
    private static List<String> item(Actual a) {
        List<String> lines = new ArrayList<>();
        lines.add("indicator: " + FrontMatterText.scalar(a.indicator(), ScalarStyle.PLAIN));
        lines.add("value: " + number(a.value(), false));
        a.note().ifPresent(n -> lines.add("note: " + FrontMatterText.scalar(n, ScalarStyle.PLAIN)));
        return lines;
    }

    /** A number as the content writes it: plain digits, or with {@code ,} every three digits where the old value had them. */
    static String number(BigDecimal value, boolean grouped) {
        String plain = value.toPlainString();
        if (!grouped) {
            return plain;
        }
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                s.append(',');
            }
            s.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + s + (dot < 0 ? "" : digits.substring(dot));
    }
}
