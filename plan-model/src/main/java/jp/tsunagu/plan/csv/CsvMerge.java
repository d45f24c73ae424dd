package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.Baseline;
import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.csv.CsvRow.Where;

/**
 * Merges imported datasets into a model, in dataset order, as {@link PlanCsv} describes.
 * Works on mutable drafts of the parts the datasets describe, then builds the new model once; every problem of
 * every file is collected before failing.
 * <p>
 * Not thread-safe: one instance per import.
 */
final class CsvMerge {
    private final PlanModel base;
    private final List<CsvProblem> problems;
    private final Map<ViewpointCode, Viewpoint> viewpoints = new LinkedHashMap<>();
    private final Map<String, InitiativeDraft> initiatives = new LinkedHashMap<>();
    private final Map<String, EntryDraft> entries = new LinkedHashMap<>();
    private final Map<String, OodaCycle> cycles = new LinkedHashMap<>();
    private final Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
    private Optional<Where> indicatorsFile = Optional.empty();

    CsvMerge(PlanModel base, List<CsvProblem> problems) {
        this.base = base;
        this.problems = problems;
        base.viewpoints().forEach(v -> viewpoints.put(v.code(), v));
        base.initiatives().forEach(i -> initiatives.put(i.id(), new InitiativeDraft(i)));
        base.actionPlans().forEach(a -> a.entries().forEach(e -> entries.put(key(e.fiscalYear(), e.initiative()), new EntryDraft(e))));
        base.oodaCycles().forEach(c -> cycles.put(c.id(), c));
        base.glossary().forEach(t -> glossary.put(t.id(), t));
    }

    /**
     * Applies the sources in dataset order and builds the model.
     *
     * @throws CsvImportException if any file had a problem
     */
    PlanModel merge(Map<CsvDataset, CsvSource> sources) {
        for (CsvDataset d : CsvDataset.values()) {
            CsvSource s = sources.get(d);
            if (s == null) {
                continue;
            }
            switch (d) {
                case VIEWPOINTS -> viewpoints(s);
                case INITIATIVES -> initiatives(s);
                case INITIATIVE_VIEWPOINTS -> initiativeViewpoints(s);
                case INDICATORS -> indicators(s);
                case TARGETS -> targets(s);
                case KPI_VALUES -> kpiValues(s);
                case ACTION_PLAN_ENTRIES -> entries(s);
                case OODA_CYCLES -> cycles(s);
                case GLOSSARY -> glossary(s);
            }
        }
        PlanModel model = build();
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        return model;
    }

    // ---- datasets ------------------------------------------------------------------------------------------

    private void viewpoints(CsvSource s) {
        Set<ViewpointCode> seen = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            Optional<String> letter = r.code(ID, "[A-Z]", "観点の記号を英大文字1字で書いてください（例: E）。");
            Optional<String> name = r.text(NAME, true);
            Optional<String> summary = r.text(SUMMARY, true);
            Optional<ViewpointCode> code = letter.map(ViewpointCode::of);
            Viewpoint v = claim(r, ID, code, viewpoints, seen, c -> "観点「" + c + "」はコンテンツにありません。観点を足すときは viewpoints/"
                    + c + ".md を作ってください。", c -> "観点「" + c + "」");
            if (r.ok()) {
                build(r, NAME, () -> viewpoints.put(v.code(), new Viewpoint(v.code(), name.get(), summary.get(), v.exampleInitiatives(),
                        v.glossary(), v.body())));
            }
        }
        missing(s, viewpoints.keySet(), seen, code -> "観点「" + code + "」の行がありません。観点を消すときは viewpoints/" + code
                + ".md を消してください。");
    }

    private void initiatives(CsvSource s) {
        Set<String> seen = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            Optional<String> id = r.id(ID, true);
            Optional<String> title = r.text(NAME, true);
            Optional<String> summary = r.text(SUMMARY, true);
            Optional<InitiativeStatus> status = r.label(STATUS, InitiativeStatus.class);
            Optional<String> department = r.id(DEPARTMENT_ID, false);
            Optional<FiscalYear> start = r.year(START, false);
            Optional<FiscalYear> end = r.year(END, false);
            department.ifPresent(dep -> {
                if (base.department(dep).isEmpty()) {
                    List<String> known = base.departments().stream().map(Department::id).toList();
                    r.problem(DEPARTMENT_ID, "部署「" + dep + "」はコンテンツにありません。" + (known.isEmpty()
                            ? "departments/" + dep + ".md を作るか、空欄にしてください。" : "使えるID: " + String.join("、", known) + "。"));
                }
            });
            if (end.isPresent() && start.isEmpty() && r.ok()) {
                r.problem(START, "終了年度があるときは、開始年度も書いてください。");
            }
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                r.problem(END, "終了年度（" + end.get().year() + "）が開始年度（" + start.get().year() + "）より前です。");
            }
            InitiativeDraft d = claim(r, ID, id, initiatives, seen, i -> "取組「" + i + "」はコンテンツにありません。新しい取組は initiatives/"
                    + i + ".md を作ってください。", i -> "取組「" + i + "」");
            if (!r.ok()) {
                continue;
            }
            r.derived(DEPARTMENT_NAME, departmentName(d.base.department()), departmentName(department));
            r.derived(START_WAREKI, wareki(d.base.period().map(PlanPeriod::start)), wareki(start));
            r.derived(END_WAREKI, wareki(d.base.period().flatMap(PlanPeriod::end)), wareki(end));
            if (!r.ok()) {
                continue;
            }
            d.title = title.get();
            d.summary = summary.get();
            d.status = status.get();
            d.department = department;
            d.period = start.map(y -> new PlanPeriod(y, end));
            d.where = Optional.of(r.where(START));
        }
        missing(s, initiatives.keySet(), seen, id -> "取組「" + id + "」の行がありません。取組を消すときは initiatives/" + id
                + ".md を消してください。");
    }

    private void initiativeViewpoints(CsvSource s) {
        Map<String, List<ViewpointCode>> byInitiative = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            uniqueId(r, ids);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> letter = r.code(VIEWPOINT_CODE, "[A-Z]", "観点の記号を英大文字1字で書いてください（例: E）。");
            if (!r.ok()) {
                continue;
            }
            InitiativeDraft d = initiative(r, initiativeId.get());
            ViewpointCode code = ViewpointCode.of(letter.get());
            Viewpoint v = viewpoints.get(code);
            if (v == null) {
                r.problem(VIEWPOINT_CODE, "観点「" + code + "」はありません。使える観点: "
                        + String.join("、", viewpoints.keySet().stream().map(ViewpointCode::letter).toList()) + "。");
            }
            if (!r.ok()) {
                continue;
            }
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            r.derived(VIEWPOINT_NAME, base.viewpoint(code).map(Viewpoint::name).orElse(""), v.name());
            if (r.ok() && !pairs.add(d.base.id() + "_" + code)) {
                r.problem(VIEWPOINT_CODE, "取組「" + d.base.id() + "」の観点「" + code + "」の行が2つあります。1つにしてください。");
            }
            if (r.ok()) {
                byInitiative.computeIfAbsent(d.base.id(), k -> new ArrayList<>()).add(code);
            }
        }
        for (InitiativeDraft d : initiatives.values()) {
            List<ViewpointCode> codes = byInitiative.get(d.base.id());
            if (codes == null) {
                problems.add(s.problem("取組「" + d.base.id() + "」の観点の行がありません。取組には観点が1つ以上必要です。"));
            } else {
                d.viewpoints = keepOrder(d.viewpoints, codes, c -> c);
            }
        }
    }

    private void indicators(CsvSource s) {
        indicatorsFile = Optional.of(new Where(s.file(), 0, Optional.empty()));
        Map<String, List<IndicatorDraft>> byInitiative = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            uniqueId(r, ids);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> indicatorId = r.id(INDICATOR_ID, true);
            Optional<String> name = r.text(NAME, true);
            Optional<String> unit = r.text(UNIT, true);
            Optional<Direction> direction = r.label(DIRECTION, Direction.class);
            if (!r.ok()) {
                continue;
            }
            InitiativeDraft d = initiative(r, initiativeId.get());
            if (d == null) {
                continue;
            }
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            if (r.ok() && !keys.add(d.base.id() + "_" + indicatorId.get())) {
                r.problem(INDICATOR_ID, "取組「" + d.base.id() + "」の指標「" + indicatorId.get() + "」の行が2つあります。1つにしてください。");
            }
            if (!r.ok()) {
                continue;
            }
            IndicatorDraft k = d.indicator(indicatorId.get()).orElseGet(() -> new IndicatorDraft(indicatorId.get()));
            k.name = name.get();
            k.unit = unit.get();
            k.direction = direction.get();
            k.where = Optional.of(r.where(INDICATOR_ID));
            byInitiative.computeIfAbsent(d.base.id(), x -> new ArrayList<>()).add(k);
        }
        for (InitiativeDraft d : initiatives.values()) {
            d.indicators = keepOrder(d.indicators, byInitiative.getOrDefault(d.base.id(), List.of()), k -> k.id);
        }
    }

    private void targets(CsvSource s) {
        initiatives.values().forEach(d -> d.indicators.forEach(k -> k.targets.clear()));
        Map<String, Integer> ids = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            uniqueId(r, ids);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> indicatorId = r.id(INDICATOR_ID, true);
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<BigDecimal> value = r.decimal(TARGET, true);
            Optional<LocalDate> decided = r.date(DECIDED, true);
            Optional<String> note = r.text(NOTE, false);
            if (!r.ok()) {
                continue;
            }
            IndicatorDraft k = indicator(r, initiativeId.get(), indicatorId.get());
            if (k == null) {
                continue;
            }
            r.derived(INDICATOR_NAME, k.base.map(Indicator::name).orElse(""), k.name);
            r.derived(YEAR_WAREKI, year.get().toWareki());
            r.derived(UNIT, k.base.map(Indicator::unit).orElse(""), k.unit);
            if (r.ok() && !keys.add(initiativeId.get() + "_" + indicatorId.get() + "_" + year.get().year() + "_" + decided.get())) {
                r.problem(DECIDED, "同じ指標・年度・決定日の目標値の行が2つあります。見直した目標値は、見直した日を決定日にして別の行に書いてください。");
            }
            if (!r.ok()) {
                continue;
            }
            Optional<BigDecimal> old = k.base.flatMap(b -> b.targetHistory(year.get()).stream()
                    .filter(t -> t.decided().equals(decided.get())).findFirst()).map(Target::value);
            k.targets.add(new Dated<>(new Target(year.get(), keep(value.get(), old), decided.get(), note), Optional.of(r.where(YEAR))));
        }
    }

    private void kpiValues(CsvSource s) {
        initiatives.values().forEach(d -> d.indicators.forEach(k -> k.baseline = Optional.empty()));
        entries.values().forEach(e -> e.actuals.clear());
        String targetsFile = CsvDataset.TARGETS.fileName(base.plan().municipality().code());
        Map<String, Integer> ids = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            uniqueId(r, ids);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> indicatorId = r.id(INDICATOR_ID, true);
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<KpiValueKind> kind = r.label(KIND, KpiValueKind.class);
            Optional<BigDecimal> value = r.decimal(VALUE, true);
            Optional<String> note = r.text(NOTE, false);
            if (!r.ok()) {
                continue;
            }
            IndicatorDraft k = indicator(r, initiativeId.get(), indicatorId.get());
            if (k == null) {
                continue;
            }
            InitiativeDraft d = initiatives.get(initiativeId.get());
            FiscalYear y = year.get();
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            r.derived(INDICATOR_NAME, k.base.map(Indicator::name).orElse(""), k.name);
            r.derived(YEAR_WAREKI, y.toWareki());
            r.derived(UNIT, k.base.map(Indicator::unit).orElse(""), k.unit);
            if (r.ok() && !keys.add(initiativeId.get() + "_" + indicatorId.get() + "_" + y.year() + "_" + kind.get())) {
                r.problem(KIND, "同じ指標・年度・種別の行が2つあります。1つにしてください。");
            }
            if (!r.ok()) {
                continue;
            }
            switch (kind.get()) {
                case BASELINE -> {
                    if (k.baseline.isPresent()) {
                        r.problem(KIND, "指標「" + k.id + "」の基準値の行が2つあります。基準値は1つだけです。");
                    } else if (note.isPresent()) {
                        r.problem(NOTE, "基準値には備考を付けられません。空欄にしてください。");
                    } else {
                        Optional<BigDecimal> old = k.base.flatMap(Indicator::baseline).filter(b -> b.year().equals(y)).map(Baseline::value);
                        k.baseline = Optional.of(new Baseline(y, keep(value.get(), old)));
                    }
                }
                case TARGET -> {
                    Optional<Target> current = k.currentTarget(y);
                    if (current.isEmpty()) {
                        r.problem(KIND, y.toWareki() + "の目標値は " + targetsFile + " にありません。目標値は " + targetsFile
                                + " に決定日と一緒に書いてください（この行は参照用です）。");
                    } else if (current.get().value().compareTo(value.get()) != 0) {
                        r.problem(VALUE, "目標値の行は参照用で、現在の目標値は「" + CsvExport.number(current.get().value()) + "」です。目標値を変えるときは "
                                + targetsFile + " に見直した日を決定日にした行を足してください（見直しの履歴が残ります）。");
                    } else if (!current.get().note().equals(note)) {
                        r.problem(NOTE, "目標値の行の備考は参照用で、" + current.get().note().map(n -> "「" + n + "」").orElse("空欄")
                                + "のはずです。備考を変えるときは " + targetsFile + " を直してください。");
                    }
                }
                case ACTUAL -> {
                    EntryDraft e = entries.get(key(y, d.base.id()));
                    if (e == null) {
                        r.problem(YEAR, y.toWareki() + "のアクションプランに取組「" + d.base.id() + "」がありません。実績値を書くには action-plans/"
                                + y.year() + "/" + d.base.id() + ".md を作ってください。");
                    } else {
                        Optional<BigDecimal> old = e.base.actual(k.id).map(Actual::value);
                        e.actuals.add(new Dated<>(new Actual(k.id, keep(value.get(), old), note), Optional.of(r.where(VALUE))));
                    }
                }
            }
        }
        // Actuals the entry had keep their place; new ones follow in the order of the initiative's indicators.
        for (EntryDraft e : entries.values()) {
            List<String> order = new ArrayList<>(e.base.actuals().stream().map(Actual::indicator).toList());
            Optional.ofNullable(initiatives.get(e.base.initiative()))
                    .ifPresent(d -> d.indicators.forEach(k -> order.add(k.id)));
            e.actuals.sort(java.util.Comparator.comparingInt(a -> order.indexOf(a.value().indicator())));
        }
    }

    private void entries(CsvSource s) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> ids = new HashMap<>();
        for (CsvRow r : s.rows()) {
            common(r);
            uniqueId(r, ids);
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> rating = r.text(RATING, false);
            Optional<String> next = r.text(NEXT_DIRECTION, false);
            Optional<String> key = year.isPresent() && initiativeId.isPresent() ? Optional.of(key(year.get(), initiativeId.get()))
                    : Optional.empty();
            EntryDraft e = claim(r, INITIATIVE_ID, key, entries, seen, k -> year.get().toWareki() + "のアクションプランに取組「"
                    + initiativeId.get() + "」はありません。足すときは action-plans/" + year.get().year() + "/" + initiativeId.get()
                    + ".md を作ってください。", k -> year.get().toWareki() + "の取組「" + initiativeId.get() + "」");
            if (!r.ok()) {
                continue;
            }
            ActionPlan ap = base.actionPlan(year.get()).orElseThrow();
            rating.ifPresent(code -> {
                if (ap.ratingScale().find(code).isEmpty()) {
                    List<String> codes = ap.ratingScale().ratings().stream().map(Rating::code).toList();
                    r.problem(RATING, "評価「" + code + "」は" + year.get().toWareki() + "の評価の尺度にありません。"
                            + (codes.isEmpty() ? "plan.md か _index.md に rating_scale を定めてください。" : "使える値: " + String.join("、", codes) + "。"));
                }
            });
            next.ifPresent(n -> {
                List<String> allowed = base.plan().directions();
                if (!allowed.contains(n)) {
                    r.problem(NEXT_DIRECTION, "次年度の方向性「" + n + "」は使えません。" + (allowed.isEmpty()
                            ? "plan.md に directions を定めてください。" : "使える値: " + String.join("、", allowed) + "。"));
                }
            });
            if (!r.ok()) {
                continue;
            }
            InitiativeDraft d = initiatives.get(initiativeId.get());
            r.derived(YEAR_WAREKI, year.get().toWareki());
            r.derived(INITIATIVE_NAME, d == null ? "" : d.base.title(), d == null ? "" : d.title);
            r.derived(RATING_LABEL, ratingLabel(ap, e.base.rating()), ratingLabel(ap, rating));
            if (r.ok()) {
                e.rating = rating;
                e.nextDirection = next;
            }
        }
        missing(s, entries.keySet(), seen, key -> {
            String[] k = key.split("_", 2);
            return FiscalYear.of(Integer.parseInt(k[0])).toWareki() + "の取組「" + k[1] + "」の行がありません。アクションプランから外すときは action-plans/"
                    + k[0] + "/" + k[1] + ".md を消してください。";
        });
    }

    private void cycles(CsvSource s) {
        Set<String> seen = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            Optional<String> id = r.id(ID, true);
            Optional<String> title = r.text(NAME, true);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, false);
            Optional<DecisionLevel> level = r.label(LEVEL, DecisionLevel.class);
            Optional<String> decidedBy = r.id(DECIDED_BY_ID, false);
            Optional<Boolean> revision = r.bool(REVISION);
            Optional<LocalDate> observed = r.date(OBSERVED, true);
            Optional<LocalDate> oriented = r.date(ORIENTED, true);
            Optional<LocalDate> decided = r.date(DECISION_DATE, true);
            Optional<LocalDate> acted = r.date(ACTED, false);
            initiativeId.ifPresent(i -> initiative(r, i));
            decidedBy.ifPresent(g -> {
                if (base.governanceBody(g).isEmpty()) {
                    r.problem(DECIDED_BY_ID, "推進体制「" + g + "」はコンテンツにありません。使えるID: "
                            + String.join("、", base.governance().stream().map(GovernanceBody::id).toList()) + "。");
                }
            });
            OodaCycle c = claim(r, ID, id, cycles, seen, i -> "OODAループ「" + i + "」はコンテンツにありません。足すときは "
                    + "ooda/<取組ID>/<日付>-<名前>.md を作ってください。", i -> "OODAループ「" + i + "」");
            if (!r.ok()) {
                continue;
            }
            r.derived(INITIATIVE_NAME, initiativeTitle(c.initiative(), true), initiativeTitle(initiativeId, false));
            r.derived(DECIDED_BY_NAME, governanceName(c.decidedBy()), governanceName(decidedBy));
            if (!r.ok()) {
                continue;
            }
            try {
                cycles.put(c.id(), new OodaCycle(c.id(), title.get(), initiativeId, level.get(), decidedBy, revision.get(),
                        observed.get(), oriented.get(), decided.get(), acted, c.body()));
            } catch (PlanModelException e) {
                r.problem(DECISION_DATE, "日付の順が逆です。観察日 ≦ 情勢判断日 ≦ 意思決定日 ≦ 行動日 になるようにしてください。");
            }
        }
        missing(s, cycles.keySet(), seen, id -> "OODAループ「" + id + "」の行がありません。消すときは ooda/ の中のファイルを消してください。");
    }

    private void glossary(CsvSource s) {
        Set<String> seen = new HashSet<>();
        for (CsvRow r : s.rows()) {
            common(r);
            Optional<String> id = r.id(ID, true);
            Optional<String> term = r.text(NAME, true);
            Optional<String> reading = r.text(READING, true);
            Optional<Integer> footnote = r.integer(FOOTNOTE, false);
            GlossaryTerm t = claim(r, ID, id, glossary, seen, i -> "用語「" + i + "」はコンテンツにありません。足すときは glossary/"
                    + i + ".md を作ってください。", i -> "用語「" + i + "」");
            if (r.ok()) {
                try {
                    glossary.put(t.id(), new GlossaryTerm(t.id(), term.get(), reading.get(), footnote, t.aliases(), t.definition()));
                } catch (PlanModelException e) {
                    r.problem(READING, "読み「" + reading.get() + "」は、ひらがなかカタカナで書いてください。");
                }
            }
        }
        missing(s, glossary.keySet(), seen, id -> "用語「" + id + "」の行がありません。用語を消すときは glossary/" + id + ".md を消してください。");
    }

    // ---- building the model --------------------------------------------------------------------------------

    private PlanModel build() {
        PlanModel.Builder b = PlanModel.builder(base.plan());
        viewpoints.values().forEach(b::add);
        for (InitiativeDraft d : initiatives.values()) {
            try {
                b.add(d.build());
            } catch (PlanModelException e) {
                problems.add(d.where.orElse(new Where("", 0, Optional.empty()))
                        .problem("取組「" + d.base.id() + "」を組み立てられません: " + e.getMessage()));
            }
        }
        base.departments().forEach(b::add);
        base.governance().forEach(b::add);
        for (ActionPlan ap : base.actionPlans()) {
            List<ActionPlanEntry> list = new ArrayList<>();
            for (ActionPlanEntry e : ap.entries()) {
                EntryDraft draft = entries.get(key(e.fiscalYear(), e.initiative()));
                checkEntry(draft);
                list.add(new ActionPlanEntry(e.initiative(), e.fiscalYear(), draft.actuals.stream().map(Dated::value).toList(),
                        draft.rating, draft.nextDirection, e.body()));
            }
            b.add(new ActionPlan(ap.fiscalYear(), ap.title(), ap.published(), ap.ratingScale(), list, ap.body()));
        }
        cycles.values().forEach(b::add);
        base.reviews().forEach(b::add);
        glossary.values().forEach(b::add);
        base.references().forEach(b::add);
        base.pages().forEach(b::add);
        base.variants().forEach(b::add);
        return b.build();
    }

    /** Checks what an entry needs of its initiative after the merge: a period that includes it, known indicators. */
    private void checkEntry(EntryDraft e) {
        InitiativeDraft d = initiatives.get(e.base.initiative());
        if (d == null) {
            return;
        }
        FiscalYear y = e.base.fiscalYear();
        if (d.period.isPresent() && !d.period.get().contains(y)) {
            d.where.ifPresent(w -> problems.add(w.problem(y.toWareki() + "のアクションプランにこの取組があるため、期間に" + y.year()
                    + "年度を含めてください（または action-plans/" + y.year() + "/" + d.base.id() + ".md を消してください）。")));
        }
        for (Dated<Actual> a : e.actuals) {
            if (d.indicator(a.value().indicator()).isEmpty()) {
                a.where().or(() -> indicatorsFile).ifPresent(w -> problems.add(w.problem("取組「" + d.base.id() + "」に指標「"
                        + a.value().indicator() + "」がないのに、" + y.toWareki() + "の実績値があります。指標を残すか、実績値を消してください。")));
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void common(CsvRow r) {
        String code = base.plan().municipality().code().value();
        String written = java.text.Normalizer.normalize(r.raw(CODE), java.text.Normalizer.Form.NFKC);
        // Spreadsheets drop the leading zero of 072028 when they read the file as numbers.
        if (!written.equals(code) && !(code.startsWith("0") && written.equals(code.substring(1)))) {
            r.problem(CODE, written.isEmpty() ? "空欄です。この計画の全国地方公共団体コード「" + code + "」を書いてください。"
                    : "「" + written + "」はこの計画の全国地方公共団体コード「" + code + "」ではありません。");
        }
        r.derived(MUNICIPALITY, base.plan().municipality().name());
    }

    private static void uniqueId(CsvRow r, Map<String, Integer> seen) {
        String id = r.raw(ID);
        if (id.isEmpty()) {
            return;
        }
        Integer first = seen.putIfAbsent(id, r.number());
        if (first != null) {
            r.problem(ID, "ID「" + id + "」は " + first + "行目と同じです。IDは重ならないようにしてください（空欄にすると、次に書き出すときに付け直します）。");
        }
    }

    private InitiativeDraft initiative(CsvRow r, String id) {
        InitiativeDraft d = initiatives.get(id);
        if (d == null) {
            r.problem(INITIATIVE_ID, "取組「" + id + "」はありません。取組のIDを確かめてください（新しい取組は initiatives/" + id + ".md を作ります）。");
        }
        return d;
    }

    private IndicatorDraft indicator(CsvRow r, String initiativeId, String indicatorId) {
        InitiativeDraft d = initiative(r, initiativeId);
        if (d == null) {
            return null;
        }
        Optional<IndicatorDraft> k = d.indicator(indicatorId);
        if (k.isEmpty()) {
            List<String> known = d.indicators.stream().map(x -> x.id).toList();
            r.problem(INDICATOR_ID, "指標「" + indicatorId + "」は取組「" + initiativeId + "」にありません。" + (known.isEmpty()
                    ? "この取組には指標がありません。" : "使える指標: " + String.join("、", known) + "。")
                    + "新しい指標は " + CsvDataset.INDICATORS.fileName(base.plan().municipality().code()) + " に足してください。");
        }
        return k.orElse(null);
    }

    private <K> void missing(CsvSource s, Set<K> all, Set<K> seen, Function<K, String> message) {
        for (K k : all) {
            if (!seen.contains(k)) {
                problems.add(s.problem(message.apply(k)));
            }
        }
    }

    /**
     * Finds the item a row of a one-row-per-item dataset is about and counts it as seen, even when other cells of
     * the row are wrong (so the item is not also reported as missing).
     *
     * @return the item, null if the key is unreadable, unknown or seen before (each reported)
     */
    private static <K, V> V claim(CsvRow r, String column, Optional<K> key, Map<K, V> items, Set<K> seen,
            Function<K, String> unknown, Function<K, String> what) {
        if (key.isEmpty()) {
            return null;
        }
        V item = items.get(key.get());
        if (item == null) {
            r.problem(column, unknown.apply(key.get()));
            return null;
        }
        if (!seen.add(key.get())) {
            r.problem(column, what.apply(key.get()) + "の行が2つあります。1つにしてください。");
            return null;
        }
        return item;
    }

    private void build(CsvRow r, String column, Runnable step) {
        try {
            step.run();
        } catch (PlanModelException e) {
            r.problem(column, "値が正しくありません: " + e.getMessage());
        }
    }

    private String departmentName(Optional<String> id) {
        return id.flatMap(base::department).map(Department::name).orElse("");
    }

    private String governanceName(Optional<String> id) {
        return id.flatMap(base::governanceBody).map(GovernanceBody::name).orElse("");
    }

    private String initiativeTitle(Optional<String> id, boolean before) {
        return id.flatMap(i -> before ? base.initiative(i).map(Initiative::title)
                : Optional.ofNullable(initiatives.get(i)).map(d -> d.title)).orElse("");
    }

    private static String ratingLabel(ActionPlan ap, Optional<String> code) {
        return code.flatMap(ap.ratingScale()::find).map(Rating::label).orElse("");
    }

    private static String wareki(Optional<FiscalYear> y) {
        return y.map(FiscalYear::toWareki).orElse("");
    }

    private static String key(FiscalYear year, String initiative) {
        return year.year() + "_" + initiative;
    }

    /** A value read numerically equal to the model's keeps the model's writing ({@code 46.0} stays {@code 46.0}). */
    private static BigDecimal keep(BigDecimal read, Optional<BigDecimal> old) {
        return old.filter(o -> o.compareTo(read) == 0).orElse(read);
    }

    /**
     * Orders merged items: those the model had, in the model's order, then new ones in file order. So a sorted
     * or reordered spreadsheet gives the same model.
     */
    private static <T, K> List<T> keepOrder(List<T> before, List<T> after, Function<T, K> key) {
        List<K> order = before.stream().map(key).toList();
        List<T> kept = new ArrayList<>(after.stream().filter(t -> order.contains(key.apply(t)))
                .sorted(java.util.Comparator.comparingInt(t -> order.indexOf(key.apply(t)))).toList());
        after.stream().filter(t -> !order.contains(key.apply(t))).forEach(kept::add);
        return kept;
    }

    /** A merged value with the row it came from, empty when it came from the model. */
    private record Dated<T>(T value, Optional<Where> where) {
    }

    private final class InitiativeDraft {
        final Initiative base;
        String title;
        String summary;
        InitiativeStatus status;
        Optional<String> department;
        Optional<PlanPeriod> period;
        List<ViewpointCode> viewpoints;
        List<IndicatorDraft> indicators;
        Optional<Where> where = Optional.empty();

        InitiativeDraft(Initiative i) {
            base = i;
            title = i.title();
            summary = i.summary();
            status = i.status();
            department = i.department();
            period = i.period();
            viewpoints = i.viewpoints();
            indicators = new ArrayList<>(i.indicators().stream().map(IndicatorDraft::new).toList());
        }

        Optional<IndicatorDraft> indicator(String id) {
            return indicators.stream().filter(k -> k.id.equals(id)).findFirst();
        }

        Initiative build() {
            List<Indicator> built = new ArrayList<>();
            for (IndicatorDraft k : indicators) {
                for (Dated<Target> t : k.targets) {
                    FiscalYear y = t.value().year();
                    if (period.isPresent() && !period.get().contains(y)) {
                        t.where().or(() -> where).ifPresent(w -> problems.add(w.problem("指標「" + k.id + "」の目標の年度 " + y.year()
                                + " は取組「" + base.id() + "」の期間 " + period.get() + " の外です。年度か期間を直してください。")));
                    }
                }
                built.add(new Indicator(k.id, k.name, k.unit, k.direction, k.baseline,
                        k.targets.stream().map(Dated::value).toList()));
            }
            return new Initiative(base.id(), title, viewpoints, department, status, period, summary, built,
                    base.glossary(), base.body());
        }
    }

    private static final class IndicatorDraft {
        final String id;
        final Optional<Indicator> base;
        String name;
        String unit;
        Direction direction;
        Optional<Baseline> baseline = Optional.empty();
        final List<Dated<Target>> targets = new ArrayList<>();
        Optional<Where> where = Optional.empty();

        IndicatorDraft(Indicator k) {
            id = k.id();
            base = Optional.of(k);
            name = k.name();
            unit = k.unit();
            direction = k.direction();
            baseline = k.baseline();
            k.targets().forEach(t -> targets.add(new Dated<>(t, Optional.empty())));
        }

        IndicatorDraft(String id) {
            this.id = id;
            this.base = Optional.empty();
        }

        /** The target decided last for a year, among the merged ones. */
        Optional<Target> currentTarget(FiscalYear year) {
            return targets.stream().map(Dated::value).filter(t -> t.year().equals(year))
                    .max(java.util.Comparator.comparing(Target::decided));
        }
    }

    private static final class EntryDraft {
        final ActionPlanEntry base;
        List<Dated<Actual>> actuals;
        Optional<String> rating;
        Optional<String> nextDirection;

        EntryDraft(ActionPlanEntry e) {
            base = e;
            actuals = new ArrayList<>(e.actuals().stream().map(a -> new Dated<>(a, Optional.<Where>empty())).toList());
            rating = e.rating();
            nextDirection = e.nextDirection();
        }
    }
}
