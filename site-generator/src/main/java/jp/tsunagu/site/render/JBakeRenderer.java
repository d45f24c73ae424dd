package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.orientechnologies.common.log.OLogManager;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * A {@link SiteRenderer} that bakes pages with JBake 2.7.0 and FreeMarker.
 * <p>
 * <b>How pages reach the oven.</b> JBake normally crawls a content folder: it reads, hashes and parses
 * every file, stores it in OrientDB, and then, for every page it renders, reloads all documents of
 * that type from the database to find the page's neighbours, which makes a bake quadratic (measured
 * here: 1,000 pages 20–37 s). Writing our pages back out as Markdown files with JBake headers would
 * also turn every typed model value into text. So this renderer uses JBake's {@link Oven} with its
 * own utensils instead:
 * <ul>
 *   <li>a crawler that adds one finished document per {@link Page} (no file is read, no Markdown
 *       engine runs, so none is registered with JBake's static {@code Engines});</li>
 *   <li>a content store that answers every query from memory and builds each per-type list once
 *       (OrientDB is still opened, empty, because the oven insists on updating its schema);</li>
 *   <li>a FreeMarker engine configured for a public site (HTML escaping, errors with line numbers,
 *       records as properties, fixed locale and time zone), which sees only the page;</li>
 *   <li>JBake's own renderer, which writes each page to its output path.</li>
 * </ul>
 * Output paths are written as given: {@code 用語/情報.html} produces that file, not the
 * {@code %E7%94%A8….html} names the stock crawler makes (JBake issue 663).
 * <p>
 * <b>Measured</b> (the 2-core build machine, about 2 KB of HTML per page): stock JBake
 * crawling 1,000 {@code .html} files 20.3 s; this renderer 1,000 pages 0.4–1.1 s and 2,000 pages
 * 0.9 s once the JVM is warm. The first bake in a JVM takes about 3.8 s, of which opening OrientDB
 * is 2.4 s (0.3 s on later bakes); a small site then bakes in 0.2–0.4 s.
 * <p>
 * <b>Global state.</b> JBake keeps static registries ({@code DocumentTypes}, {@code ModelExtractors},
 * {@code DBUtil}) and calls {@code Locale.setDefault}; so one bake runs at a time in a JVM (a static
 * lock), and the default locales are restored afterwards. OrientDB's console log is set to
 * {@code SEVERE}.
 * <p>
 * Before baking, every template a page names must exist; all missing ones are reported together.
 * After baking, every error JBake collected ({@code Oven.getErrors()}) is reported in one
 * {@link RenderException}, as is a page file that JBake failed to write.
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
        Objects.requireNonNull(request, "request");
        List<String> templateProblems = templateProblems(request);
        if (!templateProblems.isEmpty()) {
            throw new RenderException("Cannot render " + request.pages().size() + " page(s): "
                    + templateProblems.size() + " template problem(s):", templateProblems, null);
        }
        synchronized (BAKE_LOCK) {
            return bake(request);
        }
    }

    private static RenderResult bake(RenderRequest request) {
        long start = System.nanoTime();
        List<Throwable> errors;
        Path workFolder = createWorkFolder();
        DefaultLocales locales = DefaultLocales.capture();
        try {
            Oven oven = new Oven(utensilsFor(request, workFolder));
            OLogManager.instance().setConsoleLevel("SEVERE");
            oven.bake();
            errors = oven.getErrors();
        } catch (RuntimeException e) {
            throw new RenderException("JBake stopped before finishing:", List.of(String.valueOf(e)), e);
        } finally {
            locales.restore();
            deleteRecursively(workFolder);
        }
        if (!errors.isEmpty()) {
            List<String> problems = errors.stream().flatMap(JBakeRenderer::problemsOf).toList();
            throw new RenderException("Rendering failed with " + problems.size() + " problem(s):", problems, errors.get(0));
        }
        List<String> unwritten = unwrittenPages(request);
        if (!unwritten.isEmpty()) {
            throw new RenderException("Rendering failed with " + unwritten.size() + " problem(s):", unwritten, null);
        }
        List<OutputPath> written = request.pages().stream().map(Page::outputPath).toList();
        return new RenderResult(request.outputFolder(), written, Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<String> unwrittenPages(RenderRequest request) {
        return request.pages().stream()
                .map(Page::outputPath)
                .filter(path -> !Files.isRegularFile(path.resolveIn(request.outputFolder())))
                .map(path -> "JBake reported no error but did not write '" + path + "'")
                .toList();
    }

    /**
     * Splits one of JBake's errors into problems. JBake reports all failed pages in one error, a
     * header line ending with "Cause(s):" followed by one line per page.
     */
    private static Stream<String> problemsOf(Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return message.lines().filter(line -> !line.isBlank() && !line.endsWith("Cause(s):"));
    }

    private static Utensils utensilsFor(RenderRequest request, Path workFolder) {
        JBakeSetup setup = JBakeSetup.of(request, workFolder);
        JBakeConfiguration configuration = setup.configuration();
        PageStore store = new PageStore();
        Utensils utensils = new Utensils();
        utensils.setConfiguration(configuration);
        utensils.setContentStore(store);
        utensils.setCrawler(new PageFeeder(store, setup, request.pages()));
        utensils.setRenderer(new Renderer(store, configuration,
                new FreemarkerTemplates(store, configuration, request.templatesFolder())));
        utensils.setAsset(new Asset(configuration));
        return utensils;
    }

    private static List<String> templateProblems(RenderRequest request) {
        if (!Files.isDirectory(request.templatesFolder())) {
            return List.of("Templates folder not found: " + request.templatesFolder().toAbsolutePath());
        }
        Map<String, List<OutputPath>> pagesByTemplate = new LinkedHashMap<>();
        request.pages().forEach(page ->
                pagesByTemplate.computeIfAbsent(page.template(), template -> new ArrayList<>()).add(page.outputPath()));
        List<String> problems = new ArrayList<>();
        pagesByTemplate.forEach((template, paths) -> {
            if (!Files.isRegularFile(request.templatesFolder().resolve(template))) {
                problems.add("Template '" + template + "' not found in " + request.templatesFolder().toAbsolutePath()
                        + " (used by " + paths.size() + " page(s), e.g. '" + paths.get(0) + "')");
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

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete JBake's work folder " + folder, e);
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
