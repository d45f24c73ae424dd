package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The list of viewpoints (観点) and a page per viewpoint with its initiatives (split into pages of {@link Paging#CARDS}),
 * linked to the previous and next viewpoint.
 */
final class ViewpointsSection implements SiteSection {
    private final Assembly assembly;
    private final PlanViews views;

    ViewpointsSection(Assembly assembly) {
        this.assembly = assembly;
        this.views = new PlanViews(assembly.model());
    }

    @Override
    public List<Page> pages() {
        return LazyPage.whole(lazyPages());
    }

    /** The list of viewpoints, then each viewpoint's pages, which make their initiatives' cards when rendered. */
    @Override
    public List<LazyPage> lazyPages() {
        List<LazyPage> pages = new ArrayList<>();
        pages.add(LazyPage.of(assembly.page(SitePaths.VIEWPOINTS, "viewpoints.ftlh", "取組の基本となる観点", "情報化推進の9つの観点と、それぞれの取組。",
                Assembly.crumbs(), "viewpoints", Map.of("viewpoints", views.viewpointCards()))));
        List<Viewpoint> all = assembly.model().viewpoints();
        for (int i = 0; i < all.size(); i++) {
            Viewpoint v = all.get(i);
            String path = SitePaths.viewpoint(v.code());
            Link prev = i > 0 ? PlanViews.viewpointLink(all.get(i - 1)) : new Link("", "");
            Link next = i < all.size() - 1 ? PlanViews.viewpointLink(all.get(i + 1)) : new Link("", "");
            String description = v.body().section("説明").map(md -> assembly.html(md, v.glossary(), SitePaths.root(path)))
                    .orElse("");
            List<Initiative> initiatives = assembly.model().initiativesFor(v.code());
            List<List<Initiative>> split = Paging.split(initiatives, Paging.CARDS);
            int lists = split.size();
            String title = "観点" + v.code().letter() + " " + v.name();
            for (int n = 1; n <= lists; n++) {
                int page = n;
                List<Initiative> shown = split.get(n - 1);
                List<Link> crumbs = n == 1 ? Assembly.crumbs(new Link("観点", SitePaths.VIEWPOINTS))
                        : Assembly.crumbs(new Link("観点", SitePaths.VIEWPOINTS), new Link(title, path));
                pages.add(assembly.lazyPage(SitePaths.paged(path, n), "viewpoint.ftlh", Paging.title(title, n, lists),
                        v.summary(), crumbs, "viewpoints", () -> Map.of("viewpoint", new Views.ViewpointView(v.code().letter(),
                                v.name(), v.summary(), description, shown.stream().map(views::card).toList(), prev, next),
                                "pager", Paging.pager(path, page, lists, initiatives.size()))));
            }
        }
        return List.copyOf(pages);
    }
}
