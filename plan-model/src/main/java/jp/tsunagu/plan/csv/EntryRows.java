package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.INITIATIVE_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_NAME;
import static jp.tsunagu.plan.csv.Headers.NEXT_DIRECTION;
import static jp.tsunagu.plan.csv.Headers.RATING;
import static jp.tsunagu.plan.csv.Headers.RATING_LABEL;
import static jp.tsunagu.plan.csv.Headers.YEAR;
import static jp.tsunagu.plan.csv.Headers.YEAR_WAREKI;

import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Rating;

/** {@code action_plan_entries}: one row per entry of an action plan, giving its rating and next direction. */
final class EntryRows implements CsvMerge.DatasetRows {
    private final CsvMerge m;

    EntryRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        ItemRows<EntryDraft.Key, EntryDraft> items = new ItemRows<>(m.entries, k -> CsvMessages.entry(k.year(), k.initiative()));
        m.eachRow(s, true, r -> {
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> rating = r.text(RATING, false);
            Optional<String> next = r.text(NEXT_DIRECTION, false);
            Optional<EntryDraft.Key> key = year.flatMap(y -> initiativeId.map(i -> new EntryDraft.Key(y, i)));
            EntryDraft e = items.claim(r, INITIATIVE_ID, key);
            if (!r.ok()) {
                return;
            }
            ActionPlan ap = m.base.actionPlan(year.get()).orElseThrow();
            rating.filter(code -> ap.ratingScale().find(code).isEmpty()).ifPresent(code -> r.problem(RATING,
                    CsvMessages.unknownRating(code, year.get(), ap.ratingScale().ratings().stream().map(Rating::code).toList())));
            List<String> allowed = m.base.plan().directions();
            next.filter(n -> !allowed.contains(n)).ifPresent(n -> r.problem(NEXT_DIRECTION, CsvMessages.unknownDirection(n, allowed)));
            if (!r.ok()) {
                return;
            }
            InitiativeDraft d = m.initiatives.get(initiativeId.get());
            r.derived(YEAR_WAREKI, year.get().toWareki());
            r.derived(INITIATIVE_NAME, d == null ? "" : d.base.title(), d == null ? "" : d.title);
            r.derived(RATING_LABEL, ratingLabel(ap, e.base.rating()), ratingLabel(ap, rating));
            if (r.ok()) {
                e.rating = rating;
                e.nextDirection = next;
            }
        });
        items.reportMissing(s, m.problems);
    }

    private static String ratingLabel(ActionPlan ap, Optional<String> code) {
        return code.flatMap(ap.ratingScale()::find).map(Rating::label).orElse("");
    }
}
