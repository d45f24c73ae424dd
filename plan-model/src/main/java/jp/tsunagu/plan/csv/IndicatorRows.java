package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.DIRECTION;
import static jp.tsunagu.plan.csv.Headers.INDICATOR_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_ID;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_NAME;
import static jp.tsunagu.plan.csv.Headers.NAME;
import static jp.tsunagu.plan.csv.Headers.UNIT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.csv.CsvRow.Where;

/**
 * {@code indicators}: one row per indicator of an initiative; replaces each initiative's indicators. A kept
 * indicator keeps its baseline and targets, a new one starts with none.
 */
final class IndicatorRows implements CsvMerge.DatasetRows {
    /**
     * What an indicator is found by: its initiative and its own id.
     *
     * @param initiative  the initiative's id, not null
     * @param indicator  the indicator's id, not null
     */
    record Key(String initiative, String indicator) {
        /** Reads the initiative and indicator columns, each reported if wrong. */
        static Optional<Key> read(CsvRow r) {
            Optional<String> initiative = r.id(INITIATIVE_ID, true);
            Optional<String> indicator = r.id(INDICATOR_ID, true);
            return initiative.flatMap(i -> indicator.map(k -> new Key(i, k)));
        }
    }

    private final CsvMerge m;

    IndicatorRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        m.indicatorsFile = Optional.of(new Where(s.file(), 0, Optional.empty()));
        Map<String, List<IndicatorDraft>> byInitiative = new LinkedHashMap<>();
        Set<Key> keys = new HashSet<>();
        m.eachRow(s, true, r -> {
            Optional<Key> key = Key.read(r);
            Optional<String> name = r.text(NAME, true);
            Optional<String> unit = r.text(UNIT, true);
            Optional<Direction> direction = r.label(DIRECTION, Direction.class);
            InitiativeDraft d = r.ok() ? m.initiative(r, key.get().initiative()) : null;
            if (d == null) {
                return;
            }
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            String indicatorId = key.get().indicator();
            if (r.ok() && !keys.add(key.get())) {
                r.problem(INDICATOR_ID, CsvMessages.indicatorTwice(d.id(), indicatorId));
            }
            if (!r.ok()) {
                return;
            }
            IndicatorDraft k = d.indicator(indicatorId).orElseGet(() -> new IndicatorDraft(indicatorId));
            k.name = name.get();
            k.unit = unit.get();
            k.direction = direction.get();
            byInitiative.computeIfAbsent(d.id(), x -> new ArrayList<>()).add(k);
        });
        for (InitiativeDraft d : m.initiatives.values()) {
            d.indicators = CsvMerge.keepOrder(d.indicators, byInitiative.getOrDefault(d.id(), List.of()), k -> k.id);
        }
    }
}
