package jp.tsunagu.site.assemble;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.ReferenceMaterial;
import jp.tsunagu.site.render.Page;

/** The reference materials (資料編), on one page. */
final class ReferencesSection implements SiteSection {
    private final Assembly assembly;

    ReferencesSection(Assembly assembly) {
        this.assembly = assembly;
    }

    @Override
    public List<Page> pages() {
        List<Views.ReferenceView> refs = assembly.model().references().stream().map((ReferenceMaterial r) -> new Views.ReferenceView(
                r.id(), r.title(), r.kind().orElse(""), r.url().map(Object::toString).orElse(""),
                r.published().map(Dates::ja).orElse(""), r.published().map(LocalDate::toString).orElse(""),
                Assembly.markdown(r.body().markdown()))).toList();
        return List.of(assembly.page(SitePaths.REFERENCES, "references.ftlh", "資料編", "計画策定の背景となる資料。",
                Assembly.crumbs(), "references", Map.of("references", refs)));
    }
}
