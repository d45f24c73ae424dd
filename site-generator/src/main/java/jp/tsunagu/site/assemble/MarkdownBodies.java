package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * Converts the Markdown of the pages that grow with the site (initiatives, viewpoints, free pages) on all
 * processors before {@link PageAssembler} walks the model in order, so that its conversions are look-ups in
 * {@link MarkdownRenderer}'s cache. What is converted, and so every page, is the same as without it.
 */
public final class MarkdownBodies {
    private MarkdownBodies() {
    }

    /**
     * Converts the bodies' sections in parallel.
     *
     * @param model  the plan, not null
     * @return null (for the build's stage timer)
     */
    public static Void prepare(PlanModel model) {
        List<String> texts = new ArrayList<>();
        model.initiatives().forEach(i -> add(texts, i.body()));
        model.viewpoints().forEach(v -> add(texts, v.body()));
        model.pages().forEach(p -> add(texts, p.body()));
        MarkdownRenderer.standard().prepare(texts);
        return null;
    }

    private static void add(List<String> texts, MarkdownBody body) {
        if (!body.preamble().isBlank()) {
            texts.add(body.preamble());
        }
        body.sections().forEach(s -> texts.add(s.markdown()));
    }
}
