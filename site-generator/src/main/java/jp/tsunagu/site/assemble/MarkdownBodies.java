package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * Converts the Markdown of the pages that grow with the site (initiatives, viewpoints, free pages) on all
 * processors before {@link PageAssembler} walks the model in order, so that its conversions are look-ups in
 * {@link MarkdownRenderer}'s cache. What is converted, and so every page, is the same as without it. Each file's
 * texts are converted within a {@link FileBudget}, so a file whose Markdown takes too long or too much memory is
 * named.
 */
public final class MarkdownBodies {
    private MarkdownBodies() {
    }

    /**
     * Converts the bodies' sections in parallel, one file at a time on each thread.
     *
     * @param model  the plan, not null
     * @param sources  the file of each item, as the loader gives it ({@code initiative/x} → {@code initiatives/x.md}), not null
     * @param budget  the budget of each file, which records the files that go over it, not null
     */
    public static void prepare(PlanModel model, Map<String, String> sources, FileBudget budget) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        model.initiatives().forEach(i -> add(byFile, sources.getOrDefault("initiative/" + i.id(), i.id()), i.body()));
        model.viewpoints().forEach(v -> add(byFile, sources.getOrDefault("viewpoint/" + v.code(), v.code().toString()), v.body()));
        model.pages().forEach(p -> add(byFile, sources.getOrDefault("page/" + p.id(), p.id()), p.body()));
        byFile.entrySet().parallelStream().forEach(file -> budget.run(file.getKey(), () -> {
            for (String text : file.getValue()) {
                FileBudget.checkpoint();
                MarkdownRenderer.standard().toHtml(text);
            }
            return file.getKey();
        }));
    }

    private static void add(Map<String, List<String>> byFile, String file, MarkdownBody body) {
        List<String> texts = byFile.computeIfAbsent(file, f -> new ArrayList<>());
        if (!body.preamble().isBlank()) {
            texts.add(body.preamble());
        }
        body.sections().forEach(s -> texts.add(s.markdown()));
    }
}
