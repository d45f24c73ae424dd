package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.IndicatorSeries;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The list of initiatives (取組), split into pages of {@link Paging#CARDS}, and a page per initiative: its indicators with targets, actuals and chart, its
 * action-plan entries, OODA cycles and reviews.
 */
final class InitiativesSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;
    private final PlanViews views;

    InitiativesSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
        this.views = new PlanViews(model);
    }

    @Override
    public List<Page> pages() {
        return LazyPage.whole(lazyPages());
    }

    /**
     * The list pages, then a page per initiative; each makes its cards or its view when rendered, from the plan.
     */
    @Override
    public List<LazyPage> lazyPages() {
        List<LazyPage> pages = new ArrayList<>();
        List<Initiative> all = model.initiatives();
        List<List<Initiative>> split = Paging.split(all, Paging.CARDS);
        int lists = split.size();
        for (int n = 1; n <= lists; n++) {
            int page = n;
            List<Initiative> shown = split.get(n - 1);
            pages.add(assembly.lazyPage(SitePaths.paged(SitePaths.INITIATIVES, n), "initiatives.ftlh",
                    Paging.title("取組の一覧", n, lists), "計画の取組の一覧と、それぞれが対応する観点。",
                    n == 1 ? Assembly.crumbs() : Assembly.crumbs(new Link("取組の一覧", SitePaths.INITIATIVES)),
                    "initiatives", () -> Map.of("initiatives", shown.stream().map(views::card).toList(),
                            "pager", Paging.pager(SitePaths.INITIATIVES, page, lists, all.size()))));
        }
        for (Initiative i : all) {
            pages.add(assembly.lazyPage(SitePaths.initiative(i.id()), "initiative.ftlh", i.title(), i.summary(),
                    Assembly.crumbs(new Link("取組", SitePaths.INITIATIVES)), "initiatives", () -> Map.of("initiative", view(i))));
        }
        return List.copyOf(pages);
    }

    private Views.InitiativeView view(Initiative i) {
        String root = SitePaths.root(SitePaths.initiative(i.id()));
        List<Views.IndicatorView> indicators = i.indicators().stream().map(k -> indicator(i, k)).toList();
        List<Views.EntryView> entries = model.entriesOf(i.id()).stream().map(e -> entry(e, i, root)).toList();
        List<Views.CycleView> cycles = model.cyclesOf(i.id()).stream().map(views::cycle).toList();
        List<Link> reviews = model.reviewsOf(i.id()).stream().map(PlanViews::reviewLink).toList();
        return new Views.InitiativeView(i.id(), i.title(), i.summary(), i.status().label(),
                views.departmentName(i.department()), PlanViews.period(i), views.viewpointLinks(i.viewpoints()),
                assembly.sections(i.body(), i.glossary(), root), indicators, entries, cycles, reviews);
    }

    private Views.IndicatorView indicator(Initiative i, Indicator k) {
        IndicatorSeries s = model.series(i.id(), k.id()).orElseThrow();
        String unit = k.unit();
        List<Views.SeriesRow> rows = new ArrayList<>();
        for (FiscalYear y : s.years()) {
            String baseline = k.baseline().filter(b -> b.year().equals(y)).map(b -> PlanViews.number(b.value(), unit)).orElse("");
            String target = Optional.ofNullable(s.targets().get(y)).map(v -> PlanViews.number(v, unit)).orElse("");
            String actual = Optional.ofNullable(s.actuals().get(y)).map(v -> PlanViews.number(v, unit)).orElse("");
            Optional<IndicatorSeries.Progress> p = s.progress(y);
            String progress = p.flatMap(IndicatorSeries.Progress::ratio)
                    .map(r -> r.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%").orElse("");
            String achieved = p.map(x -> x.achieved() ? "達成" : "未達成").orElse("");
            rows.add(new Views.SeriesRow(y.toWareki() + "（" + y.year() + "）", baseline, target, actual, progress, achieved));
        }
        List<Views.TargetChange> history = k.targets().stream()
                .filter(t -> k.targetHistory(t.year()).size() > 1)
                .map(t -> new Views.TargetChange(t.year().toWareki(), PlanViews.number(t.value(), unit), Dates.ja(t.decided()),
                        t.decided().toString(), t.note().orElse("")))
                .toList();
        return new Views.IndicatorView(k.id(), k.name(), unit, k.direction().label(),
                IndicatorChart.svg(s, "chart-" + k.id()), rows, history);
    }

    private Views.EntryView entry(ActionPlanEntry e, Initiative i, String root) {
        ActionPlan ap = model.actionPlan(e.fiscalYear()).orElseThrow();
        String rating = e.rating().map(code -> PlanViews.ratingText(ap, code)).orElse("");
        return new Views.EntryView(e.fiscalYear().toWareki() + "（" + e.fiscalYear().year() + "年度）",
                SitePaths.actionPlan(e.fiscalYear()), rating, e.nextDirection().orElse(""),
                assembly.sections(e.body(), i.glossary(), root, "fy" + e.fiscalYear().year() + "-"));
    }
}
