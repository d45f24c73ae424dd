package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.FOOTNOTE;
import static jp.tsunagu.plan.csv.Headers.ID;
import static jp.tsunagu.plan.csv.Headers.NAME;
import static jp.tsunagu.plan.csv.Headers.READING;

import java.util.Optional;

import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.PlanModelException;

/** {@code glossary}: one row per glossary term, giving the term, its reading and its footnote number. */
final class GlossaryRows implements CsvMerge.DatasetRows {
    private final CsvMerge m;

    GlossaryRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        ItemRows<String, GlossaryTerm> items = new ItemRows<>(m.glossary, CsvMessages::term);
        m.eachRow(s, false, r -> {
            Optional<String> id = r.id(ID, true);
            Optional<String> term = r.text(NAME, true);
            Optional<String> reading = r.text(READING, true);
            Optional<Integer> footnote = r.integer(FOOTNOTE, false);
            GlossaryTerm t = items.claim(r, ID, id);
            if (!r.ok()) {
                return;
            }
            try {
                m.glossary.put(t.id(), new GlossaryTerm(t.id(), term.get(), reading.get(), footnote, t.aliases(), t.definition()));
            } catch (PlanModelException e) {
                r.problem(READING, CsvMessages.readingNotKana(reading.get()));
            }
        });
        items.reportMissing(s, m.problems);
    }
}
