package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.site.assemble.Views.Link;
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
        List<Page> pages = new ArrayList<>();
        pages.add(assembly.page(SitePaths.VIEWPOINTS, "viewpoints.ftlh", "取組の基本となる観点", "情報化推進の9つの観点と、それぞれの取組。",
                Assembly.crumbs(), "viewpoints", Map.of("viewpoints", views.viewpointCards())));
        List<Viewpoint> all = assembly.model().viewpoints();
        for (int i = 0; i < all.size(); i++) {
            Viewpoint v = all.get(i);
            String path = SitePaths.viewpoint(v.code());
            Link prev = i > 0 ? PlanViews.viewpointLink(all.get(i - 1)) : new Link("", "");
            Link next = i < all.size() - 1 ? PlanViews.viewpointLink(all.get(i + 1)) : new Link("", "");
            String description = v.body().section("説明").map(md -> assembly.html(md, v.glossary(), SitePaths.root(path)))
                    .orElse("");
            List<Views.InitiativeCard> cards = assembly.model().initiativesFor(v.code()).stream().map(views::card).toList();
            List<List<Views.InitiativeCard>> split = Paging.split(cards, Paging.CARDS);
            String title = "観点" + v.code().letter() + " " + v.name();
            for (int n = 1; n <= split.size(); n++) {
                Views.ViewpointView view = new Views.ViewpointView(v.code().letter(), v.name(), v.summary(), description,
                        split.get(n - 1), prev, next);
                List<Link> crumbs = n == 1 ? Assembly.crumbs(new Link("観点", SitePaths.VIEWPOINTS))
                        : Assembly.crumbs(new Link("観点", SitePaths.VIEWPOINTS), new Link(title, path));
                pages.add(assembly.page(SitePaths.paged(path, n), "viewpoint.ftlh", Paging.title(title, n, split.size()),
                        v.summary(), crumbs, "viewpoints",
                        Map.of("viewpoint", view, "pager", Paging.pager(path, n, split.size(), cards.size()))));
            }
        }
        return List.copyOf(pages);
    }
}
