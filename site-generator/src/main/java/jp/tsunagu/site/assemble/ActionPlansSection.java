package jp.tsunagu.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/**
 * The action plans (アクションプラン): the list of years, and per year the whole plan and one page per viewpoint and per
 * department that has entries, each table split into pages of {@link Paging#ROWS}. A plan without action plans has none
 * of these pages.
 */
final class ActionPlansSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;
    private final PlanViews views;

    ActionPlansSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
        this.views = new PlanViews(model);
    }

    @Override
    public List<Page> pages() {
        if (model.actionPlans().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        List<Link> years = model.actionPlans().stream()
                .map(a -> new Link(a.fiscalYear().toWareki() + "（" + a.fiscalYear().year() + "年度）", SitePaths.actionPlan(a.fiscalYear())))
                .toList();
        pages.add(assembly.page(SitePaths.ACTION_PLANS, "action-plans.ftlh", "アクションプラン", "年度ごとのアクションプラン：取組の計画・実績・評価。",
                Assembly.crumbs(), "action-plans", Map.of("years", years)));
        for (ActionPlan ap : model.actionPlans()) {
            FiscalYear y = ap.fiscalYear();
            List<Link> vpFilters = model.viewpoints().stream()
                    .filter(v -> ap.entries().stream().anyMatch(e -> serves(e, v.code())))
                    .map(v -> new Link(v.code().letter() + " " + v.name(), SitePaths.actionPlanByViewpoint(y, v.code()))).toList();
            List<String> deptIds = ap.entries().stream()
                    .flatMap(e -> model.initiative(e.initiative()).flatMap(Initiative::department).stream())
                    .distinct().sorted().toList();
            List<Link> deptFilters = deptIds.stream()
                    .map(d -> new Link(views.departmentName(Optional.of(d)), SitePaths.actionPlanByDepartment(y, d))).toList();
            Link all = new Link("すべての取組", SitePaths.actionPlan(y));
            String title = ap.title();
            Link yearsCrumb = new Link("アクションプラン", SitePaths.ACTION_PLANS);
            pages.addAll(actionPlanPages(ap, SitePaths.actionPlan(y), ap.entries(), vpFilters, deptFilters, "", all, title,
                    Assembly.crumbs(yearsCrumb)));
            for (Viewpoint v : model.viewpoints()) {
                List<ActionPlanEntry> rows = ap.entries().stream().filter(e -> serves(e, v.code())).toList();
                if (!rows.isEmpty()) {
                    String label = "観点" + v.code().letter() + " " + v.name();
                    pages.addAll(actionPlanPages(ap, SitePaths.actionPlanByViewpoint(y, v.code()), rows, vpFilters, deptFilters,
                            label, all, title + "（" + label + "）",
                            Assembly.crumbs(yearsCrumb, new Link(title, SitePaths.actionPlan(y)))));
                }
            }
            for (String d : deptIds) {
                List<ActionPlanEntry> rows = ap.entries().stream()
                        .filter(e -> model.initiative(e.initiative()).flatMap(Initiative::department).map(d::equals).orElse(false))
                        .toList();
                String label = views.departmentName(Optional.of(d));
                pages.addAll(actionPlanPages(ap, SitePaths.actionPlanByDepartment(y, d), rows, vpFilters, deptFilters, label, all,
                        title + "（" + label + "）", Assembly.crumbs(yearsCrumb, new Link(title, SitePaths.actionPlan(y)))));
            }
        }
        return List.copyOf(pages);
    }

    private boolean serves(ActionPlanEntry e, ViewpointCode code) {
        return model.initiative(e.initiative()).map(i -> i.serves(code)).orElse(false);
    }

    /** One table of a year's entries, split into pages of {@link Paging#ROWS}. */
    private List<Page> actionPlanPages(ActionPlan ap, String path, List<ActionPlanEntry> entries, List<Link> vpFilters,
            List<Link> deptFilters, String filter, Link all, String title, List<Link> crumbs) {
        List<List<ActionPlanEntry>> split = Paging.split(entries, Paging.ROWS);
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= split.size(); n++) {
            List<Link> pageCrumbs = new ArrayList<>(crumbs);
            if (n > 1) {
                pageCrumbs.add(new Link(title, path));
            }
            pages.add(actionPlanPage(ap, SitePaths.paged(path, n), split.get(n - 1), vpFilters, deptFilters, filter, all,
                    Paging.title(title, n, split.size()), pageCrumbs, Paging.pager(path, n, split.size(), entries.size())));
        }
        return pages;
    }

    private Page actionPlanPage(ActionPlan ap, String path, List<ActionPlanEntry> entries, List<Link> vpFilters,
            List<Link> deptFilters, String filter, Link all, String title, List<Link> crumbs, Views.Pager pager) {
        List<Views.ActionPlanRow> rows = new ArrayList<>();
        for (ActionPlanEntry e : entries) {
            Initiative i = model.initiative(e.initiative()).orElseThrow();
            List<String> actuals = e.actuals().stream().map(a -> i.indicator(a.indicator())
                    .map(k -> k.name() + "：" + PlanViews.number(a.value(), k.unit())).orElse(a.indicator())).toList();
            rows.add(new Views.ActionPlanRow(new Link(i.title(), SitePaths.initiative(i.id())), views.viewpointLinks(i.viewpoints()),
                    views.departmentName(i.department()), e.rating().map(c -> PlanViews.ratingText(ap, c)).orElse(""),
                    e.nextDirection().orElse(""), actuals));
        }
        List<Views.Grade> scale = ap.ratingScale().ratings().stream()
                .map((Rating r) -> new Views.Grade(r.code(), r.label(), r.description().orElse(""))).toList();
        String overview = ap.body().section("概要").map(md -> assembly.html(md, List.of(), SitePaths.root(path))).orElse("");
        Views.ActionPlanView view = new Views.ActionPlanView(ap.fiscalYear().toWareki() + "（" + ap.fiscalYear().year() + "年度）",
                ap.title(), ap.published().map(Dates::ja).orElse(""), ap.published().map(LocalDate::toString).orElse(""),
                overview, rows, vpFilters, deptFilters, filter, all, scale);
        return assembly.page(path, "action-plan.ftlh", title, ap.fiscalYear().toWareki() + "の取組の計画・実績・評価の一覧"
                + (filter.isEmpty() ? "" : "（" + filter + "）") + "。", crumbs, "action-plans", Map.of("actionPlan", view, "pager", pager));
    }
}
