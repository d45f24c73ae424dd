package jp.tsunagu.site.assemble;

import java.util.List;
import java.util.Map;

import jp.tsunagu.site.render.Page;

/** The record of every OODA cycle (OODAループの記録), on one page. */
final class OodaSection implements SiteSection {
    private final Assembly assembly;
    private final PlanViews views;

    OodaSection(Assembly assembly) {
        this.assembly = assembly;
        this.views = new PlanViews(assembly.model());
    }

    @Override
    public List<Page> pages() {
        List<Views.CycleView> cycles = assembly.model().oodaCycles().stream().map(views::cycle).toList();
        return List.of(assembly.page(SitePaths.OODA, "ooda.ftlh", "OODAループの記録", "現場での迅速な意思決定（OODAループ）の記録の一覧。",
                Assembly.crumbs(), "ooda", Map.of("cycles", cycles)));
    }
}
