package jp.tsunagu.plan.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.Baseline;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Target;

/** An indicator while datasets are merged into it; {@link #base} is the model's, empty for a new one. */
final class IndicatorDraft {
    final String id;
    final Optional<Indicator> base;
    String name;
    String unit;
    Direction direction;
    Optional<Baseline> baseline = Optional.empty();
    final List<Dated<Target>> targets = new ArrayList<>();

    IndicatorDraft(Indicator k) {
        id = k.id();
        base = Optional.of(k);
        name = k.name();
        unit = k.unit();
        direction = k.direction();
        baseline = k.baseline();
        k.targets().forEach(t -> targets.add(Dated.kept(t)));
    }

    IndicatorDraft(String id) {
        this.id = id;
        this.base = Optional.empty();
    }

    /** The target decided last for a year, among the merged ones. */
    Optional<Target> currentTarget(FiscalYear year) {
        return targets.stream().map(Dated::value).filter(t -> t.year().equals(year)).max(Comparator.comparing(Target::decided));
    }

    /** @return the name the model gave, blank for a new indicator (a derived cell may hold either) */
    String baseName() {
        return base.map(Indicator::name).orElse("");
    }

    /** @return the unit the model gave, blank for a new indicator */
    String baseUnit() {
        return base.map(Indicator::unit).orElse("");
    }

    Indicator build() {
        return new Indicator(id, name, unit, direction, baseline, targets.stream().map(Dated::value).toList(),
                base.map(Indicator::weight).orElse(java.math.BigDecimal.ONE));
    }
}
