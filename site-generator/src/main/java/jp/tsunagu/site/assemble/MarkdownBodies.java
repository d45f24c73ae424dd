package jp.tsunagu.site.assemble;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.cache.BuildCache;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * Converts the Markdown of the content files (initiatives, viewpoints, free pages, action-plan entries, OODA cycles,
 * annual reviews, glossary terms, references) on all processors before {@link PageAssembler} walks the model in order, so that its conversions are look-ups in
 * {@link MarkdownRenderer}'s cache. What is converted, and so every page, is the same as without it. Each file's
 * texts are converted within a {@link FileBudget}, so a file whose Markdown takes too long or too much memory is
 * named.
 * <p>
 * With a {@link BuildCache}, a file's conversions are kept from one build to the next, one entry per content file
 * keyed by the file's name and its texts (and, through the cache's context, the converter: the site generator's code,
 * which holds the converter's options, and the library's version): a file whose texts did not change is not converted
 * again. A conversion does not depend on the glossary or on the page it lands in (the glossary links are added to
 * the converted HTML afterwards), so nothing else is in the key.
 */
public final class MarkdownBodies {
    /**
     * What decides a conversion besides its text and the site generator's code (which the build cache's context holds,
     * the converter's options with it), for the cache's parts: the Markdown library's version.
     */
    public static final String CONVERTER = "markdown " + MarkdownRenderer.converterVersion();

    private MarkdownBodies() {
    }

    /**
     * What a preparation did with a build cache: how many content files it took from the cache, how many it converted.
     *
     * @param files  the content files with Markdown
     * @param restored  those whose conversions came from the cache
     */
    public record Prepared(int files, int restored) {
        /** @return the files converted */
        public int converted() {
            return files - restored;
        }
    }

    /**
     * Converts the bodies' sections in parallel, one file at a time on each thread.
     *
     * @param model  the plan, not null
     * @param sources  the file of each item, as the loader gives it ({@code initiative/x} → {@code initiatives/x.md}), not null
     * @param budget  the budget of each file, which records the files that go over it, not null
     */
    public static void prepare(PlanModel model, Map<String, String> sources, FileBudget budget) {
        prepare(model, sources, budget, Optional.empty());
    }

    /**
     * Converts the bodies' sections in parallel, one file at a time on each thread, taking the conversions of the files
     * whose texts are unchanged from a build cache and storing those of the others in it.
     *
     * @param model  the plan, not null
     * @param sources  the file of each item, as the loader gives it ({@code initiative/x} → {@code initiatives/x.md}), not null
     * @param budget  the budget of each file, which records the files that go over it, not null
     * @param cache  the cache of conversions, opened with {@link #CONVERTER} among its parts; empty for none
     * @return how many files came from the cache, not null
     * @throws java.io.UncheckedIOException if an entry cannot be written
     */
    public static Prepared prepare(PlanModel model, Map<String, String> sources, FileBudget budget, Optional<BuildCache> cache) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        model.initiatives().forEach(i -> add(byFile, sources.getOrDefault("initiative/" + i.id(), i.id()), i.body()));
        model.viewpoints().forEach(v -> add(byFile, sources.getOrDefault("viewpoint/" + v.code(), v.code().toString()), v.body()));
        model.pages().forEach(p -> add(byFile, sources.getOrDefault("page/" + p.id(), p.id()), p.body()));
        model.actionPlans().forEach(a -> a.entries().forEach(e -> {
            String item = "entry/" + e.fiscalYear().year() + "/" + e.initiative();
            add(byFile, sources.getOrDefault(item, item), e.body());
        }));
        model.oodaCycles().forEach(c -> add(byFile, sources.getOrDefault("ooda/" + c.id(), "ooda/" + c.id()), c.body()));
        model.reviews().forEach(r -> {
            String item = "review/" + r.fiscalYear().year();
            add(byFile, sources.getOrDefault(item, item), r.body());
        });
        // glossary terms and references are shown whole, not by section
        model.glossary().forEach(t -> addWhole(byFile, sources.getOrDefault("glossary/" + t.id(), "glossary/" + t.id()), t.definition()));
        model.references().forEach(r -> addWhole(byFile, sources.getOrDefault("reference/" + r.id(), "reference/" + r.id()), r.body()));
        MarkdownRenderer markdown = MarkdownRenderer.standard();
        AtomicInteger restored = new AtomicInteger();
        byFile.entrySet().parallelStream().forEach(file -> budget.run(file.getKey(), () -> {
            List<String> texts = file.getValue();
            Optional<String> key = cache.map(c -> c.keyOf(file.getKey(), textsBytes(texts)));
            Optional<Map<String, byte[]>> kept = key.flatMap(k -> cache.get().read(k)).filter(e -> e.size() == texts.size());
            if (kept.isPresent()) {
                for (int i = 0; i < texts.size(); i++) {
                    byte[] html = kept.get().get(String.valueOf(i));
                    if (html == null) {
                        kept = Optional.empty();
                        break;
                    }
                    markdown.remember(texts.get(i), new String(html, UTF_8));
                }
                if (kept.isPresent()) {
                    restored.incrementAndGet();
                    return file.getKey();
                }
            }
            List<String> converted = new ArrayList<>(texts.size());
            for (String text : texts) {
                FileBudget.checkpoint();
                converted.add(markdown.toHtml(text));
            }
            key.ifPresent(k -> {
                Map<String, byte[]> entry = new LinkedHashMap<>();
                converted.forEach(html -> entry.put(String.valueOf(entry.size()), html.getBytes(UTF_8)));
                cache.get().write(k, entry);
            });
            return file.getKey();
        }));
        return new Prepared(byFile.size(), restored.get());
    }

    /** The texts of a file as one key's bytes: each text's length in UTF-8 bytes, a line break, its bytes. */
    private static byte[] textsBytes(List<String> texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String text : texts) {
            byte[] bytes = text.getBytes(UTF_8);
            out.writeBytes((bytes.length + "\n").getBytes(UTF_8));
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static void addWhole(Map<String, List<String>> byFile, String file, MarkdownBody body) {
        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(body.markdown());
    }

    private static void add(Map<String, List<String>> byFile, String file, MarkdownBody body) {
        List<String> texts = byFile.computeIfAbsent(file, f -> new ArrayList<>());
        if (!body.preamble().isBlank()) {
            texts.add(body.preamble());
        }
        body.sections().forEach(s -> texts.add(s.markdown()));
    }
}
