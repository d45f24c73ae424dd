package jp.tsunagu.plan.csv;

import static jp.tsunagu.plan.csv.Headers.INDICATOR_NAME;
import static jp.tsunagu.plan.csv.Headers.INITIATIVE_NAME;
import static jp.tsunagu.plan.csv.Headers.KIND;
import static jp.tsunagu.plan.csv.Headers.NOTE;
import static jp.tsunagu.plan.csv.Headers.UNIT;
import static jp.tsunagu.plan.csv.Headers.VALUE;
import static jp.tsunagu.plan.csv.Headers.YEAR;
import static jp.tsunagu.plan.csv.Headers.YEAR_WAREKI;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.StatusOverride;
import jp.tsunagu.plan.Baseline;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Target;

/**
 * {@code kpi_values}: an indicator's baseline, targets and actuals, one row each; replaces every baseline and
 * every entry's actuals. Its target rows are for readers and must agree with the current targets.
 */
final class KpiValueRows implements CsvMerge.DatasetRows {
    /** A row's key: an indicator has one value of a kind a year. */
    private record Key(IndicatorRows.Key indicator, FiscalYear year, KpiValueKind kind) {
    }

    /** The cells of a row that give a value, read and checked. */
    private record Row(CsvRow cells, InitiativeDraft initiative, IndicatorDraft indicator, FiscalYear year, BigDecimal value,
            Optional<String> note) {
    }

    private final CsvMerge m;
    private final String targetsFile;

    KpiValueRows(CsvMerge m) {
        this.m = m;
        this.targetsFile = m.fileName(CsvDataset.TARGETS);
    }

    @Override
    public void apply(CsvSource s) {
        m.initiatives.values().forEach(d -> d.indicators.forEach(k -> k.baseline = Optional.empty()));
        m.entries.values().forEach(e -> e.actuals.clear());
        Set<Key> keys = new HashSet<>();
        m.eachRow(s, true, r -> {
            Optional<IndicatorRows.Key> key = IndicatorRows.Key.read(r);
            Optional<FiscalYear> year = r.year(YEAR, true);
            Optional<KpiValueKind> kind = r.label(KIND, KpiValueKind.class);
            Optional<BigDecimal> value = r.decimal(VALUE, true);
            Optional<String> note = r.text(NOTE, false);
            IndicatorDraft k = r.ok() ? m.indicator(r, key.get()) : null;
            if (k == null) {
                return;
            }
            InitiativeDraft d = m.initiatives.get(key.get().initiative());
            r.derived(INITIATIVE_NAME, d.base.title(), d.title);
            r.derived(INDICATOR_NAME, k.baseName(), k.name);
            r.derived(YEAR_WAREKI, year.get().toWareki());
            r.derived(UNIT, k.baseUnit(), k.unit);
            if (r.ok() && !keys.add(new Key(key.get(), year.get(), kind.get()))) {
                r.problem(KIND, CsvMessages.kpiValueTwice());
            }
            if (!r.ok()) {
                return;
            }
            Row row = new Row(r, d, k, year.get(), value.get(), note);
            switch (kind.get()) {
                case BASELINE -> baseline(row);
                case TARGET -> target(row);
                case ACTUAL -> actual(row);
            }
        });
        // Actuals the entry had keep their place; new ones follow in the order of the initiative's indicators.
        for (EntryDraft e : m.entries.values()) {
            List<String> order = new ArrayList<>(e.base.actuals().stream().map(Actual::indicator).toList());
            Optional.ofNullable(m.initiatives.get(e.base.initiative())).ifPresent(d -> d.indicators.forEach(k -> order.add(k.id)));
            e.actuals.sort(Comparator.comparingInt(a -> order.indexOf(a.value().indicator())));
        }
    }

    private static void baseline(Row row) {
        IndicatorDraft k = row.indicator();
        if (k.baseline.isPresent()) {
            row.cells().problem(KIND, CsvMessages.baselineTwice(k.id));
        } else if (row.note().isPresent()) {
            row.cells().problem(NOTE, CsvMessages.baselineNote());
        } else {
            Optional<BigDecimal> old = k.base.flatMap(Indicator::baseline).filter(b -> b.year().equals(row.year())).map(Baseline::value);
            k.baseline = Optional.of(new Baseline(row.year(), CsvMerge.keep(row.value(), old)));
        }
    }

    /** A target row only repeats the current target, for readers: it must agree with the targets file. */
    private void target(Row row) {
        Optional<Target> current = row.indicator().currentTarget(row.year());
        if (current.isEmpty()) {
            row.cells().problem(KIND, CsvMessages.targetNotInTargets(row.year(), targetsFile));
        } else if (current.get().value().compareTo(row.value()) != 0) {
            row.cells().problem(VALUE, CsvMessages.targetValueDiffers(CsvExport.number(current.get().value()), targetsFile));
        } else if (!current.get().note().equals(row.note())) {
            row.cells().problem(NOTE, CsvMessages.targetNoteDiffers(current.get().note().map(n -> "「" + n + "」").orElse("空欄"),
                    targetsFile));
        }
    }

    private void actual(Row row) {
        EntryDraft e = m.entries.get(new EntryDraft.Key(row.year(), row.initiative().id()));
        if (e == null) {
            row.cells().problem(YEAR, CsvMessages.actualWithoutEntry(row.year(), row.initiative().id()));
            return;
        }
        String indicator = row.indicator().id;
        Optional<BigDecimal> old = e.base.actual(indicator).map(Actual::value);
        Optional<StatusOverride> override = e.base.actual(indicator).flatMap(Actual::override);
        e.actuals.add(new Dated<>(new Actual(indicator, CsvMerge.keep(row.value(), old), row.note(), override),
                Optional.of(row.cells().where(VALUE))));
    }
}
