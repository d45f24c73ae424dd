package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/**
 * The home page and the basic policy (基本方針). The home page lists at most {@link Paging#HOME_ITEMS} action-plan
 * years (the latest) and free pages (the first), with a link to the full list when there are more.
 */
final class HomeSection implements SiteSection {
    private final Assembly assembly;
    private final PlanViews views;

    HomeSection(Assembly assembly) {
        this.assembly = assembly;
        this.views = new PlanViews(assembly.model());
    }

    @Override
    public List<Page> pages() {
        return List.of(home(), policy());
    }

    private Page home() {
        PlanModel model = assembly.model();
        Plan plan = model.plan();
        List<Views.Part> parts = new ArrayList<>();
        for (var p : plan.parts()) {
            String href = switch (p.name()) {
                case "基本方針" -> SitePaths.POLICY;
                case "アクションプラン" -> model.actionPlans().isEmpty() ? SitePaths.INITIATIVES : SitePaths.ACTION_PLANS;
                case "資料編" -> SitePaths.REFERENCES;
                default -> "";
            };
            parts.add(new Views.Part(p.name(), p.summary(), href));
        }
        String purpose = plan.body().section("計画の目的").map(md -> assembly.html(md, plan.glossary(), "")).orElse("");
        List<Link> actionPlans = model.actionPlans().stream()
                .map(a -> new Link(a.fiscalYear().toWareki() + "（" + a.fiscalYear().year() + "年度）" + "のアクションプラン",
                        SitePaths.actionPlan(a.fiscalYear())))
                .toList();
        List<Link> free = model.pages().stream().map(p -> new Link(p.title(), assembly.pagePath(p.id()))).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        // Lists that grow with the site are summarised: the latest years and the first pages, and a link to all.
        if (actionPlans.size() > Paging.HOME_ITEMS) {
            values.put("moreActionPlans", new Link("すべての年度のアクションプラン（" + actionPlans.size() + "件）", SitePaths.ACTION_PLANS));
            actionPlans = actionPlans.subList(actionPlans.size() - Paging.HOME_ITEMS, actionPlans.size());
        }
        if (FreePagesSection.listed(model)) {
            values.put("morePages", new Link("すべてのページ（" + free.size() + "件）", SitePaths.PAGES));
            free = free.subList(0, Paging.HOME_ITEMS);
        }
        Views.Home home = new Views.Home(plan.basicPrinciple(), plan.vision().orElse(""), purpose, parts, views.viewpointCards(),
                List.copyOf(actionPlans), List.copyOf(free), Dates.ja(plan.adopted()), plan.parentPlan());
        values.put("home", home);
        values.put("jsonLd", assembly.structured().home(assembly.lastUpdated().toString()));
        values.put("progress", progress(model));
        return assembly.page(SitePaths.HOME, "home.ftlh", plan.title(), plan.municipality().name() + "の" + plan.title()
                + "。基本理念は「" + plan.basicPrinciple() + "」。", List.of(), "home", values);
    }

    /** The latest fiscal year's counts by status, or an overview that says no results have been published. */
    private static Views.ProgressOverview progress(PlanModel model) {
        var latest = model.progress().latestYear();
        List<Views.CountRow> rows = latest.map(y -> List.of(ProgressSection.countRow(
                new Link(ProgressSection.yearLabel(y), SitePaths.progress(y, 1)), model.progress().year(y)))).orElse(List.of());
        return new Views.ProgressOverview(ProgressSection.statuses(), rows, "", latest.map(ProgressSection::yearLabel).orElse(""),
                latest.map(y -> new Link(ProgressSection.yearLabel(y) + "の進捗状況", SitePaths.progress(y, 1)))
                        .orElse(new Link("進捗状況", SitePaths.PROGRESS)));
    }

    private Page policy() {
        Plan plan = assembly.model().plan();
        List<String> legal = plan.legalBases().stream().map(l -> l.name() + l.article().map(a -> " " + a).orElse("")
                + l.note().map(n -> "（" + n + "）").orElse("")).toList();
        List<Views.Revision> revisions = plan.revisions().stream()
                .map(r -> new Views.Revision(Dates.ja(r.date()), r.date().toString(), r.summary())).toList();
        Views.Policy policy = new Views.Policy(Dates.ja(plan.adopted()), plan.parentPlan(), legal, plan.basicPrinciple(),
                plan.vision().orElse(""), assembly.sections(plan.body(), plan.glossary(), SitePaths.root(SitePaths.POLICY)),
                revisions);
        return assembly.page(SitePaths.POLICY, "policy.ftlh", "基本方針",
                plan.title() + "の基本方針：目的、位置付け、構成、基本理念、推進体制と手法。", Assembly.crumbs(), "policy",
                Map.of("policy", policy));
    }
}
