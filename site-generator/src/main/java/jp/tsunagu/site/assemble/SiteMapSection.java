package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/** The way round the site: the site map (サイトマップ) and the page shown for a missing address (404). */
final class SiteMapSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;

    SiteMapSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
    }

    @Override
    public List<Page> pages() {
        return List.of(siteMap(), assembly.page(SitePaths.NOT_FOUND, "404.ftlh", "ページが見つかりません",
                "お探しのページは見つかりませんでした。", List.of(), "", Map.of()));
    }

    private Page siteMap() {
        List<Views.LinkGroup> groups = new ArrayList<>();
        groups.add(new Views.LinkGroup("計画", List.of(new Link("ホーム", SitePaths.HOME), new Link("基本方針", SitePaths.POLICY),
                new Link("推進体制と役割", SitePaths.GOVERNANCE), new Link("用語集", SitePaths.GLOSSARY),
                new Link("資料編", SitePaths.REFERENCES), new Link("OODAループの記録", SitePaths.OODA))));
        groups.add(new Views.LinkGroup("取組の基本となる観点", model.viewpoints().stream().map(PlanViews::viewpointLink).toList()));
        groups.add(new Views.LinkGroup("取組", model.initiatives().stream()
                .map(i -> new Link(i.title(), SitePaths.initiative(i.id()))).toList()));
        if (!model.actionPlans().isEmpty()) {
            groups.add(new Views.LinkGroup("アクションプラン", model.actionPlans().stream()
                    .map(a -> new Link(a.title(), SitePaths.actionPlan(a.fiscalYear()))).toList()));
        }
        List<Link> progress = new ArrayList<>(List.of(new Link("進捗状況（年度ごと）", SitePaths.PROGRESS)));
        model.progress().years().forEach(y -> progress.add(new Link(ProgressSection.yearLabel(y) + "の進捗状況",
                SitePaths.progress(y, 1))));
        groups.add(new Views.LinkGroup("進捗状況", progress));
        if (!model.reviews().isEmpty()) {
            groups.add(new Views.LinkGroup("年次評価", model.reviews().stream().map(PlanViews::reviewLink).toList()));
        }
        if (!model.pages().isEmpty()) {
            groups.add(new Views.LinkGroup("ページ", model.pages().stream()
                    .map(p -> new Link(p.title(), assembly.pagePath(p.id()))).toList()));
        }
        groups.add(new Views.LinkGroup("オープンデータ", List.of(new Link("オープンデータ（ファイルの一覧と利用条件）", SitePaths.OPENDATA),
                new Link("計画データ（JSON）", SitePaths.PLAN_JSON),
                new Link("更新情報（Atom フィード）", SitePaths.FEED))));
        groups.add(new Views.LinkGroup("このサイトについて", List.of(new Link("ウェブアクセシビリティ方針", SitePaths.ACCESSIBILITY),
                new Link("ウェブアクセシビリティ試験結果", SitePaths.TEST_REPORT))));
        return assembly.page(SitePaths.SITEMAP, "sitemap.ftlh", "サイトマップ", "このサイトのすべてのページ。", Assembly.crumbs(),
                "sitemap", Map.of("groups", groups));
    }
}
