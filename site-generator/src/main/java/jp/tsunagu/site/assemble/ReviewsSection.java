package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.EnumMap;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.PlanProgress;
import jp.tsunagu.plan.StatusChange;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/**
 * The annual reviews (年次評価): the list of years and a page per review that ties the year together: the statuses of
 * its action plan, what changed from the previous year's plan, the next-year directions decided and the OODA cycles
 * it took up.
 */
final class ReviewsSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;
    private final PlanViews views;

    ReviewsSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
        this.views = new PlanViews(model);
    }

    @Override
    public List<Page> pages() {
        if (model.reviews().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        pages.add(assembly.page(SitePaths.REVIEWS, "reviews.ftlh", "年次評価", "年度ごとの計画の評価（PDCAの評価・改善）。",
                Assembly.crumbs(), "reviews", Map.of("years", model.reviews().stream().map(PlanViews::reviewLink).toList())));
        for (AnnualReview r : model.reviews()) {
            String path = SitePaths.review(r.fiscalYear());
            String root = SitePaths.root(path);
            List<Views.CycleView> cycles = r.oodaCycles().stream()
                    .flatMap(id -> model.oodaCycles().stream().filter(c -> c.id().equals(id))).map(views::cycle).toList();
            Views.ReviewView view = new Views.ReviewView(r.fiscalYear().toWareki() + "（" + r.fiscalYear().year() + "年度）",
                    Dates.ja(r.reviewed()), r.reviewed().toString(),
                    r.reviewedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""),
                    assembly.sections(r.body(), List.of(), root), cycles);
            Map<String, Object> values = new java.util.LinkedHashMap<>();
            values.put("review", view);
            progress(r.fiscalYear()).ifPresent(p -> values.put("progress", p));
            pages.add(assembly.page(path, "review.ftlh", r.fiscalYear().toWareki() + "の年次評価",
                    r.fiscalYear().toWareki() + "の計画の評価と改善。", Assembly.crumbs(new Link("年次評価", SitePaths.REVIEWS)),
                    "reviews", values));
        }
        return List.copyOf(pages);
    }

    /**
     * What the reviewed year's action plan shows: its statuses, the initiatives added to and dropped from the previous
     * year's plan, how many statuses rose or fell, and the next-year directions decided; empty without an action plan.
     */
    private java.util.Optional<Views.ReviewProgress> progress(FiscalYear y) {
        return model.actionPlan(y).map(ap -> {
            PlanProgress progress = model.progress();
            java.util.Optional<ActionPlan> before = model.actionPlans().stream().filter(a -> a.fiscalYear().isBefore(y))
                    .reduce((a, b) -> b);
            Set<String> now = ap.entries().stream().map(ActionPlanEntry::initiative).collect(Collectors.toSet());
            Set<String> then = before.map(a -> a.entries().stream().map(ActionPlanEntry::initiative)
                    .collect(Collectors.toSet())).orElse(Set.of());
            List<Link> added = before.isEmpty() ? List.of() : initiativeLinks(now.stream().filter(i -> !then.contains(i)));
            List<Link> removed = initiativeLinks(then.stream().filter(i -> !now.contains(i)));
            Map<StatusChange, Long> changes = progress.initiatives(y).stream()
                    .map(p -> progress.change(p.initiative(), y).orElse(StatusChange.NEW))
                    .collect(Collectors.groupingBy(c -> c, () -> new EnumMap<>(StatusChange.class), Collectors.counting()));
            List<String> changeTexts = changes.entrySet().stream()
                    .map(e -> e.getKey().glyph() + " " + e.getKey().label() + "：" + e.getValue() + "件").toList();
            Map<String, Long> directions = ap.entries().stream().flatMap(e -> e.nextDirection().stream())
                    .collect(Collectors.groupingBy(d -> d, java.util.TreeMap::new, Collectors.counting()));
            List<String> directionTexts = model.plan().directions().stream().filter(directions::containsKey)
                    .map(d -> d + "：" + directions.get(d) + "件").collect(Collectors.toCollection(ArrayList::new));
            directions.keySet().stream().filter(d -> !model.plan().directions().contains(d))
                    .forEach(d -> directionTexts.add(d + "：" + directions.get(d) + "件"));
            return new Views.ReviewProgress(ProgressSection.statuses(), ProgressSection.countRow(
                    new Link(ProgressSection.yearLabel(y), SitePaths.progress(y, 1)), progress.year(y)),
                    new Link(ProgressSection.yearLabel(y) + "の進捗状況（取組ごと）", SitePaths.progress(y, 1)), added, removed,
                    changeTexts, directionTexts);
        });
    }

    private List<Link> initiativeLinks(java.util.stream.Stream<String> ids) {
        return ids.sorted().flatMap(id -> model.initiative(id).stream())
                .map(i -> new Link(i.title(), SitePaths.initiative(i.id()))).toList();
    }
}
