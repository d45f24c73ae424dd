package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.CsvColumn.derived;
import static jp.tsunagu.plan.csv.CsvColumn.of;
import static jp.tsunagu.plan.csv.CsvType.BOOLEAN;
import static jp.tsunagu.plan.csv.CsvType.DATE;
import static jp.tsunagu.plan.csv.CsvType.INTEGER;
import static jp.tsunagu.plan.csv.CsvType.NUMBER;
import static jp.tsunagu.plan.csv.CsvType.STRING;
import static jp.tsunagu.plan.csv.Headers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.MunicipalityCode;
import jp.tsunagu.plan.ProgressStatus;

/**
 * The CSV datasets a plan is published as, in the style of the 自治体標準オープンデータセット (デジタル庁):
 * every file starts with the columns 全国地方公共団体コード, ID and 地方公共団体名; its name is
 * {@code <団体コード>_<dataset>.csv}, such as {@code 072028_initiatives.csv}; one value per cell (a list becomes
 * rows of its own dataset, such as {@link #INITIATIVE_VIEWPOINTS}); fiscal years as western integers with a
 * 和暦 column beside them; dates ISO ({@code 2022-05-27}); indicator values in long format ({@link #KPI_VALUES}).
 * <p>
 * The datasets carry the plan's structured values, not its prose: Markdown bodies stay in the content and in
 * {@code plan.json}. See {@link PlanCsv} for what each dataset replaces when it is imported.
 */
public enum CsvDataset {
    /** 観点: the viewpoints (A–I) initiatives serve. ID = the viewpoint's letter. */
    VIEWPOINTS("viewpoints", "観点", "取組の基本となる観点の名称と概要。IDは観点の記号（A〜I）。", List.of(
            of(NAME, STRING, true, "観点の名称"),
            of(SUMMARY, STRING, true, "観点の概要（1文）"))),

    /** 取組: the initiatives. ID = the initiative's id. */
    INITIATIVES("initiatives", "取組", "計画の取組の名称・概要・状況・担当・期間。IDは取組のID。", List.of(
            of(NAME, STRING, true, "取組の名称"),
            of(SUMMARY, STRING, true, "取組の概要（1文）"),
            of(STATUS, STRING, true, "取組の状況").withValues(Labelled.labels(InitiativeStatus.class)),
            of(DEPARTMENT_ID, STRING, false, "担当部署のID（空欄は未定）").withPattern(CsvDataset.ID_PATTERN),
            derived(DEPARTMENT_NAME, STRING, false, "担当部署の名称"),
            of(START, INTEGER, false, "実施期間の最初の年度（西暦。空欄は未定）"),
            derived(START_WAREKI, STRING, false, "実施期間の最初の年度（和暦）"),
            of(END, INTEGER, false, "実施期間の最後の年度（西暦。空欄は期限なし）"),
            derived(END_WAREKI, STRING, false, "実施期間の最後の年度（和暦）"))),

    /** 取組の観点: which viewpoints each initiative serves, one row per pair. ID = {@code <取組ID>_<観点コード>}. */
    INITIATIVE_VIEWPOINTS("initiative_viewpoints", "取組の観点", "各取組が対応する観点（1行に1つ）。IDは「取組ID_観点コード」。",
            List.of(
                    of(INITIATIVE_ID, STRING, true, "取組のID"),
                    derived(INITIATIVE_NAME, STRING, true, "取組の名称"),
                    of(VIEWPOINT_CODE, STRING, true, "観点の記号").withPattern("^[A-Z]$"),
                    derived(VIEWPOINT_NAME, STRING, true, "観点の名称"))),

    /** 指標: the indicators (KPI) of initiatives. ID = {@code <取組ID>_<指標ID>}. */
    INDICATORS("indicators", "指標", "取組の成果指標（KPI）の定義。IDは「取組ID_指標ID」。", List.of(
            of(INITIATIVE_ID, STRING, true, "取組のID"),
            derived(INITIATIVE_NAME, STRING, true, "取組の名称"),
            of(INDICATOR_ID, STRING, true, "指標のID（取組の中で一意）").withPattern(CsvDataset.ID_PATTERN),
            of(NAME, STRING, true, "指標の名称"),
            of(UNIT, STRING, true, "単位"),
            of(DIRECTION, STRING, true, "値がどちらに動くと良いか").withValues(Labelled.labels(Direction.class)))),

    /**
     * 目標値: every target ever set, with the date it was decided; for a year, the latest decision is in force
     * and earlier ones are its history. ID = {@code <取組ID>_<指標ID>_<年度>_<決定日>}.
     */
    TARGETS("targets", "目標値", "指標の目標値と、その決定日（見直しの履歴を含む）。同じ年度では決定日の最も新しいものが現在の目標値。"
            + "IDは「取組ID_指標ID_年度_決定日」。", List.of(
            of(INITIATIVE_ID, STRING, true, "取組のID"),
            of(INDICATOR_ID, STRING, true, "指標のID"),
            derived(INDICATOR_NAME, STRING, true, "指標の名称"),
            of(YEAR, INTEGER, true, "目標の年度（西暦）"),
            derived(YEAR_WAREKI, STRING, true, "目標の年度（和暦）"),
            of(TARGET, NUMBER, true, "目標値"),
            derived(UNIT, STRING, true, "単位"),
            of(DECIDED, DATE, true, "目標値を決めた日"),
            of(NOTE, STRING, false, "決めた理由・見直しの理由"))),

    /**
     * 指標の値: the indicators' values in long format, one value a row: the baseline, the target now in force
     * and the actual of each fiscal year. ID = {@code <取組ID>_<指標ID>_<年度>_<baseline|target|actual>}.
     */
    KPI_VALUES("kpi_values", "指標の値", "指標の基準値・目標値（現在のもの）・実績値を1行に1つ並べた縦持ちの表。"
            + "目標値の行は参照用で、変更は目標値のデータで行う。IDは「取組ID_指標ID_年度_種別（baseline/target/actual）」。", List.of(
            of(INITIATIVE_ID, STRING, true, "取組のID"),
            derived(INITIATIVE_NAME, STRING, true, "取組の名称"),
            of(INDICATOR_ID, STRING, true, "指標のID"),
            derived(INDICATOR_NAME, STRING, true, "指標の名称"),
            of(YEAR, INTEGER, true, "年度（西暦）"),
            derived(YEAR_WAREKI, STRING, true, "年度（和暦）"),
            of(KIND, STRING, true, "値の種別").withValues(Labelled.labels(KpiValueKind.class)),
            of(VALUE, NUMBER, true, "値"),
            derived(UNIT, STRING, true, "単位"),
            of(NOTE, STRING, false, "備考（実績値・目標値の注記）"),
            derived(PROGRESS_STATUS, STRING, false, "実績値の行の、その年度の指標の進捗状況（docs/progress-status.md の方法で計算。"
                    + "編集者が変えたときはその状況）").withValues(Labelled.labels(ProgressStatus.class)))),

    /** アクションプラン: each initiative's entry in each fiscal year's action plan. ID = {@code <年度>_<取組ID>}. */
    ACTION_PLAN_ENTRIES("action_plan_entries", "アクションプラン", "年度ごとのアクションプランの各取組の評価と次年度の方向性。"
            + "IDは「年度_取組ID」。", List.of(
            of(YEAR, INTEGER, true, "年度（西暦）"),
            derived(YEAR_WAREKI, STRING, true, "年度（和暦）"),
            of(INITIATIVE_ID, STRING, true, "取組のID"),
            derived(INITIATIVE_NAME, STRING, true, "取組の名称"),
            of(RATING, STRING, false, "評価（その年度の評価の尺度の記号）"),
            derived(RATING_LABEL, STRING, false, "評価の意味"),
            of(NEXT_DIRECTION, STRING, false, "次年度の方向性（拡充・継続・改善・縮小・廃止など）"),
            derived(PROGRESS_STATUS, STRING, false, "その年度の取組の進捗状況（指標の進捗状況をまとめたもの。編集者が変えたときはその状況）")
                    .withValues(Labelled.labels(ProgressStatus.class)),
            derived(PROGRESS_REASON, STRING, false, "編集者が進捗状況を変えた理由（空欄は計算どおり）"))),

    /** OODAループ: the fast decisions taken in the field. ID = the cycle's id. */
    OODA_CYCLES("ooda_cycles", "OODAループ", "現場での迅速な意思決定（観察・情勢判断・意思決定・行動）の記録。IDはOODAループのID。",
            List.of(
                    of(NAME, STRING, true, "OODAループの名称"),
                    of(INITIATIVE_ID, STRING, false, "対象の取組のID（空欄は計画全体）"),
                    derived(INITIATIVE_NAME, STRING, false, "対象の取組の名称"),
                    of(LEVEL, STRING, true, "意思決定した段階").withValues(Labelled.labels(DecisionLevel.class)),
                    of(DECIDED_BY_ID, STRING, false, "意思決定した推進体制の組織・会議のID").withPattern(CsvDataset.ID_PATTERN),
                    derived(DECIDED_BY_NAME, STRING, false, "意思決定した組織・会議の名称"),
                    of(REVISION, BOOLEAN, true, "計画の見直しが必要か（true / false）"),
                    of(OBSERVED, DATE, true, "観察した日"),
                    of(ORIENTED, DATE, true, "情勢判断した日"),
                    of(DECISION_DATE, DATE, true, "意思決定した日"),
                    of(ACTED, DATE, false, "行動した日（空欄はまだ）"))),

    /** 用語: the glossary. ID = the term's id. */
    GLOSSARY("glossary", "用語", "計画で使われる用語とその読み。説明文は plan.json にある。IDは用語のID。", List.of(
            of(NAME, STRING, true, "用語"),
            of(READING, STRING, true, "読み（ひらがな・カタカナ）"),
            of(FOOTNOTE, INTEGER, false, "元の計画書での注釈番号")));

    /** The pattern of the ids written in content. */
    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";

    private final String slug;
    private final String title;
    private final String description;
    private final List<CsvColumn> columns;

    CsvDataset(String slug, String title, String description, List<CsvColumn> own) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        List<CsvColumn> all = new ArrayList<>();
        all.add(of(CODE, STRING, true, "全国地方公共団体コード（6桁、検査数字付き）").withPattern("^[0-9]{6}$"));
        all.add(of(ID, STRING, true, "この表の中で行を識別するID"));
        all.add(derived(MUNICIPALITY, STRING, true, "地方公共団体名"));
        all.addAll(own);
        this.columns = List.copyOf(all);
    }

    /**
     * Gets the ASCII name used in file names and as the Frictionless resource name, such as {@code kpi_values}.
     *
     * @return the name, not null
     */
    public String slug() {
        return slug;
    }

    /**
     * Gets the Japanese title, such as {@code 指標の値}.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets a Japanese description of what the rows hold.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Gets the columns in file order; the first three are 全国地方公共団体コード, ID and 地方公共団体名.
     *
     * @return the columns, not null
     */
    public List<CsvColumn> columns() {
        return columns;
    }

    /**
     * Gets the headers in file order.
     *
     * @return the headers, not null
     */
    public List<String> headers() {
        return columns.stream().map(CsvColumn::name).toList();
    }

    /**
     * Gets the file name of the dataset for a municipality, such as {@code 072028_kpi_values.csv}.
     *
     * @param code  the 全国地方公共団体コード, not null
     * @return the file name, not null
     */
    public String fileName(MunicipalityCode code) {
        Objects.requireNonNull(code, "code");
        return code.value() + "_" + slug + ".csv";
    }

    /**
     * Gets the file name of the dataset saved as an Excel workbook, such as {@code 072028_kpi_values.xlsx}: the
     * same sheet as {@link #fileName}, in Excel's own format.
     *
     * @param code  the 全国地方公共団体コード, not null
     * @return the file name, not null
     */
    public String workbookFileName(MunicipalityCode code) {
        return workbookName(fileName(code));
    }

    /** @return the {@code .xlsx} name of a {@code .csv} file name */
    static String workbookName(String csvFileName) {
        return csvFileName.substring(0, csvFileName.length() - ".csv".length()) + ".xlsx";
    }

    /**
     * Gets the references from this dataset's columns to other datasets' IDs, for the Table Schema.
     *
     * @return the foreign keys, not null, may be empty
     */
    public List<ForeignKey> foreignKeys() {
        ForeignKey initiative = new ForeignKey(List.of(INITIATIVE_ID), INITIATIVES, List.of(ID));
        ForeignKey indicator = new ForeignKey(List.of(INITIATIVE_ID, INDICATOR_ID), INDICATORS,
                List.of(INITIATIVE_ID, INDICATOR_ID));
        return switch (this) {
            case VIEWPOINTS, INITIATIVES, GLOSSARY -> List.of();
            case INITIATIVE_VIEWPOINTS -> List.of(initiative, new ForeignKey(List.of(VIEWPOINT_CODE), VIEWPOINTS, List.of(ID)));
            case INDICATORS, ACTION_PLAN_ENTRIES, OODA_CYCLES -> List.of(initiative);
            case TARGETS, KPI_VALUES -> List.of(initiative, indicator);
        };
    }

    /**
     * A reference from columns of one dataset to columns of another.
     *
     * @param fields  the referring columns, not empty
     * @param dataset  the dataset referred to, not null
     * @param referencedFields  the columns referred to, as many as {@code fields}
     */
    public record ForeignKey(List<String> fields, CsvDataset dataset, List<String> referencedFields) {
        /**
         * Copies the parts.
         *
         * @param fields  the referring columns, not empty
         * @param dataset  the dataset referred to, not null
         * @param referencedFields  the columns referred to, as many as {@code fields}
         */
        public ForeignKey {
            fields = List.copyOf(fields);
            Objects.requireNonNull(dataset, "dataset");
            referencedFields = List.copyOf(referencedFields);
        }
    }
}
