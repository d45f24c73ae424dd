package jp.tsunagu.site.assemble;

import java.util.List;
import java.util.Map;

import jp.tsunagu.site.render.Page;

/** The open-data page (オープンデータ): every file the build publishes, with its licence and structured data. */
final class OpenDataSection implements SiteSection {
    private final Assembly assembly;

    OpenDataSection(Assembly assembly) {
        this.assembly = assembly;
    }

    @Override
    public List<Page> pages() {
        String description = OpenDataPage.description(assembly.model());
        return List.of(assembly.page(SitePaths.OPENDATA, "opendata.ftlh", "オープンデータ", description, Assembly.crumbs(),
                "opendata", Map.of("openData", OpenDataPage.view(assembly.model(), assembly.openData()), "jsonLd",
                        assembly.structured().openData(SitePaths.OPENDATA, assembly.openData(), description))));
    }
}
