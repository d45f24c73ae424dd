package jp.tsunagu.plan.load;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Checks of the yearly cycle against today's date: the current fiscal year's action plan should have an entry for
 * every initiative that runs that year ({@code W-ENTRY-MISSING}), and a closed year's entries should give every
 * indicator's actual where the indicator had a target that year ({@code W-ACTUAL-MISSING}). Warnings only: a year's
 * results come in over months.
 */
final class YearChecks {
    private YearChecks() {
    }

    static void run(Parts parts, Map<String, Initiative> initiatives, LocalDate today) {
        FiscalYear current = FiscalYear.from(today);
        boolean currentPlan = parts.actionPlans.stream().anyMatch(h -> h.year().equals(current));
        Set<String> entered = parts.entries.stream().filter(b -> b.value().fiscalYear().equals(current))
                .map(b -> b.value().initiative()).collect(Collectors.toSet());
        for (Bound<Initiative> b : parts.initiatives) {
            Initiative i = b.value();
            boolean running = i.status() == InitiativeStatus.PLANNED || i.status() == InitiativeStatus.ACTIVE;
            if (currentPlan && running && i.runsIn(current) && !entered.contains(i.id())) {
                b.doc().error(ValidationCode.W_ENTRY_MISSING, b.doc().line("status"), "今年度（" + current.toWareki()
                        + "）のアクションプランにこの取組「" + i.id() + "」の項目がありません。action-plans/" + current.year() + "/" + i.id()
                        + ".md を作るか、取組が今年度は行われないなら status（完了・休止・廃止）か period を直してください。");
            }
        }
        for (Bound<ActionPlanEntry> b : parts.entries) {
            ActionPlanEntry e = b.value();
            Initiative i = initiatives.get(e.initiative());
            if (i == null || !e.fiscalYear().endDate().isBefore(today)) {
                continue;
            }
            for (Indicator k : i.indicators()) {
                if (k.currentTarget(e.fiscalYear()).isPresent() && e.actual(k.id()).isEmpty()) {
                    b.doc().error(ValidationCode.W_ACTUAL_MISSING, b.doc().line("initiative"), e.fiscalYear().toWareki()
                            + "は終わっていますが、指標「" + k.id() + "」（" + k.name() + "）の実績値がありません。actuals に「- indicator: "
                            + k.id() + "」と value を書くか、mvn tsunagu:import で表から取り込んでください。");
                }
            }
        }
    }
}
