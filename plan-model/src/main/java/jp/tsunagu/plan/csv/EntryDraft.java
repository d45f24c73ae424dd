package jp.tsunagu.plan.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.FiscalYear;

/** An action plan entry while datasets are merged into it. */
final class EntryDraft {
    /**
     * What an entry is found by: its year and its initiative.
     *
     * @param year  the fiscal year, not null
     * @param initiative  the initiative's id, not null
     */
    record Key(FiscalYear year, String initiative) {
        static Key of(ActionPlanEntry e) {
            return new Key(e.fiscalYear(), e.initiative());
        }
    }

    final ActionPlanEntry base;
    final List<Dated<Actual>> actuals;
    Optional<String> rating;
    Optional<String> nextDirection;

    EntryDraft(ActionPlanEntry e) {
        base = e;
        actuals = new ArrayList<>(e.actuals().stream().map(Dated::kept).toList());
        rating = e.rating();
        nextDirection = e.nextDirection();
    }

    ActionPlanEntry build() {
        return new ActionPlanEntry(base.initiative(), base.fiscalYear(), actuals.stream().map(Dated::value).toList(), rating,
                nextDirection, base.body(), base.override());
    }
}
