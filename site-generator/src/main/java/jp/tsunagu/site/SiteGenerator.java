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
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.assemble.ContentAddresses;
import jp.tsunagu.site.assemble.MarkdownBodies;
import jp.tsunagu.site.assemble.PageAssembler;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.enrich.FuriganaVariants;
import jp.tsunagu.site.enrich.FuriganaWords;
import jp.tsunagu.site.audit.AccessibilityPages;
import jp.tsunagu.site.audit.Statement;
import jp.tsunagu.site.enrich.LanguageVariants;
import jp.tsunagu.site.history.ContentHistory;
import jp.tsunagu.site.history.HistoryPages;
import jp.tsunagu.site.index.SearchIndex;
import jp.tsunagu.site.index.SearchIndexer;
import jp.tsunagu.site.index.SearchPages;
import jp.tsunagu.site.index.UserWords;
import jp.tsunagu.site.publish.AtomicPublisher;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.publish.WebFiles;
import jp.tsunagu.site.render.BodyLimits;
import jp.tsunagu.site.render.JBakeRenderer;
import jp.tsunagu.site.render.JBakeProject;
import jp.tsunagu.site.render.Page;
import jp.tsunagu.site.render.RenderException;
import jp.tsunagu.site.render.RenderRequest;
import jp.tsunagu.site.render.Theme;
import jp.tsunagu.site.publish.Folders;

/**
 * Builds the static site of a plan. The one orchestrating method, {@link #build(BuildRequest)}, runs the
 * stages in the order they are listed in {@link Stage}:
 * load → validate → assemble → history → render → enrich → index → publish.
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
        if (JBakeProject.isJBakeProject(request.sourceDirectory())) {
            return JBakeProject.bake(request); // a stock JBake layout, baked as JBake would
        }
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);

        LoadResult loaded = timed(times, Stage.LOAD, () -> PlanLoader.load(request.planDirectory()));
        ValidationReport report = timed(times, Stage.VALIDATE, () -> BodyLimits.check(request.planDirectory(), loaded.report()));
        if (report.hasErrors()) {
            throw new ContentErrorException(report);
        }
        PlanModel model = loaded.orElseThrow();

        String baseUrl = request.baseUrl().toString();
        OpenData openData = timed(times, Stage.PUBLISH, () -> OpenData.of(model, baseUrl, request.license(), request.csvBom()));
        PageAssembler assembler = new PageAssembler(model, loaded.sources(), baseUrl, openData);
        ContentHistory history = timed(times, Stage.HISTORY, () -> ContentHistory.read(request.planDirectory()));
        LanguageVariants languages = new LanguageVariants(model, loaded.sources());
        List<Page> pages = pages(request, loaded, assembler, history, languages, times);

        failOn(report, timed(times, Stage.ASSEMBLE,
                () -> ContentAddresses.clashes(pages, loaded.sources().values(), request.planDirectory())));

        AtomicPublisher publisher = new AtomicPublisher(request.outputDirectory());
        Path staging = publishing(publisher::begin);
        boolean published = false;
        try {
            timed(times, Stage.RENDER, () -> render(request, pages, staging, Stage.RENDER));
            FuriganaVariants furigana = timed(times, Stage.ENRICH, () -> enrich(request, model, staging));
            Page sakuin = timed(times, Stage.INDEX, () -> index(request, model, pages, staging, languages));
            timed(times, Stage.ENRICH, () -> enrichLate(furigana, staging.resolve(sakuin.outputPath().value())));
            failOn(report, timed(times, Stage.VALIDATE, () -> ContentAddresses.linksLeavingTheSite(staging, request.baseUrl(),
                    loaded.sources().values(), request.planDirectory())));
            timed(times, Stage.PUBLISH, () -> {
                io(() -> {
                    Theme.writeAssets(staging.resolve("assets"), request.sourceDirectory().resolve("assets"));
                    PlanJson.create().write(model, staging.resolve(SitePaths.PLAN_JSON));
                    openData.writeTo(staging.resolve(SitePaths.OPENDATA_FOLDER));
                    write(staging.resolve(SitePaths.FEED), WebFiles.atom(baseUrl, model.plan().title(),
                            model.plan().municipality().name(), assembler.updates()));
                    write(staging.resolve("sitemap.xml"), WebFiles.sitemap(baseUrl, Stream.concat(pages.stream(), Stream.of(sakuin))
                            .map(p -> p.outputPath().value()).filter(p -> !p.equals(SitePaths.NOT_FOUND)).toList(),
                            sitemapAlternates(languages)));
                    write(staging.resolve("robots.txt"), WebFiles.robots(baseUrl));
                });
                return null;
            });
            publishing(() -> {
                publisher.commit();
                return null;
            });
            published = true;
        } finally {
            if (!published) {
                publisher.abort();
            }
        }
        return new BuildResult(report, request.outputDirectory(), countFiles(request.outputDirectory()), times,
                history.note().stream().toList());
    }

    /**
     * The pages to render, in order: the assembled pages of the plan with the search page and the accessibility
     * pages (assemble), each page's history (history), the language variants (enrich). The development server's
     * updates ({@link SiteSession}) assemble through here too, so a preview shows what a build publishes.
     */
    static List<Page> pages(BuildRequest request, LoadResult loaded, PageAssembler assembler, ContentHistory history,
            LanguageVariants languages, Map<Stage, Duration> times) {
        PlanModel model = loaded.orElseThrow();
        timed(times, Stage.ASSEMBLE, () -> MarkdownBodies.prepare(model));
        List<Page> assembled = timed(times, Stage.ASSEMBLE, () -> AccessibilityPages.with(
                SearchPages.withSearchPage(assembler.assemble()), Statement.read(request.sourceDirectory())));
        List<Page> historied = timed(times, Stage.HISTORY,
                () -> new HistoryPages(model, loaded.sources(), history).addTo(assembled));
        return timed(times, Stage.ENRICH, () -> languages.addTo(historied));
    }

    /** The index stage: the static search index, then the さくいん page, rendered like every other page. */
    /**
     * Writes only the open data (the files every build publishes in {@code opendata/}) into the request's output
     * folder: load → validate → publish, with the same atomic swap as {@link #build(BuildRequest)}.
     *
     * @param request  what to export; its output folder receives the files, not null
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors
     * @throws SiteException if writing fails
     */
    public static BuildResult export(BuildRequest request) {
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        LoadResult loaded = timed(times, Stage.LOAD, () -> PlanLoader.load(request.planDirectory()));
        if (loaded.report().hasErrors()) {
            throw new ContentErrorException(loaded.report());
        }
        PlanModel model = loaded.orElseThrow();
        AtomicPublisher publisher = new AtomicPublisher(request.outputDirectory());
        boolean published = false;
        try {
            timed(times, Stage.PUBLISH, () -> {
                io(() -> OpenData.of(model, request.baseUrl().toString(), request.license(), request.csvBom())
                        .writeTo(publisher.begin()));
                return null;
            });
            publisher.commit();
            published = true;
        } finally {
            if (!published) {
                publisher.abort();
            }
        }
        return new BuildResult(loaded.report(), request.outputDirectory(), countFiles(request.outputDirectory()), times);
    }

    /**
     * The enrich stage: the furigana variant of every page rendered so far. The variants are not in the page
     * list, so the index stage does not index them and the sitemap does not list them.
     */
    private static FuriganaVariants enrich(BuildRequest request, PlanModel model, Path staging) {
        try {
            FuriganaVariants furigana = new FuriganaVariants(FuriganaWords.dictionary(
                    FuriganaWords.read(request.sourceDirectory(), SearchPages.glossary(model))), request.baseUrl().toString());
            furigana.writeAll(staging);
            return furigana;
        } catch (IllegalArgumentException e) {
            throw new SiteException(Stage.ENRICH, "ふりがなのよみの辞書に誤りがあります:\n" + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SiteException(Stage.ENRICH, "ふりがな付きのページを作れませんでした: " + e.getMessage(), e);
        }
    }

    /** The furigana variant of a page rendered after the enrich stage (the さくいん, made by the index stage). */
    private static Object enrichLate(FuriganaVariants furigana, Path page) {
        try {
            return furigana.write(List.of(page));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new SiteException(Stage.ENRICH, "ふりがな付きのページを作れませんでした: " + e.getMessage(), e);
        }
    }

    private static Page index(BuildRequest request, PlanModel model, List<Page> pages, Path staging, LanguageVariants languages) {
        SearchIndex index;
        try {
            index = new SearchIndexer(SearchPages.glossary(model), UserWords.read(request.sourceDirectory()))
                    .index(staging, SearchPages.indexed(LanguageVariants.originals(pages)));
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new SiteException(Stage.INDEX, "検索の索引を作れませんでした: " + e.getMessage(), e);
        }
        Page sakuin = languages.withSwitch(SearchPages.sakuin(pages, index));
        render(request, List.of(sakuin), staging, Stage.INDEX);
        return sakuin;
    }

    private static Object render(BuildRequest request, List<Page> pages, Path staging, Stage stage) {
        Path templates = null;
        try {
            templates = Files.createTempDirectory("tsunagu-templates");
            Theme.writeTemplates(templates, request.sourceDirectory().resolve("templates"));
            return new JBakeRenderer().render(RenderRequest.of(pages, templates, staging));
        } catch (RenderException | IllegalArgumentException e) {
            throw new SiteException(stage, e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(stage, "テンプレートを準備できませんでした: " + e.getMessage(), e);
        } finally {
            if (templates != null) {
                Folders.deleteQuietly(templates);
            }
        }
    }

    /** The language versions of each page with variants, for the sitemap's {@code xhtml:link} elements. */
    private static Map<String, List<WebFiles.Alternate>> sitemapAlternates(LanguageVariants languages) {
        Map<String, List<WebFiles.Alternate>> out = new java.util.LinkedHashMap<>();
        languages.alternates().forEach((page, list) -> out.put(page, list.stream()
                .map(a -> new WebFiles.Alternate(a.hreflang(), a.href())).toList()));
        return out;
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

    /** Content problems found after loading (addresses, links) stop the build like the loader's errors. */
    private static void failOn(ValidationReport report, List<ValidationIssue> found) {
        if (!found.isEmpty()) {
            List<ValidationIssue> all = new java.util.ArrayList<>(report.issues());
            all.addAll(found);
            throw new ContentErrorException(new ValidationReport(all));
        }
    }

    /** Prepares or swaps the output folder, labelling a failure (unwritable folder, full disk) with the stage. */
    private static <T> T publishing(Supplier<T> step) {
        try {
            return step.get();
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.PUBLISH, "出力先のフォルダに書き込めませんでした（公開中のサイトはそのままです）。"
                    + "フォルダの権限とディスクの空きを確認してください: " + e.getMessage()
                    + (e.getCause() != null ? "（" + e.getCause() + "）" : ""), e);
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
