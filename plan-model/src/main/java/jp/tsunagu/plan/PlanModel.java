package jp.tsunagu.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole plan: the basic policy with its viewpoints, initiatives, action plans, OODA cycles, annual reviews,
 * governance, glossary, references and free pages, and their language variants, with the queries programs
 * embedding it need.
 * <p>
 * Obtain one from {@code PlanLoader.load(path)} or build it with {@link #builder(Plan)}. For example,
 * the initiatives that serve viewpoint E:
 * <pre>{@code
 * PlanModel model = PlanLoader.load(Path.of("content/src/plan")).orElseThrow();
 * List<Initiative> e = model.initiativesFor(ViewpointCode.of("E"));
 * }</pre>
 * Lists are ordered: viewpoints by code, initiatives and the other identified items by id, action plans and
 * reviews by fiscal year, OODA cycles by decision date, governance bodies and pages by their order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanModel {
    private final Plan plan;
    private final List<Viewpoint> viewpoints;
    private final List<Initiative> initiatives;
    private final List<Department> departments;
    private final List<GovernanceBody> governance;
    private final List<ActionPlan> actionPlans;
    private final List<OodaCycle> oodaCycles;
    private final List<AnnualReview> reviews;
    private final List<GlossaryTerm> glossary;
    private final List<ReferenceMaterial> references;
    private final List<Page> pages;
    private final List<Variant> variants;

    private final Map<ViewpointCode, Viewpoint> viewpointsByCode;
    private final Map<String, Initiative> initiativesById;
    private final Map<FiscalYear, ActionPlan> actionPlansByYear;
    private final PlanProgress progress;

    private PlanModel(Builder b) {
        plan = b.plan;
        viewpoints = sorted(b.viewpoints, Comparator.comparing(Viewpoint::code));
        initiatives = sorted(b.initiatives, Comparator.comparing(Initiative::id));
        departments = sorted(b.departments, Comparator.comparing(Department::id));
        governance = sorted(b.governance, Comparator.comparingInt(GovernanceBody::order).thenComparing(GovernanceBody::id));
        actionPlans = sorted(b.actionPlans, Comparator.comparing(ActionPlan::fiscalYear));
        oodaCycles = sorted(b.oodaCycles, Comparator.comparing(OodaCycle::decided).thenComparing(OodaCycle::id));
        reviews = sorted(b.reviews, Comparator.comparing(AnnualReview::fiscalYear));
        glossary = sorted(b.glossary, Comparator.comparing(GlossaryTerm::reading).thenComparing(GlossaryTerm::id));
        references = sorted(b.references, Comparator.comparing(ReferenceMaterial::id));
        pages = sorted(b.pages, Comparator.comparingInt(Page::order).thenComparing(Page::id));
        variants = sorted(b.variants, Comparator.comparing(Variant::item).thenComparing(Variant::language));

        viewpointsByCode = index(viewpoints, Viewpoint::code, "viewpoint");
        initiativesById = index(initiatives, Initiative::id, "initiative");
        actionPlansByYear = index(actionPlans, ActionPlan::fiscalYear, "action plan");
        index(departments, Department::id, "department");
        index(governance, GovernanceBody::id, "governance body");
        index(oodaCycles, OodaCycle::id, "OODA cycle");
        index(reviews, AnnualReview::fiscalYear, "annual review");
        index(glossary, GlossaryTerm::id, "glossary term");
        index(references, ReferenceMaterial::id, "reference");
        index(pages, Page::id, "page");
        index(variants, v -> v.item() + "." + v.language().suffix(), "variant");
        progress = PlanProgress.of(this);
    }

    private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
        return values.stream().sorted(order).toList();
    }

    private static <K, T> Map<K, T> index(List<T> values, Function<T, K> key, String what) {
        var map = new LinkedHashMap<K, T>();
        for (T v : values) {
            if (map.put(key.apply(v), v) != null) {
                throw new PlanModelException("Invalid plan: " + what + " '" + key.apply(v) + "' appears twice");
            }
        }
        return map;
    }

    /**
     * Starts building a model around a basic policy.
     *
     * @param plan  the basic policy, not null
     * @return a builder, not null
     */
    public static Builder builder(Plan plan) {
        return new Builder(plan);
    }

    /** @return the basic policy, not null */
    public Plan plan() {
        return plan;
    }

    /** @return the viewpoints by code, not null */
    public List<Viewpoint> viewpoints() {
        return viewpoints;
    }

    /** @return the initiatives by id, not null */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /** @return the departments by id, not null */
    public List<Department> departments() {
        return departments;
    }

    /** @return the governance bodies in display order, not null */
    public List<GovernanceBody> governance() {
        return governance;
    }

    /** @return the action plans by fiscal year, not null */
    public List<ActionPlan> actionPlans() {
        return actionPlans;
    }

    /** @return the OODA cycles by decision date, not null */
    public List<OodaCycle> oodaCycles() {
        return oodaCycles;
    }

    /** @return the annual reviews by fiscal year, not null */
    public List<AnnualReview> reviews() {
        return reviews;
    }

    /** @return the glossary terms by reading (五十音順), not null */
    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    /** @return the reference materials by id, not null */
    public List<ReferenceMaterial> references() {
        return references;
    }

    /** @return the free pages in display order, not null */
    public List<Page> pages() {
        return pages;
    }

    /** @return every language variant, by item key and then language, not null */
    public List<Variant> variants() {
        return variants;
    }

    /**
     * Lists the language variants of an item.
     *
     * @param item  the item's key, such as {@code viewpoint/E} or {@code plan}, not null
     * @return the variants in {@link Language} order, not null, may be empty
     */
    public List<Variant> variantsOf(String item) {
        return variants.stream().filter(v -> v.item().equals(item)).toList();
    }

    /**
     * Finds the variant of an item in a language.
     *
     * @param item  the item's key, such as {@code viewpoint/E}, not null
     * @param language  the language, not null
     * @return the variant, empty if the item has none in that language
     */
    public Optional<Variant> variant(String item, Language language) {
        return variants.stream().filter(v -> v.item().equals(item) && v.language().equals(language)).findFirst();
    }

    /**
     * Lists the items written in a language.
     *
     * @param language  the language, not null
     * @return the item keys in order, not null, may be empty
     */
    public List<String> itemsIn(Language language) {
        return variants.stream().filter(v -> v.language().equals(language)).map(Variant::item).toList();
    }

    /**
     * Finds a viewpoint.
     *
     * @param code  the code, not null
     * @return the viewpoint, empty if none
     */
    public Optional<Viewpoint> viewpoint(ViewpointCode code) {
        return Optional.ofNullable(viewpointsByCode.get(code));
    }

    /**
     * Finds an initiative.
     *
     * @param id  the id, not null
     * @return the initiative, empty if none
     */
    public Optional<Initiative> initiative(String id) {
        return Optional.ofNullable(initiativesById.get(id));
    }

    /**
     * Finds a department.
     *
     * @param id  the id, not null
     * @return the department, empty if none
     */
    public Optional<Department> department(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Finds a governance body.
     *
     * @param id  the id, not null
     * @return the body, empty if none
     */
    public Optional<GovernanceBody> governanceBody(String id) {
        return governance.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * Lists the bodies that report to a body, in display order.
     *
     * @param id  the parent's id, not null
     * @return the children, not null, may be empty
     */
    public List<GovernanceBody> governanceChildren(String id) {
        return governance.stream().filter(g -> g.parent().map(id::equals).orElse(false)).toList();
    }

    /**
     * Finds a glossary term.
     *
     * @param id  the id, not null
     * @return the term, empty if none
     */
    public Optional<GlossaryTerm> glossaryTerm(String id) {
        return glossary.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * Finds the action plan of a fiscal year.
     *
     * @param year  the fiscal year, not null
     * @return the action plan, empty if none
     */
    public Optional<ActionPlan> actionPlan(FiscalYear year) {
        return Optional.ofNullable(actionPlansByYear.get(year));
    }

    /**
     * Finds the annual review of a fiscal year.
     *
     * @param year  the fiscal year, not null
     * @return the review, empty if none
     */
    public Optional<AnnualReview> review(FiscalYear year) {
        return reviews.stream().filter(r -> r.fiscalYear().equals(year)).findFirst();
    }

    /**
     * Lists the initiatives that serve a viewpoint.
     *
     * @param code  the viewpoint, not null
     * @return the initiatives by id, not null, may be empty
     */
    public List<Initiative> initiativesFor(ViewpointCode code) {
        return initiatives.stream().filter(i -> i.serves(code)).toList();
    }

    /**
     * Lists the initiatives of a department.
     *
     * @param departmentId  the department id, not null
     * @return the initiatives by id, not null, may be empty
     */
    public List<Initiative> initiativesOf(String departmentId) {
        return initiatives.stream().filter(i -> i.department().map(departmentId::equals).orElse(false)).toList();
    }

    /**
     * Lists the initiatives of a fiscal year: those in that year's action plan or whose period includes it.
     *
     * @param year  the fiscal year, not null
     * @return the initiatives by id, not null, may be empty
     */
    public List<Initiative> initiativesIn(FiscalYear year) {
        Optional<ActionPlan> ap = actionPlan(year);
        return initiatives.stream()
                .filter(i -> i.runsIn(year) || ap.flatMap(a -> a.entry(i.id())).isPresent())
                .toList();
    }

    /**
     * Lists an initiative's entries in the action plans, by fiscal year.
     *
     * @param initiativeId  the initiative id, not null
     * @return the entries, not null, may be empty
     */
    public List<ActionPlanEntry> entriesOf(String initiativeId) {
        return actionPlans.stream().flatMap(a -> a.entry(initiativeId).stream()).toList();
    }

    /**
     * Lists an initiative's OODA cycles by decision date.
     *
     * @param initiativeId  the initiative id, not null
     * @return the cycles, not null, may be empty
     */
    public List<OodaCycle> cyclesOf(String initiativeId) {
        return oodaCycles.stream().filter(c -> c.initiative().map(initiativeId::equals).orElse(false)).toList();
    }

    /**
     * Lists the OODA cycles about the whole plan.
     *
     * @return the cycles by decision date, not null, may be empty
     */
    public List<OodaCycle> planWideCycles() {
        return oodaCycles.stream().filter(OodaCycle::isPlanWide).toList();
    }

    /**
     * Lists the annual reviews that took up any OODA cycle of an initiative.
     *
     * @param initiativeId  the initiative id, not null
     * @return the reviews by fiscal year, not null, may be empty
     */
    public List<AnnualReview> reviewsOf(String initiativeId) {
        List<String> cycles = cyclesOf(initiativeId).stream().map(OodaCycle::id).toList();
        return reviews.stream().filter(r -> r.oodaCycles().stream().anyMatch(cycles::contains)).toList();
    }

    /**
     * Lists the plan-changing OODA cycles that no review of the same or a later fiscal year took up.
     *
     * @return the cycles by decision date, not null, may be empty
     */
    public List<OodaCycle> unreviewedPlanChanges() {
        return oodaCycles.stream()
                .filter(OodaCycle::requiresPlanRevision)
                .filter(c -> reviews.stream().noneMatch(r -> r.tookUp(c.id()) && !r.fiscalYear().isBefore(c.fiscalYear())))
                .toList();
    }

    /**
     * Gets an indicator's series: baseline, current targets and actuals by fiscal year.
     *
     * @param initiativeId  the initiative id, not null
     * @param indicatorId  the indicator id, not null
     * @return the series, empty if there is no such indicator
     */
    public Optional<IndicatorSeries> series(String initiativeId, String indicatorId) {
        return initiative(initiativeId).flatMap(i -> i.indicator(indicatorId)).map(indicator -> {
            Map<FiscalYear, BigDecimal> targets = indicator.currentTargets().stream()
                    .collect(Collectors.toMap(Target::year, Target::value, (a, b) -> b, TreeMap::new));
            Map<FiscalYear, BigDecimal> actuals = new TreeMap<>();
            for (ActionPlanEntry e : entriesOf(initiativeId)) {
                e.actual(indicatorId).ifPresent(a -> actuals.put(e.fiscalYear(), a.value()));
            }
            return new IndicatorSeries(initiativeId, indicator, new TreeMap<>(targets), new TreeMap<>(actuals));
        });
    }

    /**
     * Gets the progress status of every indicator and initiative in each fiscal year with an action plan, and its
     * roll-ups per year, viewpoint and department; the method is described in {@link PlanProgress}. For example,
     * the status of 除雪車ナビ in fiscal 2022:
     * <pre>{@code
     * ProgressStatus s = model.progress().initiative("snow-plow-navi", FiscalYear.of(2022))
     *         .map(PlanProgress.InitiativeProgress::status).orElse(ProgressStatus.NOT_AVAILABLE);
     * }</pre>
     *
     * @return the progress, computed once with the model, not null
     */
    public PlanProgress progress() {
        return progress;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PlanModel o
                && plan.equals(o.plan) && viewpoints.equals(o.viewpoints) && initiatives.equals(o.initiatives)
                && departments.equals(o.departments) && governance.equals(o.governance)
                && actionPlans.equals(o.actionPlans) && oodaCycles.equals(o.oodaCycles) && reviews.equals(o.reviews)
                && glossary.equals(o.glossary) && references.equals(o.references) && pages.equals(o.pages)
                && variants.equals(o.variants);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(plan, viewpoints, initiatives, departments, governance, actionPlans,
                oodaCycles, reviews, glossary, references, pages, variants);
    }

    @Override
    public String toString() {
        return "PlanModel[" + plan.id() + ": " + viewpoints.size() + " viewpoints, " + initiatives.size()
                + " initiatives, " + actionPlans.size() + " action plans, " + oodaCycles.size() + " OODA cycles, "
                + reviews.size() + " reviews]";
    }

    /**
     * Collects the parts of a {@link PlanModel}. Not thread-safe; the model it builds is.
     */
    public static final class Builder {
        private final Plan plan;
        private final List<Viewpoint> viewpoints = new java.util.ArrayList<>();
        private final List<Initiative> initiatives = new java.util.ArrayList<>();
        private final List<Department> departments = new java.util.ArrayList<>();
        private final List<GovernanceBody> governance = new java.util.ArrayList<>();
        private final List<ActionPlan> actionPlans = new java.util.ArrayList<>();
        private final List<OodaCycle> oodaCycles = new java.util.ArrayList<>();
        private final List<AnnualReview> reviews = new java.util.ArrayList<>();
        private final List<GlossaryTerm> glossary = new java.util.ArrayList<>();
        private final List<ReferenceMaterial> references = new java.util.ArrayList<>();
        private final List<Page> pages = new java.util.ArrayList<>();
        private final List<Variant> variants = new java.util.ArrayList<>();

        private Builder(Plan plan) {
            this.plan = Checks.notNull(plan, "plan");
        }

        /**
         * Adds a viewpoint.
         *
         * @param v  a viewpoint, not null
         * @return this builder
         */
        public Builder add(Viewpoint v) {
            viewpoints.add(Checks.notNull(v, "viewpoint"));
            return this;
        }

        /**
         * Adds an initiative.
         *
         * @param i  an initiative, not null
         * @return this builder
         */
        public Builder add(Initiative i) {
            initiatives.add(Checks.notNull(i, "initiative"));
            return this;
        }

        /**
         * Adds a department.
         *
         * @param d  a department, not null
         * @return this builder
         */
        public Builder add(Department d) {
            departments.add(Checks.notNull(d, "department"));
            return this;
        }

        /**
         * Adds a governance body.
         *
         * @param g  a governance body, not null
         * @return this builder
         */
        public Builder add(GovernanceBody g) {
            governance.add(Checks.notNull(g, "governance body"));
            return this;
        }

        /**
         * Adds an action plan.
         *
         * @param a  an action plan, not null
         * @return this builder
         */
        public Builder add(ActionPlan a) {
            actionPlans.add(Checks.notNull(a, "action plan"));
            return this;
        }

        /**
         * Adds an OODA cycle.
         *
         * @param c  an OODA cycle, not null
         * @return this builder
         */
        public Builder add(OodaCycle c) {
            oodaCycles.add(Checks.notNull(c, "OODA cycle"));
            return this;
        }

        /**
         * Adds an annual review.
         *
         * @param r  an annual review, not null
         * @return this builder
         */
        public Builder add(AnnualReview r) {
            reviews.add(Checks.notNull(r, "annual review"));
            return this;
        }

        /**
         * Adds a glossary term.
         *
         * @param t  a glossary term, not null
         * @return this builder
         */
        public Builder add(GlossaryTerm t) {
            glossary.add(Checks.notNull(t, "glossary term"));
            return this;
        }

        /**
         * Adds a reference material.
         *
         * @param r  a reference material, not null
         * @return this builder
         */
        public Builder add(ReferenceMaterial r) {
            references.add(Checks.notNull(r, "reference"));
            return this;
        }

        /**
         * Adds a page.
         *
         * @param p  a page, not null
         * @return this builder
         */
        public Builder add(Page p) {
            pages.add(Checks.notNull(p, "page"));
            return this;
        }

        /**
         * Adds a language variant.
         *
         * @param v  a language variant, not null
         * @return this builder
         */
        public Builder add(Variant v) {
            variants.add(Checks.notNull(v, "variant"));
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model, not null
         * @throws PlanModelException if an id appears twice
         */
        public PlanModel build() {
            return new PlanModel(this);
        }
    }
}
