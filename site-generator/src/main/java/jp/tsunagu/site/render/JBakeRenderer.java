package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Folders;
import jp.tsunagu.site.files.Watchdog;

/**
 * A {@link SiteRenderer} that bakes pages with JBake 2.7.0 and FreeMarker.
 * <p>
 * <b>How pages reach JBake.</b> JBake normally crawls a content folder: it reads, hashes and parses
 * every file, stores it in OrientDB, and then, for every page it renders, reloads all documents of
 * that type from the database and looks the page up among them to find its neighbours, which makes a bake
 * quadratic (measured here: 1,000 pages 20–37 s). Writing our pages back out as Markdown files with JBake
 * headers would also turn every typed model value into text. So this renderer hands JBake finished documents:
 * <ul>
 *   <li>one JBake {@code DocumentModel} per {@link Page} ({@link JBakeSetup}: type, status, title, URI and
 *       root path as JBake's crawler sets them, plus the page's model), with JBake's previous/next navigation
 *       entries set from each document's position in its type's list, as JBake's documents renderer sets them;</li>
 *   <li>JBake's own {@link Renderer}, which picks the template by document type and writes each page to its
 *       output path, called once per page on all processors (pages write different files);</li>
 *   <li>a FreeMarker engine configured for a public site (HTML escaping, errors with line numbers,
 *       records as properties, fixed locale and time zone), which sees only the page;</li>
 *   <li>a content store answered from memory ({@link PageStore}); JBake's oven, which would open an OrientDB
 *       database (2.4 s in a fresh JVM) and look each page up with a linear search, is not used. A stock JBake
 *       project is still baked by the oven ({@link JBakeProject}).</li>
 * </ul>
 * Output paths are written as given: {@code 用語/情報.html} produces that file, not the
 * {@code %E7%94%A8….html} names the stock crawler makes (JBake issue 663).
 * <p>
 * <b>Global state.</b> One bake runs at a time in a JVM (a static lock shared with {@link JBakeProject}, whose
 * oven keeps static registries and calls {@code Locale.setDefault}); the default locales are restored afterwards.
 * <p>
 * Before baking, every template a page names must exist; all missing ones are reported together.
 * After baking, every page JBake failed to render is reported in one {@link RenderException}, in page order,
 * as is a page file that JBake failed to write.
 * <p>
 * This class is immutable and thread-safe; bakes are serialised.
 */
public final class JBakeRenderer implements SiteRenderer {

    /** One bake at a time per JVM: JBake keeps static registries (shared with {@link JBakeProject}). */
    static final Object BAKE_LOCK = new Object();

    /**
     * Creates a renderer.
     */
    public JBakeRenderer() {
        // No state: every bake is configured from its request alone.
    }

    @Override
    public RenderResult render(RenderRequest request) {
        return render(request, FileBudget.of(FileBudget.DEFAULT_LIMIT));
    }

    /**
     * Renders the pages of a request, each within the time of a budget, which also counts the pages done if it
     * {@linkplain FileBudget#reporting reports} them. A page whose template runs past the time (a {@code <#list>}
     * over a huge range, say) is stopped and reported with its template; the other pages are still rendered.
     *
     * @param request  what to render, not null
     * @param budget  the time of each page, not null
     * @return what was written, not null
     * @throws RenderException with every page's problem, in Japanese
     */
    public RenderResult render(RenderRequest request, FileBudget budget) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(budget, "budget");
        List<String> templateProblems = templateProblems(request);
        if (!templateProblems.isEmpty()) {
            throw new RenderException(request.pages().size() + " ページを作れません。テンプレートの問題が " + templateProblems.size()
                    + " 件あります:", templateProblems, null);
        }
        synchronized (BAKE_LOCK) {
            return bake(request, budget);
        }
    }

    private static RenderResult bake(RenderRequest request, FileBudget budget) {
        long start = System.nanoTime();
        List<String> problems;
        Path workFolder = createWorkFolder();
        DefaultLocales locales = DefaultLocales.capture();
        try {
            problems = renderAll(request, workFolder, budget);
        } catch (RuntimeException e) {
            throw new RenderException("JBake がページを作り終える前に止まりました。テンプレートを確かめてください"
                    + "（直らなければ mvn -e の詳しい内容を添えて開発者に知らせてください）。", List.of(), e);
        } finally {
            locales.restore();
            Folders.delete(workFolder);
        }
        if (!problems.isEmpty()) {
            throw new RenderException("ページを作れませんでした（問題 " + problems.size() + " 件）:", problems, null);
        }
        List<String> unwritten = unwrittenPages(request);
        if (!unwritten.isEmpty()) {
            throw new RenderException("ページを作れませんでした（問題 " + unwritten.size() + " 件）:", unwritten, null);
        }
        List<OutputPath> written = request.pages().stream().map(LazyPage::outputPath).toList();
        return new RenderResult(request.outputFolder(), written, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Renders every page with JBake's {@link Renderer} — what JBake's {@code DocumentsRenderer} does for each
     * document the oven found — on all processors, and returns the problems in page order.
     * <p>
     * The oven is not used: it would open an OrientDB database (2.4 s for the first bake of a JVM), and its
     * documents renderer looks every page up in its type's list with {@code indexOf}, comparing whole page models,
     * which makes a bake quadratic in the number of pages. Instead each document gets JBake's previous and next
     * navigation entries (the neighbours in its type's list, as {@code DocumentsRenderer} sets them) from its
     * position, and the renderer, template engine and configuration are JBake's own objects as before. Pages
     * write different files and FreeMarker templates are thread-safe, so pages render in parallel; the output does
     * not depend on the order.
     */
    private static List<String> renderAll(RenderRequest request, Path workFolder, FileBudget budget) {
        JBakeSetup setup = JBakeSetup.of(request, workFolder);
        JBakeConfiguration configuration = setup.configuration();
        PageStore store = new PageStore();
        Renderer renderer = new Renderer(store, configuration,
                new FreemarkerTemplates(store, configuration, request.templatesFolder()));
        // each document's neighbours in its type's list, from the outlines: a page is made whole only to be rendered
        List<LazyPage> pages = request.pages();
        int[] previous = new int[pages.size()];
        int[] next = new int[pages.size()];
        Map<String, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byType.computeIfAbsent(setup.typeOf(pages.get(i).outline()), t -> new ArrayList<>()).add(i);
        }
        byType.values().forEach(list -> {
            for (int k = 0; k < list.size(); k++) {
                // JBake's lists run newest first: its "previous" document is the next one in the list
                previous[list.get(k)] = k + 1 < list.size() ? list.get(k + 1) : -1;
                next[list.get(k)] = k > 0 ? list.get(k - 1) : -1;
            }
        });
        String[] problems = new String[pages.size()];
        java.util.concurrent.atomic.AtomicReference<OutOfMemoryError> outOfMemory = new java.util.concurrent.atomic.AtomicReference<>();
        try (Watchdog watchdog = Watchdog.of(budget.limit())) {
            java.util.stream.IntStream.range(0, pages.size()).parallel().forEach(i -> {
                String uri = pages.get(i).outputPath().value();
                // "" when written; empty when stopped past its time (FreeMarker ends at the interrupt)
                Optional<String> problem = budget.run(uri, () -> watchdog.during(() -> {
                    DocumentModel document = setup.documentOf(pages.get(i).page());
                    document.setPreviousContent(previous[i] < 0 ? null : navigation(pages.get(previous[i]).outline()));
                    document.setNextContent(next[i] < 0 ? null : navigation(pages.get(next[i]).outline()));
                    return renderOne(renderer, document, outOfMemory);
                }));
                if (problem.isEmpty()) {
                    problems[i] = uri + ": テンプレート " + pages.get(i).outline().template() + " の処理が "
                            + budget.limit().toSeconds() + " 秒を超えたため止めました。#list の範囲や、自分を呼び続けるマクロなど、"
                            + "終わらない処理がないか確かめてください（大きなページのためなら -Dtsunagu.build.fileSeconds=秒数 で上限を上げられます）。";
                } else if (!problem.get().isEmpty()) {
                    problems[i] = problem.get();
                }
            });
        }
        if (outOfMemory.get() != null) {
            throw outOfMemory.get();
        }
        return java.util.Arrays.stream(problems).filter(Objects::nonNull).flatMap(JBakeRenderer::linesOf).toList();
    }

    /** Renders one page: "" when it is written, else its problem. */
    private static String renderOne(Renderer renderer, DocumentModel document,
            java.util.concurrent.atomic.AtomicReference<OutOfMemoryError> outOfMemory) {
        try {
            renderer.render(document);
            return "";
        } catch (Exception e) {
            return document.getUri() + ": " + reason(e);
        } catch (StackOverflowError e) {
            return document.getUri() + ": テンプレートの呼び出しが深くなりすぎました。"
                    + "マクロや #include が自分自身を呼び続けていないか確認してください。";
        } catch (OutOfMemoryError e) {
            outOfMemory.compareAndSet(null, e); // thrown once every page is done: no thread still writes
            return "";
        }
    }

    /**
     * Why a page failed, in our words: the template's own message ({@link FreemarkerTemplates} says where and what in
     * Japanese) when JBake's wrapping exception carries one, else the kind of failure.
     */
    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.jbake.template.RenderingException r && r.getMessage() != null && r.getMessage().startsWith("テンプレート")) {
                return r.getMessage();
            }
        }
        return "ページを書き出せませんでした。テンプレートを確かめてください";
    }

    /**
     * The navigation entry JBake puts in a neighbour's document: address and title only, read from the neighbour's
     * outline as {@link JBakeSetup#documentOf} would put them in its document, without making that document.
     */
    private static DocumentModel navigation(Page outline) {
        DocumentModel nav = new DocumentModel();
        nav.setNoExtensionUri((String) outline.model().get(org.jbake.model.ModelAttributes.NO_EXTENSION_URI));
        nav.setUri(outline.outputPath().value());
        nav.setTitle(outline.title());
        return nav;
    }

    private static Stream<String> linesOf(String message) {
        return message.lines().filter(line -> !line.isBlank());
    }

    private static List<String> unwrittenPages(RenderRequest request) {
        return request.pages().stream()
                .map(LazyPage::outputPath)
                .filter(path -> !Files.isRegularFile(path.resolveIn(request.outputFolder())))
                .map(path -> path + ": JBake が誤りを報告しないまま、このページを書き出しませんでした")
                .toList();
    }

    private static List<String> templateProblems(RenderRequest request) {
        if (!Files.isDirectory(request.templatesFolder())) {
            return List.of("テンプレートのフォルダがありません: " + request.templatesFolder().toAbsolutePath());
        }
        Map<String, List<OutputPath>> pagesByTemplate = new LinkedHashMap<>();
        request.pages().stream().map(LazyPage::outline).forEach(page ->
                pagesByTemplate.computeIfAbsent(page.template(), template -> new ArrayList<>()).add(page.outputPath()));
        List<String> problems = new ArrayList<>();
        pagesByTemplate.forEach((template, paths) -> {
            if (!Files.isRegularFile(request.templatesFolder().resolve(template))) {
                problems.add("テンプレート " + template + " が " + request.templatesFolder().toAbsolutePath() + " にありません（"
                        + paths.size() + " ページが使っています。例: " + paths.get(0) + "）。src/templates に置くか、名前を確かめてください");
            }
        });
        return problems;
    }

    private static Path createWorkFolder() {
        try {
            Path workFolder = Files.createTempDirectory("tsunagu-jbake-");
            Files.createDirectory(workFolder.resolve("content"));
            Files.createDirectory(workFolder.resolve("assets"));
            return workFolder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder for JBake", e);
        }
    }

    /** The JVM's default locales, which JBake's oven overwrites. */
    private record DefaultLocales(Locale all, Locale display, Locale format) {

        static DefaultLocales capture() {
            return new DefaultLocales(Locale.getDefault(),
                    Locale.getDefault(Locale.Category.DISPLAY), Locale.getDefault(Locale.Category.FORMAT));
        }

        void restore() {
            Locale.setDefault(all);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
