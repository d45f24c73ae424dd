package jp.tsunagu.site.assemble;

import java.util.List;
import java.util.Map;

import jp.tsunagu.site.render.Page;

/** The free pages ({@code pages/*.md}): one page each, named after its content file. */
final class FreePagesSection implements SiteSection {
    private final Assembly assembly;

    FreePagesSection(Assembly assembly) {
        this.assembly = assembly;
    }

    @Override
    public List<Page> pages() {
        return assembly.model().pages().stream().map(p -> {
            String path = assembly.pagePath(p.id());
            return assembly.page(path, "page.ftlh", p.title(), p.title(), Assembly.crumbs(), "pages",
                    Map.of("sections", assembly.sections(p.body(), p.glossary(), SitePaths.root(path))));
        }).toList();
    }
}
