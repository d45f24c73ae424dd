package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.CODE;
import static jp.tsunagu.plan.csv.Headers.ID;
import static jp.tsunagu.plan.csv.Headers.INDICATOR_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_ID;
import static jp.tsunagu.plan.csv.Headers.MUNICIPALITY;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.csv.CsvRow.Where;

/**
 * Merges imported datasets into a model, in dataset order, as {@link PlanCsv} describes. Holds mutable drafts
 * of the parts the datasets describe and the machinery every dataset shares; each dataset's rows are read by its
 * own class ({@link ViewpointRows}, {@link InitiativeRows}, …). The new model is built once at the end; every
 * problem of every file is collected before failing.
 * <p>
 * Not thread-safe: one instance per import.
 */
final class CsvMerge {
    final PlanModel base;
    final List<CsvProblem> problems;
    final Map<ViewpointCode, Viewpoint> viewpoints = new LinkedHashMap<>();
    final Map<String, InitiativeDraft> initiatives = new LinkedHashMap<>();
    final Map<EntryDraft.Key, EntryDraft> entries = new LinkedHashMap<>();
    final Map<String, OodaCycle> cycles = new LinkedHashMap<>();
    final Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
    /** The indicators file, once merged: where an actual of an indicator that file removed is reported. */
    Optional<Where> indicatorsFile = Optional.empty();

    CsvMerge(PlanModel base, List<CsvProblem> problems) {
        this.base = base;
        this.problems = problems;
        base.viewpoints().forEach(v -> viewpoints.put(v.code(), v));
        base.initiatives().forEach(i -> initiatives.put(i.id(), new InitiativeDraft(i)));
        base.actionPlans().forEach(a -> a.entries().forEach(e -> entries.put(EntryDraft.Key.of(e), new EntryDraft(e))));
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
            if (s != null) {
                rows(d).apply(s);
            }
        }
        PlanModel model = build();
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        return model;
    }

    /** The rows of one dataset, merged into the drafts. */
    interface DatasetRows {
        void apply(CsvSource s);
    }

    private DatasetRows rows(CsvDataset d) {
        return switch (d) {
            case VIEWPOINTS -> new ViewpointRows(this);
            case INITIATIVES -> new InitiativeRows(this);
            case INITIATIVE_VIEWPOINTS -> new InitiativeViewpointRows(this);
            case INDICATORS -> new IndicatorRows(this);
            case TARGETS -> new TargetRows(this);
            case KPI_VALUES -> new KpiValueRows(this);
            case ACTION_PLAN_ENTRIES -> new EntryRows(this);
            case OODA_CYCLES -> new CycleRows(this);
            case GLOSSARY -> new GlossaryRows(this);
        };
    }

    // ---- building the model --------------------------------------------------------------------------------

    private PlanModel build() {
        PlanModel.Builder b = PlanModel.builder(base.plan());
        viewpoints.values().forEach(b::add);
        for (InitiativeDraft d : initiatives.values()) {
            try {
                b.add(d.build(problems));
            } catch (PlanModelException e) {
                problems.add(d.where.orElse(new Where("", 0, Optional.empty()))
                        .problem(CsvMessages.cannotBuild(CsvMessages.initiative(d.id()).name())));
            }
        }
        base.departments().forEach(b::add);
        base.governance().forEach(b::add);
        for (ActionPlan ap : base.actionPlans()) {
            List<ActionPlanEntry> list = new ArrayList<>();
            for (ActionPlanEntry e : ap.entries()) {
                EntryDraft draft = entries.get(EntryDraft.Key.of(e));
                checkEntry(draft);
                list.add(draft.build());
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
            d.where.ifPresent(w -> problems.add(w.problem(CsvMessages.periodWithoutYear(y, d.id()))));
        }
        for (Dated<Actual> a : e.actuals) {
            if (d.indicator(a.value().indicator()).isEmpty()) {
                a.where().or(() -> indicatorsFile).ifPresent(w -> problems.add(w.problem(
                        CsvMessages.actualWithoutIndicator(d.id(), a.value().indicator(), y))));
            }
        }
    }

    // ---- shared by the datasets ----------------------------------------------------------------------------

    /** Checks the cells every row has: the municipality's code and name. */
    private void checkMunicipality(CsvRow r) {
        String code = base.plan().municipality().code().value();
        String written = Normalizer.normalize(r.raw(CODE), Normalizer.Form.NFKC);
        // Spreadsheets drop the leading zero of 072028 when they read the file as numbers.
        if (!written.equals(code) && !(code.startsWith("0") && written.equals(code.substring(1)))) {
            r.problem(CODE, written.isEmpty() ? CsvMessages.noMunicipalityCode(code) : CsvMessages.otherMunicipalityCode(written, code));
        }
        r.derived(MUNICIPALITY, base.plan().municipality().name());
    }

    /**
     * Reads a file row by row: checks the cells every row has, then runs the dataset's own reading.
     *
     * @param rowIds  true for a dataset whose rows are not items of the model: its {@code ID} column numbers the
     *  rows, and each ID must be unique or blank
     */
    void eachRow(CsvSource s, boolean rowIds, Consumer<CsvRow> body) {
        Map<String, Integer> ids = new HashMap<>();
        for (CsvRow r : s.rows()) {
            checkMunicipality(r);
            String id = r.raw(ID);
            Integer first = rowIds && !id.isEmpty() ? ids.putIfAbsent(id, r.number()) : null;
            if (first != null) {
                r.problem(ID, CsvMessages.duplicateRowId(id, first));
            }
            body.accept(r);
        }
    }

    /** @return the initiative of an id in the initiative column, null if there is none (reported) */
    InitiativeDraft initiative(CsvRow r, String id) {
        InitiativeDraft d = initiatives.get(id);
        if (d == null) {
            r.problem(INITIATIVE_ID, CsvMessages.unknownInitiative(id));
        }
        return d;
    }

    /** @return the indicator of an initiative and indicator column, null if there is none (reported) */
    IndicatorDraft indicator(CsvRow r, IndicatorRows.Key key) {
        String initiativeId = key.initiative();
        String indicatorId = key.indicator();
        InitiativeDraft d = initiative(r, initiativeId);
        if (d == null) {
            return null;
        }
        Optional<IndicatorDraft> k = d.indicator(indicatorId);
        if (k.isEmpty()) {
            r.problem(INDICATOR_ID, CsvMessages.unknownIndicator(indicatorId, initiativeId, d.indicators.stream().map(x -> x.id).toList(),
                    fileName(CsvDataset.INDICATORS)));
        }
        return k.orElse(null);
    }

    String fileName(CsvDataset d) {
        return d.fileName(base.plan().municipality().code());
    }

    /** A value read numerically equal to the model's keeps the model's writing ({@code 46.0} stays {@code 46.0}). */
    static BigDecimal keep(BigDecimal read, Optional<BigDecimal> old) {
        return old.filter(o -> o.compareTo(read) == 0).orElse(read);
    }

    /** @return the fiscal year in 和暦, blank for none */
    static String wareki(Optional<FiscalYear> y) {
        return y.map(FiscalYear::toWareki).orElse("");
    }

    /**
     * Orders merged items: those the model had, in the model's order, then new ones in file order. So a sorted
     * or reordered spreadsheet gives the same model.
     */
    static <T, K> List<T> keepOrder(List<T> before, List<T> after, Function<T, K> key) {
        List<K> order = before.stream().map(key).toList();
        List<T> kept = new ArrayList<>(after.stream().filter(t -> order.contains(key.apply(t)))
                .sorted(Comparator.comparingInt(t -> order.indexOf(key.apply(t)))).toList());
        after.stream().filter(t -> !order.contains(key.apply(t))).forEach(kept::add);
        return kept;
    }
}
