package jp.tsunagu.plan.load;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.Baseline;
import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.GovernanceKind;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.LegalBasis;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.Municipality;
import jp.tsunagu.plan.MunicipalityCode;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Page;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.PlanPart;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.ProgressMethod;
import jp.tsunagu.plan.ProgressStatus;
import jp.tsunagu.plan.StatusOverride;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.ReferenceMaterial;
import jp.tsunagu.plan.Revision;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Binds the front matter and body of each content type to model objects. One method per type; each reads
 * every key explicitly, so a typo is an unknown key and a wrong value names its line.
 */
final class Binders {
    static final String TYPE = "type";

    /** Content types by their {@code type} value, with the folder each belongs in. */
    enum ContentType {
        PLAN("plan"), VIEWPOINT("viewpoint"), INITIATIVE("initiative"), DEPARTMENT("department"),
        GOVERNANCE_BODY("governance_body"), ACTION_PLAN("action_plan"), ACTION_PLAN_ENTRY("action_plan_entry"),
        OODA_CYCLE("ooda_cycle"), ANNUAL_REVIEW("annual_review"), GLOSSARY_TERM("glossary_term"),
        REFERENCE_MATERIAL("reference_material"), PAGE("page");

        final String key;

        ContentType(String key) {
            this.key = key;
        }

        static Optional<ContentType> of(String key) {
            for (ContentType t : values()) {
                if (t.key.equals(key)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        static List<String> keys() {
            return java.util.Arrays.stream(values()).map(t -> t.key).toList();
        }
    }

    private final Parts parts;

    Binders(Parts parts) {
        this.parts = parts;
    }

    /**
     * Builds a model object unless the file already has errors. The binders check every rule the model's
     * constructors check, each with its own message; a model exception that still comes through is reported in
     * Japanese without its English text, naming the file's first line.
     */
    private static <T> Optional<T> build(Doc doc, int line, Supplier<T> constructor) {
        if (!doc.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(constructor.get());
        } catch (PlanModelException e) {
            doc.error(ValidationCode.E_VALUE_INVALID, line, "前付けの値の組み合わせから、このファイルの内容を組み立てられませんでした。"
                    + "ID・年度・期間・日付の順・重なりを確かめて直してください。直らないときは、このファイルを添えて Tsunagu の不具合として報告してください。");
            return Optional.empty();
        }
    }

    void bind(ContentType type, Doc doc) {
        switch (type) {
            case PLAN -> plan(doc);
            case VIEWPOINT -> viewpoint(doc);
            case INITIATIVE -> initiative(doc);
            case DEPARTMENT -> department(doc);
            case GOVERNANCE_BODY -> governance(doc);
            case ACTION_PLAN -> actionPlan(doc);
            case ACTION_PLAN_ENTRY -> entry(doc);
            case OODA_CYCLE -> ooda(doc);
            case ANNUAL_REVIEW -> review(doc);
            case GLOSSARY_TERM -> glossary(doc);
            case REFERENCE_MATERIAL -> reference(doc);
            case PAGE -> page(doc);
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private static String defineId(Doc doc, Fields f, RefKind kind, String example) {
        String id = f.id("id", example);
        if (id != null) {
            doc.registry.define(kind, id, doc.place(f.line("id")));
        }
        return id;
    }

    private void plan(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "title", "municipality", "adopted", "parent_plan", "legal_bases",
                "basic_principle", "vision", "parts", "revisions", "glossary", "rating_scale", "directions", "progress", "languages");
        String id = defineId(doc, f, RefKind.PLAN, "aizuwakamatsu-johoka-suishin");
        String title = f.text("title", "情報化推進計画");
        Fields m = f.requiredMap("municipality", "（字下げして name: と code: を書きます）", "name", "code", "name_en");
        String mName = m == null ? null : m.text("name", "会津若松市");
        String mCode = m == null ? null : m.text("code", "\"072028\"");
        Optional<String> nameEn = m == null ? Optional.empty() : m.optText("name_en");
        MunicipalityCode code = null;
        if (mCode != null) {
            try {
                code = MunicipalityCode.parse(mCode);
            } catch (PlanModelException e) {
                String fix = mCode.matches("\\d{5}") ? "先頭の 0 が消えていませんか。値を「\"0" + mCode + "\"」のように引用符で囲んでください。"
                        : mCode.matches("\\d{6}") ? "6桁目の検査数字は " + MunicipalityCode.checkDigit(mCode.substring(0, 5))
                                + " のはずです。総務省の全国地方公共団体コード表で確認してください。"
                        : "全国地方公共団体コード（6桁の半角数字、例: \"072028\"）を書いてください。";
                doc.error(ValidationCode.E_VALUE_INVALID, m.line("code"), "団体コード「" + mCode + "」が正しくありません。" + fix);
            }
        }
        var adopted = f.yearMonth("adopted");
        String parentPlan = f.text("parent_plan", "第7次総合計画");
        List<LegalBasis> legal = new ArrayList<>();
        for (Fields l : f.maps("legal_bases", "name", "article", "note")) {
            String n = l.text("name", "官民データ活用推進基本法");
            Optional<String> article = l.optText("article");
            Optional<String> note = l.optText("note");
            l.finish();
            if (n != null) {
                legal.add(new LegalBasis(n, article, note));
            }
        }
        String principle = f.text("basic_principle", "協働・共創のためのデジタルシフトの推進");
        Optional<String> vision = f.optText("vision");
        List<PlanPart> planParts = new ArrayList<>();
        for (Fields p : f.maps("parts", "name", "summary")) {
            String n = p.text("name", "基本方針");
            String s = p.text("summary", "情報化推進の基本的な指針");
            p.finish();
            if (n != null && s != null) {
                planParts.add(new PlanPart(n, s));
            }
        }
        List<Revision> revisions = new ArrayList<>();
        for (Fields r : f.maps("revisions", "date", "summary")) {
            LocalDate d = r.date("date");
            String s = r.text("summary", "見直しの内容");
            r.finish();
            if (d != null && s != null) {
                revisions.add(new Revision(d, s));
            }
        }
        revisions.sort(java.util.Comparator.comparing(Revision::date));
        List<String> glossary = f.refs("glossary", RefKind.GLOSSARY, "glossary");
        RatingScale scale = ratingScale(f);
        List<String> directions = f.texts("directions");
        ProgressMethod progress = progressMethod(doc, f);
        List<Language> languages = f.written("languages") ? f.languages("languages") : Language.DEFAULTS;
        f.finish();
        MarkdownBody body = doc.body(List.of("計画の目的", "計画の位置付け"), List.of("計画の目的", "計画の位置付け",
                "計画策定の背景", "計画の構成", "基本理念", "取組の方向性", "推進体制と役割", "情報化推進の手法"));
        MunicipalityCode c = code;
        build(doc, f.line(), () -> new Plan(id, title, new Municipality(mName, c, nameEn), adopted, parentPlan, legal,
                principle, vision, planParts, revisions, scale, directions, glossary, body, progress, languages))
                .ifPresent(p -> parts.plans.add(new Bound<>(p, doc)));
    }

    /** The thresholds of the progress statuses under {@code progress:}, the defaults where a key is left out. */
    private static ProgressMethod progressMethod(Doc doc, Fields f) {
        return f.map("progress", "substantial", "moderate").map(p -> {
            BigDecimal substantial = p.written("substantial") ? p.number("substantial") : ProgressMethod.DEFAULT.substantial();
            BigDecimal moderate = p.written("moderate") ? p.number("moderate") : ProgressMethod.DEFAULT.moderate();
            p.finish();
            if (substantial == null || moderate == null) {
                return ProgressMethod.DEFAULT;
            }
            try {
                return new ProgressMethod(substantial, moderate);
            } catch (PlanModelException e) {
                doc.error(ValidationCode.E_VALUE_INVALID, f.line("progress"), "progress のしきい値（substantial " + substantial
                        + "、moderate " + moderate + "）が正しくありません。0 より大きく 1 以下の割合で、moderate を substantial より"
                        + "小さくしてください（例: substantial: 0.95、moderate: 0.6）。");
                return ProgressMethod.DEFAULT;
            }
        }).orElse(ProgressMethod.DEFAULT);
    }

    /** An editor's status with its reason: both keys or neither. */
    private static Optional<StatusOverride> override(Doc doc, Fields f, String statusKey, String reasonKey) {
        Optional<ProgressStatus> status = f.optLabel(statusKey, ProgressStatus.class);
        Optional<String> reason = f.optText(reasonKey);
        if (f.written(statusKey) && reason.isEmpty()) {
            doc.error(ValidationCode.E_VALUE_EMPTY, f.line(statusKey), "「" + statusKey + "」で進捗状況を変えるときは、理由を「"
                    + reasonKey + "」に書いてください（例: " + reasonKey + ": 年度途中で調査方法が変わったため）。");
            return Optional.empty();
        }
        if (!f.written(statusKey) && reason.isPresent()) {
            doc.error(ValidationCode.E_VALUE_EMPTY, f.line(reasonKey), "「" + reasonKey + "」だけが書かれています。変える進捗状況を「"
                    + statusKey + "」に書くか（" + String.join("、", Labelled.labels(ProgressStatus.class)) + "）、「"
                    + reasonKey + "」を消してください。");
            return Optional.empty();
        }
        return status.map(st -> new StatusOverride(st, reason.orElseThrow()));
    }

    private static RatingScale ratingScale(Fields f) {
        List<Rating> ratings = new ArrayList<>();
        var seen = new java.util.HashSet<String>();
        for (Fields r : f.maps("rating_scale", "code", "label", "description")) {
            String code = r.text("code", "A");
            String label = r.text("label", "目標を達成");
            Optional<String> description = r.optText("description");
            r.finish();
            if (code != null && !seen.add(code)) {
                r.error(ValidationCode.E_DUP_ID, "code", "評価の code「" + code + "」が rating_scale に2回あります。別の code にしてください。");
                continue;
            }
            if (code != null && label != null) {
                ratings.add(new Rating(code, label, description));
            }
        }
        return new RatingScale(ratings);
    }

    private void viewpoint(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "code", "name", "summary", "example_initiatives", "glossary");
        String code = f.text("code", doc.baseName());
        ViewpointCode vc = null;
        if (code != null) {
            if (!code.matches("[A-Z]")) {
                doc.error(ValidationCode.E_VALUE_INVALID, f.line("code"), "観点の code「" + code + "」は半角英大文字1字で書いてください（例: A）。");
            } else {
                vc = ViewpointCode.of(code);
                doc.registry.define(RefKind.VIEWPOINT, code, doc.place(f.line("code")));
                if (!code.equals(doc.baseName())) {
                    doc.error(ValidationCode.E_ID_FILE_NAME, f.line("code"), "観点の code「" + code + "」とファイル名「" + doc.baseName()
                            + ".md」が違います。ファイル名を「" + code + ".md」にするか、code を直してください。");
                }
            }
        }
        String name = f.text("name", "デジタル・バイ・デフォルト");
        String summary = f.text("summary", "観点の要旨を一文で");
        List<String> examples = f.refs("example_initiatives", RefKind.INITIATIVE, "example_initiatives");
        List<String> glossary = f.refs("glossary", RefKind.GLOSSARY, "glossary");
        f.finish();
        MarkdownBody body = doc.body(List.of("説明"), List.of("説明"));
        ViewpointCode c = vc;
        build(doc, f.line(), () -> new Viewpoint(c, name, summary, examples, glossary, body))
                .ifPresent(v -> parts.viewpoints.add(new Bound<>(v, doc)));
    }

    private void initiative(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "title", "viewpoints", "department", "status", "period", "summary",
                "indicators", "glossary");
        String id = defineId(doc, f, RefKind.INITIATIVE, doc.baseName());
        if (id != null && !id.equals(doc.baseName())) {
            doc.error(ValidationCode.E_ID_FILE_NAME, f.line("id"), "取組の id「" + id + "」とファイル名「" + doc.baseName()
                    + ".md」が違います。ページの URL はファイル名から作られるので、ファイル名を「" + id + ".md」にするか、id を直してください。");
        }
        String title = f.text("title", "取組の名前");
        List<String> vps = f.refs("viewpoints", RefKind.VIEWPOINT, "viewpoints");
        if (vps.isEmpty() && f.textLines("viewpoints").isEmpty()) {
            doc.error(ValidationCode.E_KEY_REQUIRED, f.line("viewpoints"), "取組には観点が1つ以上必要です。「viewpoints: [A]」のように書いてください。");
        }
        Optional<String> department = f.ref("department", RefKind.DEPARTMENT, "department");
        InitiativeStatus status = f.label("status", InitiativeStatus.class);
        Optional<PlanPeriod> period = f.map("period", "start", "end").flatMap(p -> {
            FiscalYear start = p.fiscalYear("start");
            Optional<FiscalYear> end = p.optFiscalYear("end");
            p.finish();
            if (start != null && end.isPresent() && end.get().isBefore(start)) {
                doc.error(ValidationCode.E_FY_PERIOD, p.line("end"), "期間の終わり（" + end.get().year() + "年度）が始まり（"
                        + start.year() + "年度）より前です。start と end を確認してください。");
                return Optional.empty();
            }
            // an end that is written but unreadable (reported by optFiscalYear) is not an open end: no period to check targets against
            boolean endUnreadable = end.isEmpty() && p.written("end");
            return start == null || endUnreadable ? Optional.empty() : Optional.of(new PlanPeriod(start, end));
        });
        String summary = f.text("summary", "取組の要旨を一文で");
        List<Indicator> indicators = new ArrayList<>();
        var indicatorIds = new java.util.HashMap<String, Integer>();
        for (Fields i : f.maps("indicators", "id", "name", "unit", "direction", "baseline", "targets", "weight")) {
            indicator(doc, i, period, indicatorIds).ifPresent(indicators::add);
        }
        List<String> glossary = f.refs("glossary", RefKind.GLOSSARY, "glossary");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of("概要", "内容", "課題"));
        build(doc, f.line(), () -> new Initiative(id, title, vps.stream().map(ViewpointCode::of).toList(), department, status,
                period, summary, indicators, glossary, body))
                .ifPresent(v -> parts.initiatives.add(new Bound<>(v, doc)));
    }

    private static Optional<Indicator> indicator(Doc doc, Fields i, Optional<PlanPeriod> period, Map<String, Integer> seen) {
        String id = i.id("id", "kpi-1");
        if (id != null && seen.putIfAbsent(id, i.line("id")) != null) {
            doc.error(ValidationCode.E_DUP_ID, i.line("id"), "指標の id「" + id + "」はこの取組の " + seen.get(id)
                    + " 行目でも使われています。別の id にしてください。");
        }
        String name = i.text("name", "電子申請の件数");
        String unit = i.text("unit", "件");
        Direction direction = i.label("direction", Direction.class);
        Optional<Baseline> baseline = i.map("baseline", "year", "value").map(b -> {
            FiscalYear y = b.fiscalYear("year");
            BigDecimal v = b.number("value");
            b.finish();
            return y == null || v == null ? null : new Baseline(y, v);
        });
        List<Target> targets = new ArrayList<>();
        var decidedPairs = new java.util.HashMap<String, Integer>();
        for (Fields t : i.maps("targets", "year", "value", "decided", "note")) {
            FiscalYear y = t.fiscalYear("year");
            BigDecimal v = t.number("value");
            LocalDate d = t.date("decided");
            Optional<String> note = t.optText("note");
            t.finish();
            if (y != null && period.isPresent() && !period.get().contains(y)) {
                doc.error(ValidationCode.E_FY_PERIOD, t.line("year"), "指標「" + id + "」の目標年度 " + y.year() + " は取組の期間 "
                        + period.get() + " の外です。目標年度を期間内にするか、period を直してください。");
            }
            if (y != null && d != null && decidedPairs.putIfAbsent(y.year() + "/" + d, t.line("year")) != null) {
                doc.error(ValidationCode.E_TARGET_DUPLICATE, t.line("decided"), "指標「" + id + "」の " + y.year() + " 年度の目標が同じ日（"
                        + d + "）に2回決められています（" + decidedPairs.get(y.year() + "/" + d) + " 行目）。見直した目標なら decided を見直した日にしてください。");
            }
            if (y != null && v != null && d != null) {
                targets.add(new Target(y, v, d, note));
            }
        }
        BigDecimal weight = i.written("weight") ? i.number("weight") : BigDecimal.ONE;
        if (weight != null && weight.signum() <= 0) {
            doc.error(ValidationCode.E_VALUE_INVALID, i.line("weight"), "指標「" + id + "」の weight「" + weight.toPlainString()
                    + "」は 0 より大きい数にしてください（取組の進捗状況をまとめるときの重み。書かなければ 1）。");
            weight = null;
        }
        BigDecimal w = weight == null ? BigDecimal.ONE : weight;
        i.finish();
        return build(doc, i.line(), () -> new Indicator(id, name, unit, direction, baseline, targets, w));
    }

    private void department(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "name", "parent");
        String id = defineId(doc, f, RefKind.DEPARTMENT, doc.baseName());
        String name = f.text("name", "情報政策課");
        Optional<String> parent = f.ref("parent", RefKind.DEPARTMENT, "parent");
        f.finish();
        build(doc, f.line(), () -> new Department(id, name, parent)).ifPresent(d -> parts.departments.add(new Bound<>(d, doc)));
    }

    private void governance(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "name", "short_name", "kind", "head", "parent", "order", "glossary");
        String id = defineId(doc, f, RefKind.GOVERNANCE, doc.baseName());
        String name = f.text("name", "情報化推進本部");
        Optional<String> shortName = f.optText("short_name");
        GovernanceKind kind = f.label("kind", GovernanceKind.class);
        Optional<String> head = f.optText("head");
        Optional<String> parent = f.ref("parent", RefKind.GOVERNANCE, "parent");
        Optional<Integer> order = f.optInt("order");
        List<String> glossary = f.refs("glossary", RefKind.GLOSSARY, "glossary");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of("役割"));
        build(doc, f.line(), () -> new GovernanceBody(id, name, shortName, kind, head, parent, order.orElse(0), glossary, body))
                .ifPresent(g -> parts.governance.add(new Bound<>(g, doc)));
    }

    /** The fiscal year a file's folder (action-plans/2021/…) or name (reviews/2021.md) stands for. */
    private static Optional<FiscalYear> folderYear(String name) {
        try {
            return Optional.of(FiscalYear.parse(name));
        } catch (PlanModelException e) {
            return Optional.empty();
        }
    }

    private static FiscalYear checkYear(Doc doc, Fields f, FiscalYear written, String folderName, String what) {
        Optional<FiscalYear> expected = folderYear(folderName);
        if (expected.isEmpty()) {
            doc.error(ValidationCode.E_FY_FOLDER, f.line(), what + "の「" + folderName + "」が年度になっていません。"
                    + "西暦の年度（例: 2021）にしてください。");
            return null;
        }
        if (written != null && !written.equals(expected.get())) {
            String move = what.equals("ファイル名") ? "ファイル名を正しい年度にする" : "ファイルを正しい年度のフォルダに移す";
            doc.error(ValidationCode.E_FY_FOLDER, f.line("fiscal_year"), "fiscal_year（" + written.year() + "年度・" + written.toWareki()
                    + "）が" + what + "「" + folderName + "」と違います。" + move + "か、fiscal_year を "
                    + expected.get().year() + " に直してください。");
        }
        return expected.get();
    }

    private void actionPlan(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "fiscal_year", "title", "published", "rating_scale");
        FiscalYear written = f.fiscalYear("fiscal_year");
        List<String> folders = doc.folders();
        FiscalYear year = checkYear(doc, f, written, folders.get(folders.size() - 1), "フォルダ名");
        if (year != null) {
            doc.registry.define(RefKind.ACTION_PLAN, Integer.toString(year.year()), doc.place(f.line()));
        }
        String title = f.text("title", "令和3年度アクションプラン");
        Optional<LocalDate> published = f.optDate("published");
        RatingScale scale = ratingScale(f);
        boolean ownScale = f.line("rating_scale") != f.line();
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of("概要"));
        if (doc.ok()) {
            parts.actionPlans.add(new Parts.ActionPlanHead(year, title, published, ownScale ? Optional.of(scale) : Optional.empty(), body, doc));
        }
    }

    private void entry(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "initiative", "fiscal_year", "actuals", "rating", "next_direction",
                "progress_status", "progress_reason");
        Optional<FiscalYear> written = f.optFiscalYear("fiscal_year");
        List<String> folders = doc.folders();
        FiscalYear year = checkYear(doc, f, written.orElse(null), folders.get(folders.size() - 1), "フォルダ名");
        String initiative = f.text("initiative", doc.baseName()) == null ? null
                : f.ref("initiative", RefKind.INITIATIVE, "initiative").orElse(null);
        if (initiative != null && year != null) {
            doc.registry.define(RefKind.ENTRY, year.year() + "/" + initiative, doc.place(f.line("initiative")));
        }
        List<Actual> actuals = new ArrayList<>();
        for (Fields a : f.maps("actuals", "indicator", "value", "note", "status", "status_reason")) {
            String indicator = a.id("indicator", "kpi-1");
            BigDecimal value = a.number("value");
            Optional<String> note = a.optText("note");
            Optional<StatusOverride> override = override(doc, a, "status", "status_reason");
            a.finish();
            if (indicator != null && value != null) {
                actuals.add(new Actual(indicator, value, note, override));
            }
        }
        Optional<String> rating = f.optText("rating");
        Optional<String> direction = f.optText("next_direction");
        Optional<StatusOverride> override = override(doc, f, "progress_status", "progress_reason");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of("計画", "実績", "評価", "次年度の方向性"));
        build(doc, f.line(), () -> new ActionPlanEntry(initiative, year, actuals, rating, direction, body, override))
                .ifPresent(e -> parts.entries.add(new Bound<>(e, doc)));
    }

    private void ooda(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "title", "initiative", "decision_level", "decided_by",
                "requires_plan_revision", "observed", "oriented", "decided", "acted");
        String id = defineId(doc, f, RefKind.OODA, doc.baseName());
        String title = f.text("title", "除雪車ナビの表示改善");
        Optional<String> initiative = f.ref("initiative", RefKind.INITIATIVE, "initiative");
        DecisionLevel level = f.label("decision_level", DecisionLevel.class);
        Optional<String> decidedBy = f.ref("decided_by", RefKind.GOVERNANCE, "decided_by");
        Boolean revision = f.bool("requires_plan_revision");
        LocalDate observed = f.date("observed");
        LocalDate oriented = f.date("oriented");
        LocalDate decided = f.date("decided");
        Optional<LocalDate> acted = f.optDate("acted");
        f.finish();
        LocalDate firstDay = FiscalYear.of(FiscalYear.MIN_YEAR).startDate();
        LocalDate lastDay = FiscalYear.of(FiscalYear.MAX_YEAR).endDate();
        if (decided != null && (decided.isBefore(firstDay) || decided.isAfter(lastDay))) {
            doc.error(ValidationCode.E_VALUE_DATE, f.line("decided"), "「decided」の日付「" + decided + "」からは年度を決められません。"
                    + firstDay + " から " + lastDay + " までの日付を書いてください（サイクルはこの日の年度に数えます）。");
        }
        String[] steps = {"observed", "oriented", "decided", "acted"};
        LocalDate[] dates = {observed, oriented, decided, acted.orElse(null)};
        LocalDate last = null;
        String lastKey = null;
        for (int s = 0; s < steps.length; s++) {
            if (dates[s] == null) {
                continue;
            }
            if (last != null && dates[s].isBefore(last)) {
                doc.error(ValidationCode.E_OODA_ORDER, f.line(steps[s]), "OODA の日付の順序が逆です: " + steps[s] + "（" + dates[s]
                        + "）が " + lastKey + "（" + last + "）より前になっています。観察 → 情勢判断 → 意思決定 → 行動 の順に日付を直してください。");
            }
            last = dates[s];
            lastKey = steps[s];
        }
        MarkdownBody body = doc.body(List.of("観察", "情勢判断", "意思決定"), List.of("観察", "情勢判断", "意思決定", "行動"));
        build(doc, f.line(), () -> new OodaCycle(id, title, initiative, level, decidedBy, revision, observed, oriented, decided,
                acted, body)).ifPresent(c -> parts.cycles.add(new Bound<>(c, doc)));
    }

    private void review(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "fiscal_year", "reviewed", "ooda_cycles", "reviewed_by");
        FiscalYear written = f.fiscalYear("fiscal_year");
        FiscalYear year = checkYear(doc, f, written, doc.baseName(), "ファイル名");
        if (year != null) {
            doc.registry.define(RefKind.REVIEW, Integer.toString(year.year()), doc.place(f.line()));
        }
        LocalDate reviewed = f.date("reviewed");
        List<String> cycles = f.refs("ooda_cycles", RefKind.OODA, "ooda_cycles");
        Optional<String> by = f.ref("reviewed_by", RefKind.GOVERNANCE, "reviewed_by");
        f.finish();
        MarkdownBody body = doc.body(List.of("評価", "改善"), List.of("評価", "改善"));
        Optional<AnnualReview> review = build(doc, f.line(), () -> new AnnualReview(year, reviewed, cycles, by, body));
        review.ifPresent(r -> parts.reviews.add(new Bound<>(r, doc)));
        if (review.isEmpty()) {
            parts.brokenReviews.add(new Parts.BrokenReview(Optional.ofNullable(year), cycles));
        }
    }

    private void glossary(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "term", "reading", "footnote", "aliases");
        String id = defineId(doc, f, RefKind.GLOSSARY, doc.baseName());
        String term = f.text("term", "ICT");
        String reading = f.text("reading", "アイシーティー");
        if (reading != null && !reading.matches("[\\p{InHiragana}\\p{InKatakana}ー・　 ]+")) {
            doc.error(ValidationCode.E_VALUE_INVALID, f.line("reading"), "読み「" + reading + "」はひらがなかカタカナで書いてください"
                    + "（五十音順の並べ替えと、ふりがなに使います）。");
        }
        Optional<Integer> footnote = f.optInt("footnote");
        List<String> aliases = f.texts("aliases");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of());
        if (body.isBlank()) {
            doc.error(ValidationCode.E_VALUE_EMPTY, doc.fm.bodyLine(), "用語「" + term + "」の説明がありません。前付けの後に、用語の説明文を書いてください。");
        }
        build(doc, f.line(), () -> new GlossaryTerm(id, term, reading, footnote, aliases, body))
                .ifPresent(g -> parts.glossary.add(new Bound<>(g, doc)));
    }

    private void reference(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "title", "kind", "url", "published");
        String id = defineId(doc, f, RefKind.REFERENCE, doc.baseName());
        String title = f.text("title", "市民アンケート結果");
        Optional<String> kind = f.optText("kind");
        Optional<URI> url = f.optText("url").flatMap(u -> {
            try {
                URI uri = new URI(u);
                if (uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            doc.error(ValidationCode.E_VALUE_INVALID, f.line("url"), "url「" + u + "」は https:// で始まる正しいアドレスにしてください"
                    + "（空白や全角文字はそのまま書けません）。");
            return Optional.empty();
        });
        Optional<LocalDate> published = f.optDate("published");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of());
        build(doc, f.line(), () -> new ReferenceMaterial(id, title, kind, url, published, body))
                .ifPresent(r -> parts.references.add(new Bound<>(r, doc)));
    }

    private void page(Doc doc) {
        Fields f = Fields.root(doc, TYPE, "id", "title", "order", "glossary");
        String id = defineId(doc, f, RefKind.PAGE, "about");
        String title = f.text("title", "このサイトについて");
        Optional<Integer> order = f.optInt("order");
        List<String> glossary = f.refs("glossary", RefKind.GLOSSARY, "glossary");
        f.finish();
        MarkdownBody body = doc.body(List.of(), List.of());
        build(doc, f.line(), () -> new Page(id, title, order.orElse(0), glossary, body))
                .ifPresent(p -> parts.pages.add(new Bound<>(p, doc)));
    }
}
