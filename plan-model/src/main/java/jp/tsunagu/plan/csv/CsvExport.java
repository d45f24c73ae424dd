package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;

/** Turns a model into the rows of each dataset, in the model's order. Reads the model through its public API. */
final class CsvExport {
    private final PlanModel model;

    CsvExport(PlanModel model) {
        this.model = model;
    }

    CsvTable table(CsvDataset dataset) {
        List<Map<String, String>> rows = switch (dataset) {
            case VIEWPOINTS -> viewpoints();
            case INITIATIVES -> initiatives();
            case INITIATIVE_VIEWPOINTS -> initiativeViewpoints();
            case INDICATORS -> indicators();
            case TARGETS -> targets();
            case KPI_VALUES -> kpiValues();
            case ACTION_PLAN_ENTRIES -> entries();
            case OODA_CYCLES -> cycles();
            case GLOSSARY -> glossary();
        };
        List<String> headers = dataset.headers();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if (!row.keySet().equals(new java.util.HashSet<>(headers))) {
                throw new IllegalStateException("row of " + dataset.slug() + " has columns " + row.keySet());
            }
            cells.add(headers.stream().map(row::get).toList());
        }
        return new CsvTable(dataset, cells);
    }

    private Map<String, String> row(String id) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(CODE, model.plan().municipality().code().value());
        r.put(ID, id);
        r.put(MUNICIPALITY, model.plan().municipality().name());
        return r;
    }

    private List<Map<String, String>> viewpoints() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Viewpoint v : model.viewpoints()) {
            Map<String, String> r = row(v.code().letter());
            r.put(NAME, v.name());
            r.put(SUMMARY, v.summary());
            out.add(r);
        }
        return out;
    }

    private List<Map<String, String>> initiatives() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Initiative i : model.initiatives()) {
            Map<String, String> r = row(i.id());
            r.put(NAME, i.title());
            r.put(SUMMARY, i.summary());
            r.put(STATUS, i.status().label());
            r.put(DEPARTMENT_ID, i.department().orElse(""));
            r.put(DEPARTMENT_NAME, departmentName(i.department()));
            Optional<FiscalYear> start = i.period().map(p -> p.start());
            Optional<FiscalYear> end = i.period().flatMap(p -> p.end());
            r.put(START, start.map(y -> Integer.toString(y.year())).orElse(""));
            r.put(START_WAREKI, start.map(FiscalYear::toWareki).orElse(""));
            r.put(END, end.map(y -> Integer.toString(y.year())).orElse(""));
            r.put(END_WAREKI, end.map(FiscalYear::toWareki).orElse(""));
            out.add(r);
        }
        return out;
    }

    private String departmentName(Optional<String> id) {
        return id.flatMap(model::department).map(Department::name).orElse("");
    }

    private List<Map<String, String>> initiativeViewpoints() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Initiative i : model.initiatives()) {
            for (ViewpointCode code : i.viewpoints()) {
                Map<String, String> r = row(i.id() + "_" + code.letter());
                r.put(INITIATIVE_ID, i.id());
                r.put(INITIATIVE_NAME, i.title());
                r.put(VIEWPOINT_CODE, code.letter());
                r.put(VIEWPOINT_NAME, model.viewpoint(code).map(Viewpoint::name).orElse(""));
                out.add(r);
            }
        }
        return out;
    }

    private List<Map<String, String>> indicators() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Initiative i : model.initiatives()) {
            for (Indicator k : i.indicators()) {
                Map<String, String> r = row(i.id() + "_" + k.id());
                r.put(INITIATIVE_ID, i.id());
                r.put(INITIATIVE_NAME, i.title());
                r.put(INDICATOR_ID, k.id());
                r.put(NAME, k.name());
                r.put(UNIT, k.unit());
                r.put(DIRECTION, k.direction().label());
                out.add(r);
            }
        }
        return out;
    }

    private List<Map<String, String>> targets() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Initiative i : model.initiatives()) {
            for (Indicator k : i.indicators()) {
                for (Target t : k.targets()) {
                    Map<String, String> r = row(i.id() + "_" + k.id() + "_" + t.year().year() + "_" + t.decided());
                    r.put(INITIATIVE_ID, i.id());
                    r.put(INDICATOR_ID, k.id());
                    r.put(INDICATOR_NAME, k.name());
                    r.put(YEAR, Integer.toString(t.year().year()));
                    r.put(YEAR_WAREKI, t.year().toWareki());
                    r.put(TARGET, number(t.value()));
                    r.put(UNIT, k.unit());
                    r.put(DECIDED, t.decided().toString());
                    r.put(NOTE, t.note().orElse(""));
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Baseline, current target and actual of every year, by initiative, indicator, year, then kind. */
    private List<Map<String, String>> kpiValues() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Initiative i : model.initiatives()) {
            List<ActionPlanEntry> entries = model.entriesOf(i.id());
            for (Indicator k : i.indicators()) {
                TreeSet<FiscalYear> years = new TreeSet<>();
                k.baseline().ifPresent(b -> years.add(b.year()));
                k.currentTargets().forEach(t -> years.add(t.year()));
                entries.forEach(e -> e.actual(k.id()).ifPresent(a -> years.add(e.fiscalYear())));
                for (FiscalYear y : years) {
                    k.baseline().filter(b -> b.year().equals(y))
                            .ifPresent(b -> out.add(value(i, k, y, KpiValueKind.BASELINE, b.value(), "")));
                    k.currentTarget(y)
                            .ifPresent(t -> out.add(value(i, k, y, KpiValueKind.TARGET, t.value(), t.note().orElse(""))));
                    for (ActionPlanEntry e : entries) {
                        if (e.fiscalYear().equals(y)) {
                            Optional<Actual> a = e.actual(k.id());
                            a.ifPresent(x -> {
                                Map<String, String> r = value(i, k, y, KpiValueKind.ACTUAL, x.value(), x.note().orElse(""));
                                r.put(PROGRESS_STATUS, model.progress().indicator(i.id(), k.id(), y)
                                        .map(p -> p.status().label()).orElse(""));
                                out.add(r);
                            });
                        }
                    }
                }
            }
        }
        return out;
    }

    private Map<String, String> value(Initiative i, Indicator k, FiscalYear y, KpiValueKind kind, BigDecimal v, String note) {
        Map<String, String> r = row(i.id() + "_" + k.id() + "_" + y.year() + "_" + kind.idPart());
        r.put(INITIATIVE_ID, i.id());
        r.put(INITIATIVE_NAME, i.title());
        r.put(INDICATOR_ID, k.id());
        r.put(INDICATOR_NAME, k.name());
        r.put(YEAR, Integer.toString(y.year()));
        r.put(YEAR_WAREKI, y.toWareki());
        r.put(KIND, kind.label());
        r.put(VALUE, number(v));
        r.put(UNIT, k.unit());
        r.put(NOTE, note);
        r.put(PROGRESS_STATUS, "");
        return r;
    }

    private List<Map<String, String>> entries() {
        List<Map<String, String>> out = new ArrayList<>();
        for (ActionPlan ap : model.actionPlans()) {
            FiscalYear y = ap.fiscalYear();
            for (ActionPlanEntry e : ap.entries()) {
                Map<String, String> r = row(y.year() + "_" + e.initiative());
                r.put(YEAR, Integer.toString(y.year()));
                r.put(YEAR_WAREKI, y.toWareki());
                r.put(INITIATIVE_ID, e.initiative());
                r.put(INITIATIVE_NAME, model.initiative(e.initiative()).map(Initiative::title).orElse(""));
                r.put(RATING, e.rating().orElse(""));
                r.put(RATING_LABEL, e.rating().flatMap(ap.ratingScale()::find).map(Rating::label).orElse(""));
                r.put(NEXT_DIRECTION, e.nextDirection().orElse(""));
                var progress = model.progress().initiative(e.initiative(), y);
                r.put(PROGRESS_STATUS, progress.map(p -> p.status().label()).orElse(""));
                r.put(PROGRESS_REASON, progress.flatMap(p -> p.overrideReason()).orElse(""));
                out.add(r);
            }
        }
        return out;
    }

    private List<Map<String, String>> cycles() {
        List<Map<String, String>> out = new ArrayList<>();
        for (OodaCycle c : model.oodaCycles()) {
            Map<String, String> r = row(c.id());
            r.put(NAME, c.title());
            r.put(INITIATIVE_ID, c.initiative().orElse(""));
            r.put(INITIATIVE_NAME, c.initiative().flatMap(model::initiative).map(Initiative::title).orElse(""));
            r.put(LEVEL, c.decisionLevel().label());
            r.put(DECIDED_BY_ID, c.decidedBy().orElse(""));
            r.put(DECIDED_BY_NAME, c.decidedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""));
            r.put(REVISION, Boolean.toString(c.requiresPlanRevision()));
            r.put(OBSERVED, c.observed().toString());
            r.put(ORIENTED, c.oriented().toString());
            r.put(DECISION_DATE, c.decided().toString());
            r.put(ACTED, c.acted().map(Object::toString).orElse(""));
            out.add(r);
        }
        return out;
    }

    private List<Map<String, String>> glossary() {
        List<Map<String, String>> out = new ArrayList<>();
        for (GlossaryTerm t : model.glossary()) {
            Map<String, String> r = row(t.id());
            r.put(NAME, t.term());
            r.put(READING, t.reading());
            r.put(FOOTNOTE, t.footnote().map(Object::toString).orElse(""));
            out.add(r);
        }
        return out;
    }

    /** Writes a value exactly as decided, never in exponent form: {@code 1E+3} becomes {@code 1000}. */
    static String number(BigDecimal v) {
        return v.toPlainString();
    }
}
