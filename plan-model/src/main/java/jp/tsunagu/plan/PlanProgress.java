package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The progress status of every indicator and initiative in every fiscal year that has an action plan, and their
 * roll-ups per fiscal year, viewpoint and department. Obtain it from {@link PlanModel#progress()}.
 * <p>
 * <b>The method</b> (worked examples in {@code docs/progress-status.md}) follows Statistics Canada's progress
 * measure as Open SDG publishes it (https://open-sdg.readthedocs.io/en/latest/progress/ and
 * https://open-sdg.readthedocs.io/en/latest/progress-methodology/): the observed progress is compared with the
 * progress the target requires, and the ratio R is put into a category — target achieved, R ≥ 95 % substantial,
 * 60 % ≤ R &lt; 95 % moderate, 0 ≤ R &lt; 60 % limited, R &lt; 0 deterioration, no data not available. Open SDG
 * compares compound annual growth rates because its targets lie years ahead; an action plan sets a target for the
 * same fiscal year the actual is measured in, so here R is the plain share of the way, (actual − base) /
 * (target − base), which also works from a base of 0. For an indicator in fiscal year Y:
 * <ol>
 * <li>no actual in Y's entry, or no target for Y: {@link ProgressStatus#NOT_AVAILABLE};</li>
 * <li>the actual meets the target in the indicator's {@link Direction} (≥ when higher is better, ≤ when lower is):
 * {@link ProgressStatus#TARGET_ACHIEVED};</li>
 * <li>the base is the indicator's baseline when it is of a year before Y, else the latest earlier actual; without
 * either: not available;</li>
 * <li>a target no better than the base that was not met: {@link ProgressStatus#DETERIORATION};</li>
 * <li>else R is classified by the plan's {@link ProgressMethod} thresholds.</li>
 * </ol>
 * An editor may set an indicator's status for a year ({@code status} and {@code status_reason} on the actual) or an
 * initiative's ({@code progress_status} and {@code progress_reason} on the entry); the computed status is kept
 * beside it.
 * <p>
 * <b>Roll-ups.</b> An initiative's status in Y (only initiatives with an entry in Y's action plan have one) is
 * rolled up from its indicators' statuses; a group's (a year, a viewpoint, a department) from its initiatives'.
 * Statuses that are not available are left out; if nothing is left, the roll-up is not available. If every status
 * left is target achieved, so is the roll-up. Otherwise the weighted mean of the scores (target achieved 4,
 * substantial 3, moderate 2, limited 1, deterioration 0) gives the nearest category, at best substantial progress:
 * ≥ 2.5 substantial, ≥ 1.5 moderate, ≥ 0.5 limited, below deterioration. Indicators weigh what content gives as their
 * {@code weight} (default 1); initiatives weigh 1 each.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanProgress {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final List<FiscalYear> years;
    private final Map<FiscalYear, List<InitiativeProgress>> byYear;
    private final Map<FiscalYear, Map<String, InitiativeProgress>> byYearAndId;
    private final PlanModel model;

    private PlanProgress(PlanModel model) {
        this.model = model;
        ProgressMethod method = model.plan().progress();
        Map<FiscalYear, List<InitiativeProgress>> years = new TreeMap<>();
        Map<FiscalYear, Map<String, InitiativeProgress>> index = new TreeMap<>();
        for (ActionPlan ap : model.actionPlans()) {
            List<InitiativeProgress> list = new ArrayList<>();
            Map<String, InitiativeProgress> ids = new LinkedHashMap<>();
            for (ActionPlanEntry e : ap.entries()) {
                Optional<Initiative> i = model.initiative(e.initiative());
                if (i.isEmpty()) {
                    continue;
                }
                InitiativeProgress p = initiative(model, i.get(), e, method);
                list.add(p);
                ids.put(p.initiative(), p);
            }
            years.put(ap.fiscalYear(), List.copyOf(list));
            index.put(ap.fiscalYear(), Collections.unmodifiableMap(ids));
        }
        this.years = List.copyOf(years.keySet());
        this.byYear = Collections.unmodifiableMap(years);
        this.byYearAndId = Collections.unmodifiableMap(index);
    }

    /**
     * Computes the progress of a plan.
     *
     * @param model  the plan, not null
     * @return its progress, not null
     */
    public static PlanProgress of(PlanModel model) {
        return new PlanProgress(Checks.notNull(model, "model"));
    }

    private static InitiativeProgress initiative(PlanModel model, Initiative i, ActionPlanEntry e, ProgressMethod method) {
        List<IndicatorProgress> indicators = new ArrayList<>();
        List<Weighted> weighted = new ArrayList<>();
        for (Indicator k : i.indicators()) {
            Optional<BigDecimal> earlier = model.entriesOf(i.id()).stream()
                    .filter(x -> x.fiscalYear().isBefore(e.fiscalYear()))
                    .flatMap(x -> x.actual(k.id()).stream().map(Actual::value))
                    .reduce((a, b) -> b);
            Optional<Actual> actual = e.actual(k.id());
            ProgressStatus computed = measure(k, e.fiscalYear(), actual.map(Actual::value), earlier, method);
            Optional<BigDecimal> share = share(k, e.fiscalYear(), actual.map(Actual::value), earlier);
            Optional<StatusOverride> override = actual.flatMap(Actual::override);
            IndicatorProgress p = new IndicatorProgress(i.id(), k.id(), e.fiscalYear(),
                    override.map(StatusOverride::status).orElse(computed), computed, share,
                    override.map(StatusOverride::reason));
            indicators.add(p);
            weighted.add(new Weighted(p.status(), k.weight()));
        }
        ProgressStatus computed = rollUp(weighted);
        return new InitiativeProgress(i.id(), e.fiscalYear(), e.override().map(StatusOverride::status).orElse(computed),
                computed, indicators, e.override().map(StatusOverride::reason));
    }

    /**
     * Computes the status of one indicator in one fiscal year by the method described above, without overrides.
     *
     * @param indicator  the indicator, not null
     * @param year  the fiscal year, not null
     * @param actual  the actual of that year, may be empty
     * @param earlierActual  the latest actual of an earlier year, the base when the indicator has no baseline before
     *                       the year, may be empty
     * @param method  the thresholds, not null
     * @return the status, not null
     */
    public static ProgressStatus measure(Indicator indicator, FiscalYear year, Optional<BigDecimal> actual,
            Optional<BigDecimal> earlierActual, ProgressMethod method) {
        Optional<Target> target = indicator.currentTarget(year);
        if (actual.isEmpty() || target.isEmpty()) {
            return ProgressStatus.NOT_AVAILABLE;
        }
        BigDecimal a = actual.get();
        BigDecimal t = target.get().value();
        int d = indicator.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (a.subtract(t).signum() * d >= 0) {
            return ProgressStatus.TARGET_ACHIEVED;
        }
        Optional<BigDecimal> base = base(indicator, year, earlierActual);
        if (base.isEmpty()) {
            return ProgressStatus.NOT_AVAILABLE;
        }
        if (t.subtract(base.get()).signum() * d <= 0) {
            return ProgressStatus.DETERIORATION;
        }
        return method.classify(ratio(a, t, base.get()));
    }

    private static Optional<BigDecimal> base(Indicator indicator, FiscalYear year, Optional<BigDecimal> earlierActual) {
        return indicator.baseline().filter(b -> b.year().isBefore(year)).map(Baseline::value).or(() -> earlierActual);
    }

    private static BigDecimal ratio(BigDecimal actual, BigDecimal target, BigDecimal base) {
        return actual.subtract(base).divide(target.subtract(base), 4, RoundingMode.HALF_EVEN);
    }

    private static Optional<BigDecimal> share(Indicator indicator, FiscalYear year, Optional<BigDecimal> actual,
            Optional<BigDecimal> earlierActual) {
        Optional<Target> target = indicator.currentTarget(year);
        Optional<BigDecimal> base = base(indicator, year, earlierActual);
        if (actual.isEmpty() || target.isEmpty() || base.isEmpty() || target.get().value().compareTo(base.get()) == 0) {
            return Optional.empty();
        }
        return Optional.of(ratio(actual.get(), target.get().value(), base.get()));
    }

    /**
     * Rolls statuses up by the rule described above.
     *
     * @param statuses  the statuses with their weights, not null
     * @return the rolled-up status, not null
     */
    public static ProgressStatus rollUp(List<Weighted> statuses) {
        List<Weighted> known = statuses.stream().filter(w -> w.status().score().isPresent()).toList();
        if (known.isEmpty()) {
            return ProgressStatus.NOT_AVAILABLE;
        }
        if (known.stream().allMatch(w -> w.status() == ProgressStatus.TARGET_ACHIEVED)) {
            return ProgressStatus.TARGET_ACHIEVED;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted w : known) {
            sum = sum.add(w.weight().multiply(BigDecimal.valueOf(w.status().score().orElseThrow())));
            weights = weights.add(w.weight());
        }
        BigDecimal mean = sum.divide(weights, 6, RoundingMode.HALF_EVEN);
        for (ProgressStatus s : List.of(ProgressStatus.SUBSTANTIAL_PROGRESS, ProgressStatus.MODERATE_PROGRESS,
                ProgressStatus.LIMITED_PROGRESS)) {
            if (mean.compareTo(BigDecimal.valueOf(s.score().orElseThrow()).subtract(HALF)) >= 0) {
                return s;
            }
        }
        return ProgressStatus.DETERIORATION;
    }

    /** @return the fiscal years with an action plan, in order, not null */
    public List<FiscalYear> years() {
        return years;
    }

    /** @return the latest fiscal year with an action plan, empty if none */
    public Optional<FiscalYear> latestYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /**
     * Lists the initiatives' statuses of a fiscal year: one for each entry of its action plan.
     *
     * @param year  the fiscal year, not null
     * @return the statuses by initiative id, not null, empty without an action plan
     */
    public List<InitiativeProgress> initiatives(FiscalYear year) {
        return byYear.getOrDefault(year, List.of());
    }

    /**
     * Finds an initiative's status in a fiscal year.
     *
     * @param initiativeId  the initiative id, not null
     * @param year  the fiscal year, not null
     * @return the status, empty if the initiative has no entry that year
     */
    public Optional<InitiativeProgress> initiative(String initiativeId, FiscalYear year) {
        return Optional.ofNullable(byYearAndId.getOrDefault(year, Map.of()).get(initiativeId));
    }

    /**
     * Finds an indicator's status in a fiscal year.
     *
     * @param initiativeId  the initiative id, not null
     * @param indicatorId  the indicator id, not null
     * @param year  the fiscal year, not null
     * @return the status, empty if the initiative has no entry that year or no such indicator
     */
    public Optional<IndicatorProgress> indicator(String initiativeId, String indicatorId, FiscalYear year) {
        return initiative(initiativeId, year)
                .flatMap(p -> p.indicators().stream().filter(k -> k.indicator().equals(indicatorId)).findFirst());
    }

    /**
     * Compares an initiative's status with the one of the latest earlier year it had an entry in.
     *
     * @param initiativeId  the initiative id, not null
     * @param year  the fiscal year, not null
     * @return the change, empty if the initiative has no entry in the year
     */
    public Optional<StatusChange> change(String initiativeId, FiscalYear year) {
        return initiative(initiativeId, year).map(now -> years.stream().filter(y -> y.isBefore(year))
                .flatMap(y -> initiative(initiativeId, y).stream()).reduce((a, b) -> b)
                .map(before -> StatusChange.between(before.status(), now.status())).orElse(StatusChange.NEW));
    }

    /**
     * Rolls up a fiscal year.
     *
     * @param year  the fiscal year, not null
     * @return its summary, empty counts without an action plan, not null
     */
    public Summary year(FiscalYear year) {
        return summary(year, initiatives(year));
    }

    /**
     * Rolls up each viewpoint in a fiscal year; an initiative counts under every viewpoint it serves.
     *
     * @param year  the fiscal year, not null
     * @return the summaries of the viewpoints that have initiatives that year, by code, not null
     */
    public Map<ViewpointCode, Summary> byViewpoint(FiscalYear year) {
        Map<ViewpointCode, Summary> out = new LinkedHashMap<>();
        for (Viewpoint v : model.viewpoints()) {
            List<InitiativeProgress> in = initiatives(year).stream()
                    .filter(p -> model.initiative(p.initiative()).map(i -> i.serves(v.code())).orElse(false)).toList();
            if (!in.isEmpty()) {
                out.put(v.code(), summary(year, in));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Rolls up each department in a fiscal year; initiatives without a department are left out.
     *
     * @param year  the fiscal year, not null
     * @return the summaries of the departments that have initiatives that year, by department id, not null
     */
    public Map<String, Summary> byDepartment(FiscalYear year) {
        Map<String, Summary> out = new TreeMap<>();
        for (Department d : model.departments()) {
            List<InitiativeProgress> in = initiatives(year).stream()
                    .filter(p -> model.initiative(p.initiative()).flatMap(Initiative::department).map(d.id()::equals)
                            .orElse(false)).toList();
            if (!in.isEmpty()) {
                out.put(d.id(), summary(year, in));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Summary summary(FiscalYear year, List<InitiativeProgress> in) {
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s, 0);
        }
        in.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        ProgressStatus status = rollUp(in.stream().map(p -> new Weighted(p.status(), BigDecimal.ONE)).toList());
        return new Summary(year, counts, status);
    }

    /**
     * A status with its weight in a roll-up.
     *
     * @param status  the status, not null
     * @param weight  the weight, positive
     */
    public record Weighted(ProgressStatus status, BigDecimal weight) {
        /**
         * Validates the parts.
         *
         * @param status  the status, not null
         * @param weight  the weight, positive
         */
        public Weighted {
            Checks.notNull(status, "status");
            Checks.notNull(weight, "weight");
            if (weight.signum() <= 0) {
                throw new PlanModelException("Invalid weight (valid: positive): " + weight);
            }
        }
    }

    /**
     * An indicator's status in a fiscal year.
     *
     * @param initiative  the initiative id, not null
     * @param indicator  the indicator id, not null
     * @param year  the fiscal year, not null
     * @param status  the status in force: the editor's when overridden, else the computed one, not null
     * @param computed  the status the method gives, not null
     * @param share  (actual − base) / (target − base), empty when it cannot be computed
     * @param overrideReason  why an editor set the status, empty when not overridden
     */
    public record IndicatorProgress(String initiative, String indicator, FiscalYear year, ProgressStatus status,
            ProgressStatus computed, Optional<BigDecimal> share, Optional<String> overrideReason) {
        /**
         * Validates the parts.
         *
         * @param initiative  the initiative id, not null
         * @param indicator  the indicator id, not null
         * @param year  the fiscal year, not null
         * @param status  the status in force, not null
         * @param computed  the status the method gives, not null
         * @param share  the share of the way, may be empty
         * @param overrideReason  why an editor set the status, may be empty
         */
        public IndicatorProgress {
            Checks.notNull(initiative, "initiative");
            Checks.notNull(indicator, "indicator");
            Checks.notNull(year, "year");
            Checks.notNull(status, "status");
            Checks.notNull(computed, "computed");
            Checks.notNull(share, "share");
            Checks.notNull(overrideReason, "overrideReason");
        }
    }

    /**
     * An initiative's status in a fiscal year.
     *
     * @param initiative  the initiative id, not null
     * @param year  the fiscal year, not null
     * @param status  the status in force: the editor's when overridden, else the computed one, not null
     * @param computed  the status rolled up from the indicators, not null
     * @param indicators  the indicators' statuses in the initiative's order, not null, may be empty
     * @param overrideReason  why an editor set the status, empty when not overridden
     */
    public record InitiativeProgress(String initiative, FiscalYear year, ProgressStatus status, ProgressStatus computed,
            List<IndicatorProgress> indicators, Optional<String> overrideReason) {
        /**
         * Validates and copies the parts.
         *
         * @param initiative  the initiative id, not null
         * @param year  the fiscal year, not null
         * @param status  the status in force, not null
         * @param computed  the status rolled up from the indicators, not null
         * @param indicators  the indicators' statuses, not null
         * @param overrideReason  why an editor set the status, may be empty
         */
        public InitiativeProgress {
            Checks.notNull(initiative, "initiative");
            Checks.notNull(year, "year");
            Checks.notNull(status, "status");
            Checks.notNull(computed, "computed");
            indicators = Checks.list(indicators, "indicators");
            Checks.notNull(overrideReason, "overrideReason");
        }
    }

    /**
     * A group of initiatives rolled up: how many have each status, and the group's status.
     *
     * @param year  the fiscal year, not null
     * @param counts  the number of initiatives of each status, every status present, in {@link ProgressStatus} order
     * @param status  the group's status, not null
     */
    public record Summary(FiscalYear year, Map<ProgressStatus, Integer> counts, ProgressStatus status) {
        /**
         * Validates and copies the parts.
         *
         * @param year  the fiscal year, not null
         * @param counts  the count of each status, not null
         * @param status  the group's status, not null
         */
        public Summary {
            Checks.notNull(year, "year");
            counts = Collections.unmodifiableMap(new EnumMap<>(Checks.notNull(counts, "counts")));
            Checks.notNull(status, "status");
        }

        /** @return the number of initiatives in the group */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * @param status  a status, not null
         * @return how many initiatives of the group have it
         */
        public int count(ProgressStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }
}
