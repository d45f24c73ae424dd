package jp.tsunagu.site.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Target;

/**
 * A fiscal year's action plan compared with the previous year's: initiatives added, initiatives no longer in
 * the plan, and indicator targets set or changed between the two publications.
 * <p>
 * A target counts as changed in year Y when it was decided after the previous plan was published and no later
 * than this plan's publication (a plan without a publication date counts from 1 April of its fiscal year).
 * <pre>{@code
 * ActionPlanChanges.between(model, FiscalYear.of(2021), FiscalYear.of(2022))
 *         .ifPresent(c -> c.removed().forEach(System.out::println));
 * }</pre>
 * This class is immutable and thread-safe.
 *
 * @param previous  the earlier fiscal year, not null
 * @param current  the later fiscal year, not null
 * @param added  ids of initiatives in the current plan only, sorted, not null
 * @param removed  ids of initiatives in the previous plan only, sorted, not null
 * @param kept  ids of initiatives in both, sorted, not null
 * @param targets  targets set or changed between the publications, by initiative and indicator, not null
 */
public record ActionPlanChanges(FiscalYear previous, FiscalYear current, List<String> added, List<String> removed,
        List<String> kept, List<TargetChange> targets) {

    /**
     * Validates and copies the parts.
     *
     * @param previous  the earlier fiscal year, not null
     * @param current  the later fiscal year, not null
     * @param added  ids of initiatives in the current plan only, sorted, not null
     * @param removed  ids of initiatives in the previous plan only, sorted, not null
     * @param kept  ids of initiatives in both, sorted, not null
     * @param targets  targets set or changed between the publications, by initiative and indicator, not null
     */
    public ActionPlanChanges {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        targets = List.copyOf(targets);
    }

    /**
     * One target set or changed.
     *
     * @param initiative  the initiative id, not null
     * @param indicator  the indicator, not null
     * @param year  the fiscal year the target is for, not null
     * @param before  the target in force when the previous plan was published, empty if there was none
     * @param after  the new target, not null
     */
    public record TargetChange(String initiative, Indicator indicator, FiscalYear year, Optional<BigDecimal> before,
            Target after) {
        /**
         * Validates the parts.
         *
         * @param initiative  the initiative id, not null
         * @param indicator  the indicator, not null
         * @param year  the fiscal year the target is for, not null
         * @param before  the target in force when the previous plan was published, empty if there was none
         * @param after  the new target, not null
         */
        public TargetChange {
            Objects.requireNonNull(initiative, "initiative");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * Compares each action plan with the one of the year before it, where the plan has one.
     *
     * @param model  the plan, not null
     * @return the comparisons in fiscal-year order, not null, may be empty
     */
    public static List<ActionPlanChanges> all(PlanModel model) {
        List<ActionPlanChanges> out = new ArrayList<>();
        List<ActionPlan> plans = model.actionPlans().stream().sorted(Comparator.comparing(ActionPlan::fiscalYear)).toList();
        for (int i = 1; i < plans.size(); i++) {
            out.add(compare(model, plans.get(i - 1), plans.get(i)));
        }
        return List.copyOf(out);
    }

    /**
     * Compares two years' action plans.
     *
     * @param model  the plan, not null
     * @param previous  the earlier year, not null
     * @param current  the later year, not null
     * @return the comparison, empty if either year has no action plan
     */
    public static Optional<ActionPlanChanges> between(PlanModel model, FiscalYear previous, FiscalYear current) {
        return model.actionPlan(previous).flatMap(p -> model.actionPlan(current).map(c -> compare(model, p, c)));
    }

    private static ActionPlanChanges compare(PlanModel model, ActionPlan previous, ActionPlan current) {
        Set<String> before = previous.entries().stream().map(ActionPlanEntry::initiative).collect(Collectors.toSet());
        Set<String> after = current.entries().stream().map(ActionPlanEntry::initiative).collect(Collectors.toSet());
        List<String> added = after.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).sorted().toList();
        List<String> kept = after.stream().filter(before::contains).sorted().toList();
        LocalDate from = cut(previous);
        LocalDate to = cut(current);
        List<TargetChange> changes = new ArrayList<>();
        for (String id : after.stream().sorted().toList()) {
            Optional<Initiative> initiative = model.initiative(id);
            if (initiative.isEmpty()) {
                continue;
            }
            for (Indicator k : initiative.get().indicators()) {
                for (Target t : k.targets()) {
                    if (t.decided().isAfter(from) && !t.decided().isAfter(to)) {
                        Optional<BigDecimal> was = k.targetHistory(t.year()).stream()
                                .filter(x -> !x.decided().isAfter(from)).reduce((a, b) -> b).map(Target::value);
                        changes.add(new TargetChange(id, k, t.year(), was, t));
                    }
                }
            }
        }
        return new ActionPlanChanges(previous.fiscalYear(), current.fiscalYear(), added, removed, kept, changes);
    }

    private static LocalDate cut(ActionPlan plan) {
        return plan.published().orElse(LocalDate.of(plan.fiscalYear().year(), 4, 1));
    }
}
