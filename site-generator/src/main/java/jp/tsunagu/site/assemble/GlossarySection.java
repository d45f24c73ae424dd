package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.ja.Kana;
import jp.tsunagu.site.render.Page;

/** The glossary (用語集): the terms grouped by the 五十音 row of their reading, each with the pages that use it. */
final class GlossarySection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;

    GlossarySection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
    }

    @Override
    public List<Page> pages() {
        Map<String, List<Link>> usedBy = new LinkedHashMap<>();
        model.viewpoints().forEach(v -> v.glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>())
                .add(PlanViews.viewpointLink(v))));
        model.initiatives().forEach(i -> i.glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>())
                .add(new Link(i.title(), SitePaths.initiative(i.id())))));
        model.plan().glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(0, new Link("基本方針", SitePaths.POLICY)));
        Map<String, List<Views.TermView>> groups = new LinkedHashMap<>();
        for (GlossaryTerm t : model.glossary()) {
            Views.TermView view = new Views.TermView(t.id(), t.term(), t.reading(), t.aliases(),
                    t.footnote().map(n -> "※" + n).orElse(""), Assembly.markdown(t.definition().markdown()),
                    usedBy(usedBy.getOrDefault(t.id(), List.of())));
            groups.computeIfAbsent(Kana.row(t.reading()), k -> new ArrayList<>()).add(view);
        }
        List<Views.TermGroup> grouped = groups.entrySet().stream()
                .map(e -> new Views.TermGroup(e.getKey(), "row-" + Kana.rowId(e.getKey()), List.copyOf(e.getValue()))).toList();
        return List.of(assembly.page(SitePaths.GLOSSARY, "glossary.ftlh", "用語集", "計画で使われる用語の説明（五十音順）。",
                Assembly.crumbs(), "glossary", Map.of("groups", grouped)));
    }

    /** The pages that use a term: the first {@link Paging#TERM_PAGES}, then how many more (a link without address). */
    private static List<Link> usedBy(List<Link> pages) {
        if (pages.size() <= Paging.TERM_PAGES) {
            return List.copyOf(pages);
        }
        List<Link> shown = new ArrayList<>(pages.subList(0, Paging.TERM_PAGES));
        shown.add(new Link("ほか " + (pages.size() - Paging.TERM_PAGES) + " ページ", ""));
        return List.copyOf(shown);
    }
}
