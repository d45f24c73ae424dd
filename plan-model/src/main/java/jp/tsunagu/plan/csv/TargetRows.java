package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.DECIDED;
import static jp.tsunagu.plan.csv.Headers.INDICATOR_NAME;
import static jp.tsunagu.plan.csv.Headers.NOTE;
import static jp.tsunagu.plan.csv.Headers.TARGET;
import static jp.tsunagu.plan.csv.Headers.UNIT;
import static jp.tsunagu.plan.csv.Headers.YEAR;
import static jp.tsunagu.plan.csv.Headers.YEAR_WAREKI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Target;

/** {@code targets}: one row per target of an indicator, with the date it was decided; replaces every indicator's targets. */
final class TargetRows implements CsvMerge.DatasetRows {
    /** A row's key: an indicator's target for a year is decided once a day. */
    private record Key(IndicatorRows.Key indicator, FiscalYear year, LocalDate decided) {
    }

    private final CsvMerge m;

    TargetRows(CsvMerge m) {
        this.m = m;
    }

    @Override
    public void apply(CsvSource s) {
        m.initiatives.values().forEach(d -> d.indicators.forEach(k -> k.targets.clear()));
        Set<Key> keys = new HashSet<>();
        m.eachRow(s, true, r -> {
            Optional<IndicatorRows.Key> key = IndicatorRows.Key.read(r);
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<BigDecimal> value = r.decimal(TARGET, true);
            Optional<LocalDate> decided = r.date(DECIDED, true);
            Optional<String> note = r.text(NOTE, false);
            IndicatorDraft k = r.ok() ? m.indicator(r, key.get()) : null;
            if (k == null) {
                return;
            }
            r.derived(INDICATOR_NAME, k.baseName(), k.name);
            r.derived(YEAR_WAREKI, year.get().toWareki());
            r.derived(UNIT, k.baseUnit(), k.unit);
            if (r.ok() && !keys.add(new Key(key.get(), year.get(), decided.get()))) {
                r.problem(DECIDED, CsvMessages.targetTwice());
            }
            if (!r.ok()) {
                return;
            }
            Optional<BigDecimal> old = k.base.flatMap(b -> b.targetHistory(year.get()).stream()
                    .filter(t -> t.decided().equals(decided.get())).findFirst()).map(Target::value);
            Target target = new Target(year.get(), CsvMerge.keep(value.get(), old), decided.get(), note);
            k.targets.add(new Dated<>(target, Optional.of(r.where(YEAR))));
        });
    }
}
