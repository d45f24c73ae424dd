package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An indicator's values over time: baseline, current targets and actuals by fiscal year.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param initiative  the initiative id, not null
 * @param indicator  the indicator, not null
 * @param targets  current target value by fiscal year, not null
 * @param actuals  actual value by fiscal year, not null
 */
public record IndicatorSeries(
        String initiative,
        Indicator indicator,
        SortedMap<FiscalYear, BigDecimal> targets,
        SortedMap<FiscalYear, BigDecimal> actuals) {

    /**
     * Validates and copies the parts.
     *
     * @param initiative  the initiative id, not null
     * @param indicator  the indicator, not null
     * @param targets  current target value by fiscal year, not null
     * @param actuals  actual value by fiscal year, not null
     */
    public IndicatorSeries {
        Checks.notNull(initiative, "initiative");
        Checks.notNull(indicator, "indicator");
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(targets, "targets")));
        actuals = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(actuals, "actuals")));
    }

    /**
     * Gets every fiscal year with a baseline, target or actual, in order.
     *
     * @return the years, not null
     */
    public SortedSet<FiscalYear> years() {
        var years = new TreeSet<FiscalYear>();
        indicator.baseline().ifPresent(b -> years.add(b.year()));
        years.addAll(targets.keySet());
        years.addAll(actuals.keySet());
        return Collections.unmodifiableSortedSet(years);
    }

    /**
     * Measures progress toward the target of a year.
     * <p>
     * The ratio is (actual − baseline) / (target − baseline): 0 at the baseline, 1 when the target is met,
     * the same for higher- and lower-is-better indicators. Without a baseline it is actual / target
     * (or target / actual when lower is better).
     *
     * @param year  the fiscal year, not null
     * @return the progress, empty when the year has no target or no actual
     */
    public Optional<Progress> progress(FiscalYear year) {
        BigDecimal target = targets.get(year);
        BigDecimal actual = actuals.get(year);
        if (target == null || actual == null) {
            return Optional.empty();
        }
        boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
        boolean achieved = higher ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        BigDecimal ratio = null;
        Optional<Baseline> baseline = indicator.baseline();
        if (baseline.isPresent() && target.compareTo(baseline.get().value()) != 0) {
            BigDecimal base = baseline.get().value();
            ratio = actual.subtract(base).divide(target.subtract(base), 4, RoundingMode.HALF_EVEN);
        } else if (baseline.isEmpty()) {
            BigDecimal num = higher ? actual : target;
            BigDecimal den = higher ? target : actual;
            if (den.signum() != 0) {
                ratio = num.divide(den, 4, RoundingMode.HALF_EVEN);
            }
        }
        return Optional.of(new Progress(year, actual, target, Optional.ofNullable(ratio), achieved));
    }

    /**
     * Progress of an indicator in one fiscal year.
     *
     * @param year  the fiscal year, not null
     * @param actual  the actual value, not null
     * @param target  the current target, not null
     * @param ratio  share of the way from baseline to target (1 = met), empty when it cannot be computed
     * @param achieved  whether the target was met, in the indicator's direction
     */
    public record Progress(FiscalYear year, BigDecimal actual, BigDecimal target, Optional<BigDecimal> ratio,
            boolean achieved) {
        /**
         * Validates the parts.
         *
         * @param year  the fiscal year, not null
         * @param actual  the actual value, not null
         * @param target  the current target, not null
         * @param ratio  share of the way from baseline to target (1 = met), empty when it cannot be computed
         * @param achieved  whether the target was met, in the indicator's direction
         */
        public Progress {
            Checks.notNull(year, "year");
            Checks.notNull(actual, "actual");
            Checks.notNull(target, "target");
            Checks.notNull(ratio, "ratio");
        }
    }
}
