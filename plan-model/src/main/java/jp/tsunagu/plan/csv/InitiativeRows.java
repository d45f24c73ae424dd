package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.DEPARTMENT_ID;
import static jp.tsunagu.plan.csv.Headers.DEPARTMENT_NAME;
import static jp.tsunagu.plan.csv.Headers.END;
import static jp.tsunagu.plan.csv.Headers.END_WAREKI;
import static jp.tsunagu.plan.csv.Headers.ID;
import static jp.tsunagu.plan.csv.Headers.NAME;
import static jp.tsunagu.plan.csv.Headers.START;
import static jp.tsunagu.plan.csv.Headers.START_WAREKI;
import static jp.tsunagu.plan.csv.Headers.STATUS;
import static jp.tsunagu.plan.csv.Headers.SUMMARY;

import java.util.Optional;

import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.PlanPeriod;

/** {@code initiatives}: one row per initiative, giving its name, summary, status, department and period. */
final class InitiativeRows implements CsvMerge.DatasetRows {
    private final CsvMerge m;

    InitiativeRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        ItemRows<String, InitiativeDraft> items = new ItemRows<>(m.initiatives, CsvMessages::initiative);
        m.eachRow(s, false, r -> {
            Optional<String> id = r.id(ID, true);
            Optional<String> title = r.text(NAME, true);
            Optional<String> summary = r.text(SUMMARY, true);
            Optional<InitiativeStatus> status = r.label(STATUS, InitiativeStatus.class);
            Optional<String> department = r.id(DEPARTMENT_ID, false);
            Optional<FiscalYear> start = r.year(START, false);
            Optional<FiscalYear> end = r.year(END, false);
            department.filter(dep -> m.base.department(dep).isEmpty()).ifPresent(dep -> r.problem(DEPARTMENT_ID,
                    CsvMessages.unknownDepartment(dep, m.base.departments().stream().map(Department::id).toList())));
            if (end.isPresent() && start.isEmpty() && r.ok()) {
                r.problem(START, CsvMessages.endWithoutStart());
            }
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                r.problem(END, CsvMessages.endBeforeStart(start.get(), end.get()));
            }
            InitiativeDraft d = items.claim(r, ID, id);
            if (!r.ok()) {
                return;
            }
            r.derived(DEPARTMENT_NAME, departmentName(d.base.department()), departmentName(department));
            r.derived(START_WAREKI, CsvMerge.wareki(d.base.period().map(PlanPeriod::start)), CsvMerge.wareki(start));
            r.derived(END_WAREKI, CsvMerge.wareki(d.base.period().flatMap(PlanPeriod::end)), CsvMerge.wareki(end));
            if (!r.ok()) {
                return;
            }
            d.title = title.get();
            d.summary = summary.get();
            d.status = status.get();
            d.department = department;
            d.period = start.map(y -> new PlanPeriod(y, end));
            d.where = Optional.of(r.where(START));
        });
        items.reportMissing(s, m.problems);
    }

    private String departmentName(Optional<String> id) {
        return id.flatMap(m.base::department).map(Department::name).orElse("");
    }
}
