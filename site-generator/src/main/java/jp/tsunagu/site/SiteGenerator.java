package jp.tsunagu.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.json.PlanJson;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.assemble.PageAssembler;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.publish.AtomicPublisher;
import jp.tsunagu.site.publish.WebFiles;
import jp.tsunagu.site.render.JBakeRenderer;
import jp.tsunagu.site.render.Page;
import jp.tsunagu.site.render.RenderException;
import jp.tsunagu.site.render.RenderRequest;
import jp.tsunagu.site.render.Theme;

/**
 * Builds the static site of a plan. The one orchestrating method, {@link #build(BuildRequest)}, runs the
 * stages in the order they are listed in {@link Stage}:
 * load → validate → assemble → render → enrich → index → publish.
 * <p>
 * Everything is written to a staging folder and swapped in at the end, so a build that fails — content errors,
 * a broken template, a full disk — leaves the previously published site untouched.
 * <p>
 * This class is thread-safe; builds of different output folders may run at once (rendering itself is
 * serialised by the renderer).
 */
public final class SiteGenerator {
    private SiteGenerator() {
    }

    /**
     * Builds and publishes the site.
     *
     * @param request  what to build, not null
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors (the report has file, line and fix of each)
     * @throws SiteException if another stage fails
     */
    public static BuildResult build(BuildRequest request) {
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);

        LoadResult loaded = timed(times, Stage.LOAD, () -> PlanLoader.load(request.planDirectory()));
        ValidationReport report = loaded.report();
        if (report.hasErrors()) {
            throw new ContentErrorException(report);
        }
        PlanModel model = loaded.orElseThrow();

        String baseUrl = request.baseUrl().toString();
        PageAssembler assembler = new PageAssembler(model, loaded.sources(), baseUrl);
        List<Page> pages = timed(times, Stage.ASSEMBLE, assembler::assemble);

        AtomicPublisher publisher = new AtomicPublisher(request.outputDirectory());
        Path staging = publisher.begin();
        boolean published = false;
        try {
            timed(times, Stage.RENDER, () -> render(request, pages, staging));
            timed(times, Stage.PUBLISH, () -> {
                io(() -> {
                    Theme.writeAssets(staging.resolve("assets"), request.sourceDirectory().resolve("assets"));
                    PlanJson.create().write(model, staging.resolve(SitePaths.PLAN_JSON));
                    write(staging.resolve(SitePaths.FEED), WebFiles.atom(baseUrl, model.plan().title(),
                            model.plan().municipality().name(), assembler.updates()));
                    write(staging.resolve("sitemap.xml"), WebFiles.sitemap(baseUrl, pages.stream()
                            .map(p -> p.outputPath().value()).filter(p -> !p.equals(SitePaths.NOT_FOUND)).toList()));
                    write(staging.resolve("robots.txt"), WebFiles.robots(baseUrl));
                });
                return null;
            });
            publisher.commit();
            published = true;
        } finally {
            if (!published) {
                publisher.abort();
            }
        }
        return new BuildResult(report, request.outputDirectory(), countFiles(request.outputDirectory()), times);
    }

    private static Object render(BuildRequest request, List<Page> pages, Path staging) {
        Path templates = null;
        try {
            templates = Files.createTempDirectory("tsunagu-templates");
            Theme.writeTemplates(templates, request.sourceDirectory().resolve("templates"));
            return new JBakeRenderer().render(RenderRequest.of(pages, templates, staging));
        } catch (RenderException e) {
            throw new SiteException(Stage.RENDER, e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(Stage.RENDER, "テンプレートを準備できませんでした: " + e.getMessage(), e);
        } finally {
            if (templates != null) {
                deleteQuietly(templates);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static <T> T timed(Map<Stage, Duration> times, Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    /** Runs publishing I/O, labelling a failure with the stage. */
    private static void io(IoStep step) {
        try {
            step.run();
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(Stage.PUBLISH, "ファイルを書き込めませんでした: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    private static int countFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return (int) s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new SiteException(Stage.PUBLISH, "cannot list " + root, e);
        }
    }
}
