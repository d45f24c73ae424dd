package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.INITIATIVE_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_NAME;
import static jp.tsunagu.plan.csv.Headers.VIEWPOINT_CODE;
import static jp.tsunagu.plan.csv.Headers.VIEWPOINT_NAME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;

/** {@code initiative_viewpoints}: one row per viewpoint of an initiative; replaces each initiative's viewpoints. */
final class InitiativeViewpointRows implements CsvMerge.DatasetRows {
    /** A row's key: an initiative may name a viewpoint once. */
    private record Pair(String initiative, ViewpointCode viewpoint) {
    }

    private final CsvMerge m;

    InitiativeViewpointRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        Map<String, List<ViewpointCode>> byInitiative = new LinkedHashMap<>();
        Set<Pair> pairs = new HashSet<>();
        m.eachRow(s, true, r -> {
            Optional<String> initiativeId = r.id(INITIATIVE_ID, true);
            Optional<String> letter = r.code(VIEWPOINT_CODE, "[A-Z]", CsvMessages.VIEWPOINT_LETTER);
            if (!r.ok()) {
                return;
            }
            InitiativeDraft d = m.initiative(r, initiativeId.get());
            ViewpointCode code = ViewpointCode.of(letter.get());
            Viewpoint v = m.viewpoints.get(code);
            if (v == null) {
                r.problem(VIEWPOINT_CODE, CsvMessages.unknownViewpoint(code, m.viewpoints.keySet().stream().map(ViewpointCode::letter).toList()));
            }
            if (!r.ok()) {
                return;
            }
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            r.derived(VIEWPOINT_NAME, m.base.viewpoint(code).map(Viewpoint::name).orElse(""), v.name());
            if (r.ok() && !pairs.add(new Pair(d.id(), code))) {
                r.problem(VIEWPOINT_CODE, CsvMessages.viewpointTwice(d.id(), code));
            }
            if (r.ok()) {
                byInitiative.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(code);
            }
        });
        for (InitiativeDraft d : m.initiatives.values()) {
            List<ViewpointCode> codes = byInitiative.get(d.id());
            if (codes == null) {
                m.problems.add(s.problem(CsvMessages.noViewpoint(d.id())));
            } else {
                d.viewpoints = CsvMerge.keepOrder(d.viewpoints, codes, c -> c);
            }
        }
    }
}
