package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The free pages ({@code pages/*.md}): one page each, named after its content file; and, when there are more than
 * the home page lists ({@link Paging#HOME_ITEMS}), their list ({@value SitePaths#PAGES}) split into pages of
 * {@link Paging#LINKS}.
 */
final class FreePagesSection implements SiteSection {
    private final Assembly assembly;

    FreePagesSection(Assembly assembly) {
        this.assembly = assembly;
    }

    /**
     * Tells whether a plan's free pages get a list page: when the home page shows only the first of them.
     *
     * @param model  the plan, not null
     * @return true if {@value SitePaths#PAGES} is made
     */
    static boolean listed(PlanModel model) {
        return model.pages().size() > Paging.HOME_ITEMS;
    }

    @Override
    public List<Page> pages() {
        return LazyPage.whole(lazyPages());
    }

    /** A page per free page, which makes its body when rendered, then the list pages if the home page cannot list them all. */
    @Override
    public List<LazyPage> lazyPages() {
        List<LazyPage> pages = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (var p : assembly.model().pages()) {
            String path = assembly.pagePath(p.id());
            links.add(new Link(p.title(), path));
            pages.add(assembly.lazyPage(path, "page.ftlh", p.title(), p.title(), Assembly.crumbs(), "pages",
                    () -> Map.of("sections", assembly.sections(p.body(), p.glossary(), SitePaths.root(path)))));
        }
        if (listed(assembly.model())) {
            List<List<Link>> split = Paging.split(links, Paging.LINKS);
            for (int n = 1; n <= split.size(); n++) {
                pages.add(LazyPage.of(assembly.page(SitePaths.paged(SitePaths.PAGES, n), "pages.ftlh",
                        Paging.title("ページの一覧", n, split.size()), "このサイトのページの一覧。",
                        n == 1 ? Assembly.crumbs() : Assembly.crumbs(new Link("ページの一覧", SitePaths.PAGES)),
                        "pages", Map.of("links", split.get(n - 1), "pager", Paging.pager(SitePaths.PAGES, n, split.size(), links.size())))));
            }
        }
        return List.copyOf(pages);
    }
}
