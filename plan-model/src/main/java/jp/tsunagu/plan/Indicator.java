package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A key performance indicator (KPI) of an initiative: its definition, baseline and targets.
 * Yearly actuals are observations recorded in action plan entries, not part of the definition.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, unique within its initiative, not null
 * @param name  the name, not null
 * @param unit  the unit, such as 件 or %, not null
 * @param direction  which way is better, not null
 * @param baseline  the baseline, may be empty
 * @param targets  every target ever set, ordered by year then decision date, not null, may be empty
 * @param weight  its weight when its initiative's progress status is rolled up from its indicators, positive;
 *                1 unless content gives {@code weight}
 */
public record Indicator(
        String id,
        String name,
        String unit,
        Direction direction,
        Optional<Baseline> baseline,
        List<Target> targets,
        BigDecimal weight) {

    /**
     * Validates and copies the parts; targets are sorted by year then decision date.
     *
     * @param id  the id, unique within its initiative, not null
     * @param name  the name, not null
     * @param unit  the unit, such as 件 or %, not null
     * @param direction  which way is better, not null
     * @param baseline  the baseline, may be empty
     * @param targets  every target ever set, ordered by year then decision date, not null, may be empty
     * @param weight  its weight in its initiative's progress status, positive
     */
    public Indicator {
        Checks.id(id, "indicator id");
        Checks.notBlank(name, "indicator name");
        Checks.notBlank(unit, "unit");
        Checks.notNull(direction, "direction");
        Checks.notNull(baseline, "baseline");
        targets = Checks.list(targets, "targets").stream()
                .sorted(Comparator.comparing(Target::year).thenComparing(Target::decided))
                .toList();
        for (int i = 1; i < targets.size(); i++) {
            Target a = targets.get(i - 1);
            Target b = targets.get(i);
            if (a.year().equals(b.year()) && a.decided().equals(b.decided())) {
                throw new PlanModelException("Invalid indicator '" + id + "': two targets for " + a.year().year()
                        + " decided on the same date " + a.decided());
            }
        }
        Checks.notNull(weight, "weight");
        if (weight.signum() <= 0) {
            throw new PlanModelException("Invalid indicator '" + id + "': weight must be positive, was " + weight);
        }
    }

    /**
     * Creates an indicator of weight 1.
     *
     * @param id  the id, unique within its initiative, not null
     * @param name  the name, not null
     * @param unit  the unit, such as 件 or %, not null
     * @param direction  which way is better, not null
     * @param baseline  the baseline, may be empty
     * @param targets  every target ever set, not null, may be empty
     */
    public Indicator(String id, String name, String unit, Direction direction, Optional<Baseline> baseline,
            List<Target> targets) {
        this(id, name, unit, direction, baseline, targets, BigDecimal.ONE);
    }

    /**
     * Gets the target now in force for a year: the one decided last.
     *
     * @param year  the fiscal year, not null
     * @return the current target, empty if none was set
     */
    public Optional<Target> currentTarget(FiscalYear year) {
        return targetHistory(year).stream().reduce((first, second) -> second);
    }

    /**
     * Gets every target set for a year, oldest decision first.
     *
     * @param year  the fiscal year, not null
     * @return the targets, not null, may be empty
     */
    public List<Target> targetHistory(FiscalYear year) {
        return targets.stream().filter(t -> t.year().equals(year)).toList();
    }

    /**
     * Gets the current target of each year that has one.
     *
     * @return the current targets by fiscal year in order, not null
     */
    public List<Target> currentTargets() {
        return targets.stream()
                .collect(Collectors.toMap(Target::year, t -> t, (a, b) -> b, TreeMap::new))
                .values().stream().toList();
    }

    /**
     * Returns a copy with one more target, such as a revised target for a year.
     *
     * @param target  the target, not null
     * @return the indicator, not null
     */
    public Indicator withTarget(Target target) {
        var all = new java.util.ArrayList<>(targets);
        all.add(Checks.notNull(target, "target"));
        return new Indicator(id, name, unit, direction, baseline, all, weight);
    }
}
