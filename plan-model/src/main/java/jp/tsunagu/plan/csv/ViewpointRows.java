package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.ID;
import static jp.tsunagu.plan.csv.Headers.NAME;
import static jp.tsunagu.plan.csv.Headers.SUMMARY;

import java.util.Optional;

import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;

/** {@code viewpoints}: one row per viewpoint, giving its name and summary. */
final class ViewpointRows implements CsvMerge.DatasetRows {
    private final CsvMerge m;

    ViewpointRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        ItemRows<ViewpointCode, Viewpoint> items = new ItemRows<>(m.viewpoints, CsvMessages::viewpoint);
        m.eachRow(s, false, r -> {
            Optional<ViewpointCode> code = r.code(ID, "[A-Z]", CsvMessages.VIEWPOINT_LETTER).map(ViewpointCode::of);
            Optional<String> name = r.text(NAME, true);
            Optional<String> summary = r.text(SUMMARY, true);
            Viewpoint v = items.claim(r, ID, code);
            if (!r.ok()) {
                return;
            }
            try {
                m.viewpoints.put(v.code(), new Viewpoint(v.code(), name.get(), summary.get(), v.exampleInitiatives(), v.glossary(),
                        v.body()));
            } catch (PlanModelException e) {
                r.problem(NAME, CsvMessages.cannotBuild(CsvMessages.viewpoint(v.code()).name()));
            }
        });
        items.reportMissing(s, m.problems);
    }
}
