package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/** The home page and the basic policy (基本方針). */
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
        Views.Home home = new Views.Home(plan.basicPrinciple(), plan.vision().orElse(""), purpose, parts, views.viewpointCards(),
                actionPlans, free, Dates.ja(plan.adopted()), plan.parentPlan());
        return assembly.page(SitePaths.HOME, "home.ftlh", plan.title(), plan.municipality().name() + "の" + plan.title()
                + "。基本理念は「" + plan.basicPrinciple() + "」。", List.of(), "home",
                Map.of("home", home, "jsonLd", assembly.structured().home(assembly.lastUpdated().toString()),
                        "progress", progress(model)));
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
