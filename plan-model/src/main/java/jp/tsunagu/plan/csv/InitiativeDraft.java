package jp.tsunagu.plan.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.csv.CsvRow.Where;

/** An initiative while datasets are merged into it: its own values, viewpoints and indicators. */
final class InitiativeDraft {
    final Initiative base;
    String title;
    String summary;
    InitiativeStatus status;
    Optional<String> department;
    Optional<PlanPeriod> period;
    List<ViewpointCode> viewpoints;
    List<IndicatorDraft> indicators;
    /** The row of the initiatives file that set the period, for problems found when building. */
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

    String id() {
        return base.id();
    }

    Optional<IndicatorDraft> indicator(String id) {
        return indicators.stream().filter(k -> k.id.equals(id)).findFirst();
    }

    /** Builds the initiative; a target outside the period goes to the problems. */
    Initiative build(List<CsvProblem> problems) {
        List<Indicator> built = new ArrayList<>();
        for (IndicatorDraft k : indicators) {
            for (Dated<Target> t : k.targets) {
                FiscalYear y = t.value().year();
                if (period.isPresent() && !period.get().contains(y)) {
                    t.where().or(() -> where).ifPresent(w -> problems.add(w.problem(
                            CsvMessages.targetOutsidePeriod(k.id, y, id(), period.get()))));
                }
            }
            built.add(k.build());
        }
        return new Initiative(id(), title, viewpoints, department, status, period, summary, built, base.glossary(), base.body());
    }
}
