package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.ACTED;
import static jp.tsunagu.plan.csv.Headers.DECIDED_BY_ID;
import static jp.tsunagu.plan.csv.Headers.DECIDED_BY_NAME;
import static jp.tsunagu.plan.csv.Headers.DECISION_DATE;
import static jp.tsunagu.plan.csv.Headers.ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_NAME;
import static jp.tsunagu.plan.csv.Headers.LEVEL;
import static jp.tsunagu.plan.csv.Headers.NAME;
import static jp.tsunagu.plan.csv.Headers.OBSERVED;
import static jp.tsunagu.plan.csv.Headers.ORIENTED;
import static jp.tsunagu.plan.csv.Headers.REVISION;

import java.time.LocalDate;
import java.util.Optional;

import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModelException;

/** {@code ooda_cycles}: one row per OODA cycle, giving its title, initiative, decision and dates. */
final class CycleRows implements CsvMerge.DatasetRows {
    private final CsvMerge m;

    CycleRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        ItemRows<String, OodaCycle> items = new ItemRows<>(m.cycles, CsvMessages::cycle);
        m.eachRow(s, false, r -> {
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
            initiativeId.ifPresent(i -> m.initiative(r, i));
            decidedBy.filter(g -> m.base.governanceBody(g).isEmpty()).ifPresent(g -> r.problem(DECIDED_BY_ID,
                    CsvMessages.unknownGovernanceBody(g, m.base.governance().stream().map(GovernanceBody::id).toList())));
            OodaCycle c = items.claim(r, ID, id);
            if (!r.ok()) {
                return;
            }
            r.derived(INITIATIVE_NAME, c.initiative().flatMap(m.base::initiative).map(Initiative::title).orElse(""),
                    initiativeId.map(m.initiatives::get).map(d -> d.title).orElse(""));
            r.derived(DECIDED_BY_NAME, governanceName(c.decidedBy()), governanceName(decidedBy));
            if (!r.ok()) {
                return;
            }
            try {
                m.cycles.put(c.id(), new OodaCycle(c.id(), title.get(), initiativeId, level.get(), decidedBy, revision.get(),
                        observed.get(), oriented.get(), decided.get(), acted, c.body()));
            } catch (PlanModelException e) {
                r.problem(DECISION_DATE, CsvMessages.datesOutOfOrder());
            }
        });
        items.reportMissing(s, m.problems);
    }

    private String governanceName(Optional<String> id) {
        return id.flatMap(m.base::governanceBody).map(GovernanceBody::name).orElse("");
    }
}
