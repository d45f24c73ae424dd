package jp.tsunagu.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.ParseCache;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.assemble.ContentAddresses;
import jp.tsunagu.site.assemble.MarkdownBodies;
import jp.tsunagu.site.assemble.PageAssembler;
import jp.tsunagu.site.assemble.Paging;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.audit.AccessibilityPages;
import jp.tsunagu.site.audit.Statement;
import jp.tsunagu.site.cache.BuildCache;
import jp.tsunagu.site.cache.CachedLists;
import jp.tsunagu.site.cache.CachedStage;
import jp.tsunagu.site.enrich.FuriganaVariants;
import jp.tsunagu.site.enrich.FuriganaWords;
import jp.tsunagu.site.enrich.LanguageVariants;
import jp.tsunagu.site.enrich.Messages;
import jp.tsunagu.site.enrich.SpeechWords;
import jp.tsunagu.site.files.Beside;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Folders;
import jp.tsunagu.site.files.IoMessages;
import jp.tsunagu.site.files.Pools;
import jp.tsunagu.site.history.ContentHistory;
import jp.tsunagu.site.history.HistoryPages;
import jp.tsunagu.site.index.IndexCache;
import jp.tsunagu.site.index.SearchIndex;
import jp.tsunagu.site.index.SearchIndexer;
import jp.tsunagu.site.index.SearchPage;
import jp.tsunagu.site.index.SearchPages;
import jp.tsunagu.site.index.Synonyms;
import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;
import jp.tsunagu.site.publish.AtomicPublisher;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.publish.WebFiles;
import jp.tsunagu.site.render.BodyLimits;
import jp.tsunagu.site.render.JBakeProject;
import jp.tsunagu.site.render.JBakeRenderer;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.OutputPath;
import jp.tsunagu.site.render.Page;
import jp.tsunagu.site.render.RenderException;
import jp.tsunagu.site.render.RenderRequest;
import jp.tsunagu.site.render.RenderResult;
import jp.tsunagu.site.render.Theme;

/**
 * Builds the static site of a plan. The one orchestrating method, {@link #build(BuildRequest, Changes)}, runs the
 * stages in the order {@link Stage} lists them, each timed under its own name:
 * load → validate → history → assemble → render → index → enrich → links → publish.
 * <p>
 * A build writes everything to a staging folder and swaps it in at the end, so a build that fails — content errors,
 * a broken template, a full disk — leaves the previously published site untouched. An update (the development
 * server's, after content files changed) starts from what the previous run built: it keeps its history and open
 * data, assembles every page again, renders only the pages whose values changed and replaces their files one by one.
 * <pre>{@code
 * Built first = SiteGenerator.build(request, Changes.everything());
 * Built next = SiteGenerator.build(request, Changes.since(first, List.of(plan.resolve("initiatives/x.md"))));
 * }</pre>
 * This class is thread-safe; builds of different output folders may run at once (rendering itself is
 * serialised by the renderer).
 */
public final class SiteGenerator {
    /** Where the build cache says, at debug level, which entries it did not trust. */
    private static final System.Logger DEBUG = System.getLogger(SiteGenerator.class.getName());
    private SiteGenerator() {
    }

    /**
     * What changed since an earlier run: everything, for a clean build, or files since what a run built.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param files  the files created, modified or deleted since {@code previous}, not null, may be empty
     * @param previous  what the earlier run built, empty for a clean build
     */
    public record Changes(Set<Path> files, Optional<Built> previous) {
        /**
         * Copies the parts.
         *
         * @param files  the files created, modified or deleted since {@code previous}, not null, may be empty
         * @param previous  what the earlier run built, empty for a clean build
         */
        public Changes {
            files = Set.copyOf(files);
            Objects.requireNonNull(previous, "previous");
        }

        /**
         * Obtains the changes of a clean build: everything.
         *
         * @return the changes, not null
         */
        public static Changes everything() {
            return new Changes(Set.of(), Optional.empty());
        }

        /**
         * Obtains the files changed since a run. The next run updates only what they touch if all of them are
         * content files (under {@code plan/}); otherwise it builds everything again (reusing the earlier run's parsed
         * files).
         *
         * @param previous  what the earlier run built, not null
         * @param files  the files created, modified or deleted since then, not null
         * @return the changes, not null
         */
        public static Changes since(Built previous, Collection<Path> files) {
            return new Changes(Set.copyOf(files), Optional.of(previous));
        }

        /** The run an update starts from: present if there is one and every changed file is content. */
        Optional<Built> updating(Path planDirectory) {
            Path plan = planDirectory.toAbsolutePath().normalize();
            boolean contentOnly = !files.isEmpty()
                    && files.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(plan));
            return contentOnly ? previous : Optional.empty();
        }
    }

    /**
     * What one run built, so the development server keeps it instead of building it again.
     * <p>
     * This class is immutable and thread-safe apart from {@code parses}, a thread-safe cache.
     *
     * @param result  what was published: warnings, files, stage times, notes, not null
     * @param model  the plan, not null
     * @param pages  every page of the site in order, without the さくいん (made by the index stage), whole; empty for a
     *               run no later run starts from (the one-shot {@link #build(BuildRequest)}), not null
     * @param rendered  the pages this run rendered: all for a build, the changed ones for an update, not null
     * @param openData  the open data, as the last full build published it, not null
     * @param history  the content's Git history, as the last full build read it, not null
     * @param parses  the files parsed by this run's load, which the next run's load reuses, not null
     */
    public record Built(BuildResult result, PlanModel model, List<Page> pages, List<OutputPath> rendered,
            OpenData openData, ContentHistory history, ParseCache parses) {
        /**
         * Copies the lists.
         *
         * @param result  what was published, not null
         * @param model  the plan, not null
         * @param pages  every page of the site in order, without the さくいん, not null
         * @param rendered  the pages this run rendered, not null
         * @param openData  the open data, not null
         * @param history  the content's Git history, not null
         * @param parses  the files parsed by this run's load, not null
         */
        public Built {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(model, "model");
            pages = List.copyOf(pages);
            rendered = List.copyOf(rendered);
            Objects.requireNonNull(openData, "openData");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(parses, "parses");
        }
    }

    /**
     * Builds and publishes the site from scratch; a stock JBake project ({@link JBakeProject}) is baked by JBake.
     *
     * @param request  what to build, not null
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors (the report has file, line and fix of each)
     * @throws SiteException if another stage fails
     */
    public static BuildResult build(BuildRequest request) {
        if (JBakeProject.isJBakeProject(request.sourceDirectory())) {
            return bakeStockJBake(request);
        }
        // a run nobody updates later keeps no parsed files (at 100,000 pages they would outweigh the model) and no
        // page whole: each page made from a content file is made when rendered and dropped once written
        return build(request, Changes.everything(), false).result();
    }

    /**
     * The pipeline: builds the site of a plan, or updates it after content files changed.
     * <ol>
     *   <li>{@link Stage#LOAD} the plan (reusing the previous run's parsed files whose bytes are unchanged);</li>
     *   <li>{@link Stage#VALIDATE}: content errors stop here;</li>
     *   <li>{@link Stage#HISTORY}: the content's commits (an update keeps the previous run's);</li>
     *   <li>{@link Stage#ASSEMBLE} every page: open data (written into the staging folder as it is made; an update
     *       keeps the previous run's), pages, history pages, language versions, then the check that no two share an
     *       address;</li>
     *   <li>{@link Stage#RENDER} the pages (an update: only those whose values changed) into a staging folder;</li>
     *   <li>{@link Stage#INDEX} and {@link Stage#ENRICH} (not in an update), in one pass over the pages written: each
     *       page is read once, its bytes added to the search index, and parsed once for its furigana variant, its
     *       speech text and its links (for the next stage); then the index is written and the さくいん rendered
     *       (index), and the さくいん's pages read the same way (enrich);</li>
     *   <li>{@link Stage#LINKS} that leave the site, in every page written (a full build: from the enrich stage's
     *       parse; an update: read from the pages written): content errors;</li>
     *   <li>{@link Stage#PUBLISH}: {@code plan.json}, feed, sitemap, assets, and the atomic swap (an
     *       update: each rendered page's file replaces its old one, the files of pages that are gone are deleted).</li>
     * </ol>
     * An update leaves the search index, the さくいん, the open data, the feed, the sitemap, the furigana variants and
     * the Git history as the previous run made them: each depends on every page.
     *
     * @param request  what to build, a plan's site (not a stock JBake project), not null
     * @param changes  what changed: {@link Changes#everything()} for a clean build, not null
     * @return what was built, not null
     * @throws ContentErrorException if the content has errors (the published site stays as it was)
     * @throws SiteException if another stage fails
     * @throws IllegalArgumentException if the source is a stock JBake project (see {@link #build(BuildRequest)})
     */
    public static Built build(BuildRequest request, Changes changes) {
        return build(request, changes, true);
    }

    /**
     * The pipeline; {@code kept}: whether the next run starts from this one (a preview server), which then keeps each
     * parsed file and every page whole (to render only the pages whose values changed); a run not kept holds the
     * whole pages of those being rendered at a time ({@link LazyPage}) and returns no pages.
     */
    private static Built build(BuildRequest request, Changes changes, boolean kept) {
        if (JBakeProject.isJBakeProject(request.sourceDirectory())) {
            throw new IllegalArgumentException("Not a plan (a stock JBake project; use build(BuildRequest)): "
                    + request.sourceDirectory());
        }
        Optional<Built> before = changes.updating(request.planDirectory());
        ParseCache parses = changes.previous().map(Built::parses).orElseGet(ParseCache::new);
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);

        LoadResult loaded = timed(request, times, Stage.LOAD,
                () -> PlanLoader.load(request.planDirectory(), kept ? parses : null));
        ValidationReport report = timed(request, times, Stage.VALIDATE,
                () -> validated(request, withChromeWarnings(request, loaded, BodyLimits.check(request.planDirectory(), loaded.report()))));
        PlanModel model = loaded.orElseThrow();
        ContentHistory history = before.map(Built::history)
                .orElseGet(() -> timed(request, times, Stage.HISTORY, () -> ContentHistory.read(request.planDirectory())));
        // a full build's staging folder is made before assemble, which writes the open data into it
        Output output = before.isPresent() ? new PageByPage(request.outputDirectory()) : new Staged(request.outputDirectory());
        Path folder = output.begin();
        boolean published = false;
        try {
            Assembled site = timed(request, times, Stage.ASSEMBLE, () -> assemble(request, loaded, before.map(Built::openData), history, kept,
                    folder.resolve(SitePaths.OPENDATA_FOLDER)));
            List<Page> whole = kept ? LazyPage.whole(site.pages()) : List.of();
            List<LazyPage> toRender = before.map(b -> LazyPage.kept(changed(b.pages(), whole))).orElse(site.pages());
            List<OutputPath> gone = before.map(b -> gone(b.pages(), whole)).orElse(List.of());
            timed(request, times, Stage.RENDER, () -> render(request, toRender, folder, Stage.RENDER));
            // the problems found from here on are reported together, before anything is published
            List<ValidationIssue> found = new ArrayList<>();
            Collection<String> contentFiles = loaded.sources().values();
            List<String> cacheNotes = new ArrayList<>();
            // a full build's link check reads the links from the one parse of each page of the index and enrich pass
            Optional<LinkPart> links = before.isPresent() ? Optional.empty() : Optional.of(linkPart(request, folder));
            List<Page> sakuin = links.isEmpty() ? List.of()
                    : indexAndEnrich(request, times, model, site, folder, found, contentFiles, cacheNotes, links.get());
            int written = toRender.size() + sakuin.size();
            timed(request, times, Stage.LINKS, () -> links(request, folder, found, contentFiles, written,
                    links.map(LinkPart::leaving)));
            failOn(report, found);
            int files = timed(request, times, Stage.PUBLISH, () -> {
                if (!sakuin.isEmpty()) {
                    writeSiteFiles(request, model, site, sakuin, folder);
                }
                return output.commit(toRender, gone);
            });
            published = true;
            List<String> notes = before.isPresent()
                    ? List.of(toRender.size() + " ページを作り直し、" + gone.size() + " ページを削除しました。" + SiteSession.deferred())
                    : Stream.of(history.note().stream(), site.notes().stream(), cacheNotes.stream()).flatMap(n -> n).toList();
            return new Built(new BuildResult(report, request.outputDirectory(), files, times, notes), model, whole,
                    toRender.stream().map(LazyPage::outputPath).toList(), site.openData(), history, parses);
        } finally {
            output.end(published);
        }
    }

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
        LoadResult loaded = timed(request, times, Stage.LOAD, () -> PlanLoader.load(request.planDirectory()));
        ValidationReport report = timed(request, times, Stage.VALIDATE, () -> failOn(loaded.report(), List.of()));
        Staged output = new Staged(request.outputDirectory());
        Path folder = output.begin();
        boolean published = false;
        try {
            int files = timed(request, times, Stage.PUBLISH, () -> {
                io("", () -> OpenData.writtenTo(folder, loaded.orElseThrow(), request.baseUrl().toString(), request.license(),
                        request.csvBom()));
                return output.commit();
            });
            published = true;
            return new BuildResult(report, request.outputDirectory(), files, times);
        } finally {
            output.end(published);
        }
    }

    /** A stock JBake project: JBake renders it into the staging folder, which is then swapped in. */
    private static BuildResult bakeStockJBake(BuildRequest request) {
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        ValidationReport report = timed(request, times, Stage.VALIDATE, () -> validated(request, JBakeProject.check(request.sourceDirectory())));
        Staged output = new Staged(request.outputDirectory());
        Path folder = output.begin();
        boolean published = false;
        try {
            timed(request, times, Stage.RENDER, () -> rendering(Stage.RENDER, () -> JBakeProject.bake(request.sourceDirectory(), folder)));
            int files = timed(request, times, Stage.PUBLISH, output::commit);
            published = true;
            return new BuildResult(report, request.outputDirectory(), files, times,
                    List.of("jbake.properties のある JBake の構成として、JBake でそのまま作りました（計画の形式に移すと、観点・取組などのページが作られます）。"));
        } finally {
            output.end(published);
        }
    }

    /**
     * What the assemble stage made: the pages (each page made from a content file is made whole when rendered:
     * {@link LazyPage}), and what the later stages need of it.
     */
    private record Assembled(List<LazyPage> pages, OpenData openData, LanguageVariants languages, List<WebFiles.Update> updates,
            List<String> notes) {
    }

    /**
     * The assemble stage: the open data (unless {@code kept}: an update's, which the previous run published), written
     * into {@code openDataFolder} as it is made, the pages of the plan with the search page and the accessibility
     * pages, each page's history page, the language variants, checked for shared addresses. The pages are kept whole if
     * {@code whole} (a run the next one starts from); otherwise each page made from a content file is made when
     * rendered.
     */
    private static Assembled assemble(BuildRequest request, LoadResult loaded, Optional<OpenData> kept, ContentHistory history,
            boolean whole, Path openDataFolder) {
        PlanModel model = loaded.orElseThrow();
        // the open data is made and written on a thread of its own while the Markdown is converted and the pages are
        // assembled; the open-data page, the last but one section, waits for it
        try (Beside<OpenData> making = Beside.start("tsunagu-opendata", () -> kept.orElseGet(() -> OpenData.writtenTo(openDataFolder,
                model, request.baseUrl().toString(), request.license(), request.csvBom())))) {
            try {
                return assemble(request, loaded, history, whole, () -> openData(making));
            } catch (RuntimeException e) {
                openData(making); // the open data's failure is reported first, as when it was made before the rest
                throw e;
            }
        }
    }

    /** The open data the thread made, its failure to write reported as the stage's. */
    private static OpenData openData(Beside<OpenData> making) {
        try {
            return making.get();
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.ASSEMBLE, "出力先のフォルダにオープンデータを書き込めませんでした（公開中のサイトはそのままです）。"
                    + "フォルダの権限とディスクの空きを確認してください: " + IoMessages.of(e), e);
        }
    }

    private static Assembled assemble(BuildRequest request, LoadResult loaded, ContentHistory history, boolean whole,
            Supplier<OpenData> openData) {
        PlanModel model = loaded.orElseThrow();
        PageAssembler assembler = new PageAssembler(model, loaded.sources(), request.baseUrl().toString(), request.license(), openData);
        FileBudget bodies = request.fileBudget("本文の変換", loaded.sources().size());
        // the build cache: a content file's conversions are decided by its texts and the converter
        Optional<BuildCache> conversions = request.cacheDirectory()
                .map(c -> openCache(request, Stage.ASSEMBLE, "markdown", List.of(MarkdownBodies.CONVERTER)));
        MarkdownBodies.Prepared prepared;
        try {
            prepared = MarkdownBodies.prepare(model, loaded.sources(), bodies, conversions);
            failOn(loaded.report(), overruns(Stage.ASSEMBLE, bodies, loaded.sources().values()));
            conversions.ifPresent(BuildCache::retainUsed);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.ASSEMBLE, "作成のキャッシュ " + request.cacheDirectory().orElseThrow() + " に本文の変換を書き込めませんでした（"
                    + IoMessages.of(e) + "）。フォルダの権限とディスクの空きを確かめるか、-Dtsunagu.build.cache=false で使わずに作ってください。", e);
        }
        List<String> notes = conversions.map(c -> List.of("本文の変換: " + prepared.files() + " ファイルのうち " + prepared.restored()
                + " ファイルは作成のキャッシュ（" + c.folder() + "）から使い、" + prepared.converted() + " ファイルを変換しました"
                + (c.ignored() == 0 ? "。" : "（壊れているか別の版のキャッシュ " + c.ignored() + " 件は使わずに変換し直しました）。")))
                .orElse(List.of());
        List<LazyPage> sections = whole ? LazyPage.kept(assembler.assemble()) : assembler.assembleLazily();
        // the search page and the accessibility pages, made from the outlines (they read the site's values), come last
        List<Page> outlines = outlines(sections);
        List<Page> withOwn = AccessibilityPages.with(SearchPages.withSearchPage(outlines), Statement.read(request.sourceDirectory()));
        List<LazyPage> assembled = new ArrayList<>(sections);
        assembled.addAll(LazyPage.kept(withOwn.subList(outlines.size(), withOwn.size())));
        List<LazyPage> historied = new HistoryPages(model, loaded.sources(), history).addTo(assembled);
        LanguageVariants languages = new LanguageVariants(model, loaded.sources());
        List<LazyPage> pages = languages.addTo(historied);
        failOn(loaded.report(), ContentAddresses.clashes(outlines(pages), loaded.sources().values(), request.planDirectory()));
        return new Assembled(pages, openData.get(), languages, assembler.updates(), notes);
    }

    /** The outlines of pages: their addresses, titles and the values later stages read. */
    private static List<Page> outlines(List<LazyPage> pages) {
        return pages.stream().map(LazyPage::outline).toList();
    }

    /** The pages whose values are not what the previous run rendered. */
    private static List<Page> changed(List<Page> before, List<Page> now) {
        Map<OutputPath, Page> previous = byPath(before);
        return now.stream().filter(p -> !p.equals(previous.get(p.outputPath()))).toList();
    }

    /** The pages the previous run rendered that are no longer in the site. */
    private static List<OutputPath> gone(List<Page> before, List<Page> now) {
        Map<OutputPath, Page> current = byPath(now);
        return before.stream().map(Page::outputPath).filter(p -> !current.containsKey(p)).toList();
    }

    private static Map<OutputPath, Page> byPath(List<Page> pages) {
        return pages.stream().collect(Collectors.toMap(Page::outputPath, Function.identity(), (a, b) -> b, LinkedHashMap::new));
    }

    /**
     * The one render step: the theme's templates (the project's over the default ones), then JBake, which makes each
     * page whole as it renders it.
     */
    private static RenderResult render(BuildRequest request, List<LazyPage> pages, Path folder, Stage stage) {
        if (pages.isEmpty()) {
            return new RenderResult(folder, List.of(), Duration.ZERO);
        }
        Path templates = null;
        try {
            templates = Files.createTempDirectory("tsunagu-templates");
            Theme.writeTemplates(templates, request.sourceDirectory().resolve("templates"));
            RenderRequest render = RenderRequest.lazy(pages, templates, folder);
            FileBudget budget = pages.size() > 1 ? request.fileBudget("ページの作成", pages.size()) : request.fileBudget();
            return rendering(stage, () -> new JBakeRenderer().render(render, budget));
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(stage, "テンプレートを準備できませんでした: " + IoMessages.of(e), e);
        } finally {
            if (templates != null) {
                Folders.deleteQuietly(templates);
            }
        }
    }

    /** Labels the renderer's failures with the stage. */
    private static RenderResult rendering(Stage stage, Supplier<RenderResult> step) {
        try {
            return step.get();
        } catch (RenderException e) {
            throw new SiteException(stage, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // a page the generator assembled wrongly (its address, template or values): no content file to blame
            throw new SiteException(stage, "ページを作れませんでした（生成処理の誤りです）。テンプレートを変えていればそれを確かめ、"
                    + "直らなければ mvn -e の詳しい内容を添えて開発者に知らせてください。", e);
        }
    }

    /**
     * The index and enrich stages, in one pass over the pages the render stage wrote. Each page is read once, on one
     * of a pool of threads, within each stage's budget: its bytes go to the search index (its snippet file, its
     * keywords and its fields: one Kuromoji pass in normal mode gives the reading field and the さくいん's nouns), and
     * they are parsed once (jsoup) for the link check ({@code links}) and the furigana copy and speech text. Then
     * the index is merged, scored and written and the さくいん rendered (index), and the さくいん's own pages are read
     * the same way (enrich). Nothing of a page is kept once it is done but what the index needs of the whole site (the
     * postings, the keyword counts) and the links that leave it.
     * <p>
     * The pass's wall time goes to the two stages in proportion to the time their parts took; each stage's
     * dictionaries and cache are opened under its own name (its errors say which), and each stage's pages over their
     * budget are reported as that stage's. With a build cache, an unchanged page's index entry and its furigana copy
     * and speech text and the links that leave it come from the cache, each stage's part on its own; a page whose
     * copies and links both come from the cache is not parsed at all (the index reads the bytes, not the parse).
     *
     * @return the さくいん's pages, empty if a page went over its budget in the index part
     */
    @SuppressWarnings("try") // the index being written is held only to be closed (dropped) if the pass fails
    private static List<Page> indexAndEnrich(BuildRequest request, Map<Stage, Duration> times, PlanModel model, Assembled site,
            Path folder, List<ValidationIssue> found, Collection<String> contentFiles, List<String> notes,
            LinkPart links) {
        IndexPart index = timed(request, times, Stage.INDEX, () -> indexPart(request, model, site, folder));
        try (SearchIndexer.Writing writing = index.writing()) {
            EnrichPart enrich = timed(request, times, Stage.ENRICH, () -> enrichPart(request, model, folder, links));
            Map<Path, Integer> numbers = new HashMap<>();
            for (int n = 0; n < index.pages().size(); n++) {
                numbers.put(folder.resolve(index.pages().get(n).path()), n);
            }
            // the index's pages first, in page order (each thread's keyword counts then grow by appending), then the rest
            List<Path> order = new ArrayList<>(index.pages().stream().map(p -> folder.resolve(p.path())).toList());
            enrich.files().stream().filter(f -> !numbers.containsKey(f)).forEach(order::add);
            FileBudget budget = request.fileBudget("ふりがな", order.size());
            long[] split = pass(folder, order, numbers, index, enrich, budget, contentFiles);
            Duration passTime = Duration.ofNanos(split[0]);
            List<Page> sakuin = measured(times, Stage.INDEX, () -> finishIndex(request, site, folder, index, found, contentFiles, notes));
            measured(times, Stage.ENRICH, () -> finishEnrich(request, folder, sakuin, enrich, budget, order.size(), found, contentFiles, notes));
            times.merge(Stage.INDEX, share(passTime, split[1], split[1] + split[2]), Duration::plus);
            times.merge(Stage.ENRICH, share(passTime, split[2], split[1] + split[2]), Duration::plus);
            return sakuin;
        }
    }

    /** A part of a whole, in proportion. */
    private static Duration share(Duration whole, long part, long of) {
        return of <= 0 ? whole.dividedBy(2) : Duration.ofNanos(Math.round(whole.toNanos() * ((double) part / of)));
    }

    /** The index stage's part of the pass: the index being written, its pages in page order, their budget, the cache. */
    private record IndexPart(SearchIndexer.Writing writing, List<SearchPage> pages, FileBudget budget, Optional<IndexCache> cache) {
    }

    /** The enrich stage's part of the pass: the furigana copies, the pages written, the cache (null: none), the links. */
    private record EnrichPart(FuriganaVariants variants, List<Path> files, CachedStage cache, LinkPart links) {
    }

    /**
     * The link check's part of the pass: the links of each page that leave the site ({@link ContentAddresses#leaving}),
     * by file, read from the page's parse or, with a build cache, kept from an earlier build. What the check finds in
     * a page is decided by the page's path and bytes, the site's path (of its address) and the tool, and nothing else
     * (not the other pages: it judges only whether a link climbs out of the site), so these make the cache's key.
     */
    private static final class LinkPart {
        private final Path folder;
        private final URI baseUrl;
        private final Optional<CachedLists> cache;
        private final Map<Path, List<String>> leaving = new ConcurrentSkipListMap<>();

        LinkPart(Path folder, URI baseUrl, Optional<CachedLists> cache) {
            this.folder = folder;
            this.baseUrl = baseUrl;
            this.cache = cache;
        }

        /**
         * Takes a page's links from the cache, if it holds them; otherwise gives what reads them from the page's parse
         * (before the furigana change it) and stores them.
         */
        Optional<Consumer<Document>> reader(Path file, byte[] html) {
            String page = folder.relativize(file).toString().replace('\\', '/');
            if (cache.isEmpty()) {
                return Optional.of(doc -> keep(file, ContentAddresses.leaving(page, doc, baseUrl)));
            }
            CachedLists.Found found = cache.get().find(page, html);
            if (found.kept().isPresent()) {
                keep(file, found.kept().get());
                return Optional.empty();
            }
            return Optional.of(doc -> keep(file, cache.get().store(found, ContentAddresses.leaving(page, doc, baseUrl))));
        }

        private void keep(Path file, List<String> urls) {
            if (!urls.isEmpty()) {
                leaving.put(file, urls);
            }
        }

        /** The links that leave the site, by file, in file order. */
        Map<Path, List<String>> leaving() {
            return leaving;
        }

        Optional<CachedLists> cache() {
            return cache;
        }
    }

    /** Opens the link check's cache, keyed by what the check reads besides a page's path and bytes: the site's path. */
    private static LinkPart linkPart(BuildRequest request, Path folder) {
        return new LinkPart(folder, request.baseUrl(), request.cacheDirectory().map(c -> new CachedLists(
                openCache(request, Stage.LINKS, "links", List.of(String.valueOf(request.baseUrl().getPath()))))));
    }

    /** Opens the index stage's dictionaries and cache and starts the index. */
    private static IndexPart indexPart(BuildRequest request, PlanModel model, Assembled site, Path folder) {
        SearchIndexer indexer;
        Optional<IndexCache> cache;
        try {
            List<GlossaryWord> glossary = SearchPages.glossary(model);
            List<GlossaryWord> userWords = UserWords.read(request.sourceDirectory());
            Synonyms synonyms = Synonyms.read(request.sourceDirectory(), glossary);
            indexer = new SearchIndexer(glossary, userWords, synonyms);
            // the build cache: what a page gives the index is decided by its path, title, breadcrumbs and bytes and these
            cache = request.cacheDirectory().map(folderOfCache -> new IndexCache(openCache(request, Stage.INDEX, "index",
                    List.of(glossary.toString(), userWords.toString(), synonyms.groups().toString()))));
        } catch (IllegalArgumentException e) {
            // the editors' dictionary or synonyms: its file, line and fix, in Japanese
            throw new SiteException(Stage.INDEX, "検索の索引を作れませんでした: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.INDEX, "検索の辞書を読めませんでした: " + IoMessages.of(e), e);
        }
        List<SearchPage> indexed = SearchPages.indexed(LanguageVariants.originals(site.pages()));
        FileBudget budget = request.fileBudget("検索の索引", indexed.size());
        try {
            return new IndexPart(indexer.start(folder, indexed, budget, cache), indexed, budget, cache);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.INDEX, "検索の索引を作れませんでした: " + IoMessages.of(e), e);
        }
    }

    /** A part of the pass that failed, with the stage it belongs to. */
    private static final class PartFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Stage stage;

        PartFailed(Stage stage, RuntimeException cause) {
            super(cause);
            this.stage = stage;
        }
    }

    /**
     * The pass over the pages: each page read once, its bytes given to the index (if it is one of its pages) and to
     * the enrich stage, each within its stage's budget.
     *
     * @return the pass's wall time and, summed over the threads, the time of its index part and of its enrich part,
     *         in nanoseconds: {wall, index, enrich}
     */
    private static long[] pass(Path folder, List<Path> order, Map<Path, Integer> numbers, IndexPart index,
            EnrichPart enrich, FileBudget budget, Collection<String> contentFiles) {
        AtomicLong indexTime = new AtomicLong();
        AtomicLong enrichTime = new AtomicLong();
        long start = System.nanoTime();
        try {
            Pools.each("tsunagu-pages", order, Runtime.getRuntime().availableProcessors(), file -> {
                long t0 = System.nanoTime();
                Integer n = numbers.get(file);
                String name = folder.relativize(file).toString().replace('\\', '/');
                byte[][] html = new byte[1][];
                try {
                    html[0] = Files.readAllBytes(file);
                    if (n != null) {
                        index.budget().run(name, () -> {
                            index.writing().add(n, html[0]);
                            return n;
                        });
                    }
                } catch (IOException e) {
                    throw new PartFailed(n != null ? Stage.INDEX : Stage.ENRICH, new UncheckedIOException(e));
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw new PartFailed(Stage.INDEX, e);
                }
                long t1 = System.nanoTime();
                indexTime.addAndGet(t1 - t0);
                try {
                    budget.run(name, () -> {
                        enrichPage(folder, file, html[0], enrich);
                        return file;
                    });
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw new PartFailed(Stage.ENRICH, e);
                }
                enrichTime.addAndGet(System.nanoTime() - t1);
            });
        } catch (PartFailed e) {
            RuntimeException cause = (RuntimeException) e.getCause();
            throw partFailure(e.stage, e.stage == Stage.INDEX ? index.budget() : budget, contentFiles, cause);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw outOf(Stage.INDEX, e);
        }
        return new long[] {System.nanoTime() - start, indexTime.get(), enrichTime.get()};
    }

    /**
     * The enrich part of one page: its files and its links that leave the site from the caches, or read from the one
     * parse of the page (and stored); a page whose files and links both come from the caches is not parsed.
     */
    private static void enrichPage(Path folder, Path file, byte[] html, EnrichPart enrich) {
        Optional<String> key = enrich.cache() == null ? Optional.of("") : enrich.cache().restore(folder, file, html);
        Optional<Consumer<Document>> readLinks = enrich.links().reader(file, html);
        if (key.isEmpty() && readLinks.isEmpty()) {
            return;
        }
        Document doc = FuriganaVariants.parse(file, html);
        readLinks.ifPresent(read -> read.accept(doc)); // before the furigana change it
        if (key.isPresent()) {
            enrich.variants().write(file, doc);
            if (enrich.cache() != null) {
                enrich.cache().store(file, key.get());
            }
        }
    }

    /**
     * What a failed part of the index and enrich pass throws: the files over their budget (their likely cause), or the
     * stage's own error — a file that could not be read or written, or a fault of the generator.
     */
    private static RuntimeException partFailure(Stage stage, FileBudget budget, Collection<String> contentFiles,
            RuntimeException e) {
        String what = stage == Stage.INDEX ? "検索の索引を作れませんでした" : "ふりがな付きのページを作れませんでした";
        return e instanceof UncheckedIOException io
                ? overrunOr(stage, budget, contentFiles, () -> new SiteException(stage, what + ": " + IoMessages.of(io), io))
                : overrunOr(stage, budget, contentFiles, () -> new SiteException(stage,
                        what + "（生成処理の誤りです。ページの内容を確かめ、直らなければ開発者に知らせてください）。", e));
    }

    /**
     * The index stage's finishing step: the index merged, scored and written, then the さくいん's pages, rendered like
     * every other page. A page over its budget is added to the problems found, and then there is no さくいん (an
     * empty list).
     */
    private static List<Page> finishIndex(BuildRequest request, Assembled site, Path folder, IndexPart part,
            List<ValidationIssue> found, Collection<String> contentFiles, List<String> notes) {
        Optional<SearchIndex> index;
        try {
            index = part.writing().finish();
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw partFailure(Stage.INDEX, part.budget(), contentFiles, e);
        }
        found.addAll(overruns(Stage.INDEX, part.budget(), contentFiles));
        if (index.isEmpty()) {
            return List.of();
        }
        part.cache().ifPresent(c -> {
            c.retainUsed();
            notes.add("検索の索引: " + part.pages().size() + " ページのうち " + c.restored() + " ページは作成のキャッシュ（" + c.folder()
                    + "）から使い、" + c.analysed() + " ページを解析しました"
                    + (c.ignored() == 0 ? "。" : "（壊れているか別の版のキャッシュ " + c.ignored() + " 件は使わずに作り直しました）。"));
        });
        List<Page> sakuin = SearchPages.sakuin(outlines(site.pages()), index.get()).stream().map(site.languages()::withSwitch).toList();
        render(request, LazyPage.kept(sakuin), folder, Stage.INDEX);
        return sakuin;
    }

    /**
     * The links stage: links in the written pages that leave the site, and pages over their budget. A full build has
     * found them in the enrich stage's parse of each page ({@code read}, by file, in file order); an update reads the
     * pages it wrote.
     */
    private static Void links(BuildRequest request, Path folder, List<ValidationIssue> found, Collection<String> contentFiles,
            int pages, Optional<Map<Path, List<String>>> read) {
        FileBudget budget = request.fileBudget("リンクの確認", pages);
        List<ValidationIssue> leaving;
        try {
            leaving = read.isPresent()
                    ? ContentAddresses.linksLeavingTheSite(byPage(folder, read.get()), contentFiles, request.planDirectory())
                    : ContentAddresses.linksLeavingTheSite(folder, request.baseUrl(), contentFiles, request.planDirectory(), budget);
        } catch (UncheckedIOException e) {
            throw overrunOr(Stage.LINKS, budget, contentFiles, () -> new SiteException(Stage.LINKS,
                    "書き出したページを読み直せませんでした: " + IoMessages.of(e), e));
        }
        found.addAll(leaving);
        found.addAll(overruns(Stage.LINKS, budget, contentFiles));
        return null;
    }

    private static Map<String, List<String>> byPage(Path folder, Map<Path, List<String>> byFile) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        byFile.forEach((file, urls) -> pages.put(folder.relativize(file).toString().replace('\\', '/'), urls));
        return pages;
    }

    /**
     * Opens the enrich stage's dictionaries and cache: the furigana copies of the pages written so far (every HTML file
     * but the copies) and the speech text of their sentences (the editors' speech dictionary over the furigana's
     * readings). The copies are not in the page list, so the sitemap does not list them.
     */
    private static EnrichPart enrichPart(BuildRequest request, PlanModel model, Path folder, LinkPart links) {
        List<GlossaryWord> glossary = SearchPages.glossary(model);
        SpeechWords speech;
        try {
            speech = SpeechWords.read(request.sourceDirectory(), glossary);
        } catch (IllegalArgumentException e) {
            throw new SiteException(Stage.ENRICH, "読み上げの辞書に誤りがあります:\n" + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.ENRICH, "読み上げの辞書を読めませんでした: " + IoMessages.of(e), e);
        }
        FuriganaVariants variants;
        List<GlossaryWord> words;
        try {
            words = FuriganaWords.read(request.sourceDirectory(), glossary);
            variants = new FuriganaVariants(FuriganaWords.dictionary(words), speech, request.baseUrl().toString());
        } catch (IllegalArgumentException e) {
            throw new SiteException(Stage.ENRICH, "ふりがなのよみの辞書に誤りがあります:\n" + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.ENRICH, "ふりがなのよみの辞書を読めませんでした: " + IoMessages.of(e), e);
        }
        // the build cache: a page's furigana copy and speech text are decided by its bytes and these; their bytes are
        // taken from the site this build replaces (the published one), checked against the entry's digests
        CachedStage cache = request.cacheDirectory().isEmpty() ? null : new CachedStage(openCache(request, Stage.ENRICH, "enrich",
                List.of(CachedStage.LAYOUT, request.baseUrl().toString(), glossary.toString(), words.toString(),
                        fileText(request.sourceDirectory().resolve(SpeechWords.FILE)))),
                name -> List.of(SitePaths.furigana(name), SitePaths.speech(name)), request.outputDirectory());
        try {
            return new EnrichPart(variants, FuriganaVariants.pages(folder), cache, links);
        } catch (UncheckedIOException e) {
            throw new SiteException(Stage.ENRICH, "ふりがな付きのページを作れませんでした: " + IoMessages.of(e), e);
        }
    }

    /**
     * The enrich stage's finishing step: the さくいん's pages read like the others (their links, their furigana copies
     * and speech text), then the pages over their budget added to the problems found and, if there are none, the
     * cache's unused entries deleted.
     *
     * @param read  how many pages the pass read
     */
    private static Void finishEnrich(BuildRequest request, Path folder, List<Page> sakuin, EnrichPart enrich, FileBudget budget,
            int read, List<ValidationIssue> found, Collection<String> contentFiles, List<String> notes) {
        FileBudget own = request.fileBudget();
        try {
            Pools.each("tsunagu-pages", sakuin.stream().map(p -> p.outputPath().resolveIn(folder)).toList(),
                    Runtime.getRuntime().availableProcessors(), file -> own.run(folder.relativize(file).toString().replace('\\', '/'), () -> {
                        try {
                            enrichPage(folder, file, Files.readAllBytes(file), enrich);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return file;
                    }));
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw partFailure(Stage.ENRICH, own, contentFiles, e);
        }
        List<ValidationIssue> over = new ArrayList<>(overruns(Stage.ENRICH, budget, contentFiles));
        over.addAll(overruns(Stage.ENRICH, own, contentFiles));
        found.addAll(over);
        CachedStage cache = enrich.cache();
        if (cache != null) {
            if (over.isEmpty()) {
                cache.retainUsed();
            }
            notes.add("ふりがな・読み上げ: " + (read + sakuin.size()) + " ページのうち " + cache.restored() + " ページは作成のキャッシュ（"
                    + cache.folder() + "）から使い、" + cache.made() + " ページを作りました"
                    + (cache.ignored() == 0 ? "" : "（壊れているか別の版のキャッシュ " + cache.ignored() + " 件は使わずに作り直しました）")
                    + (cache.stale() == 0 ? "。" : "（公開中のサイトにないか変わっていたファイルのある " + cache.stale() + " ページは作り直しました）。"));
        }
        enrich.links().cache().ifPresent(links -> {
            if (over.isEmpty()) {
                links.retainUsed();
            }
            notes.add("リンクの確認: " + (read + sakuin.size()) + " ページのうち " + links.restored() + " ページは作成のキャッシュ（"
                    + links.folder() + "）の結果を使い、" + links.made() + " ページを読みました"
                    + (links.ignored() == 0 ? "。" : "（壊れているか別の版のキャッシュ " + links.ignored() + " 件は使わずに読み直しました）。"));
        });
        return null;
    }

    /** Opens one stage's build cache in the request's cache folder, its failures said in Japanese with the fix. */
    private static BuildCache openCache(BuildRequest request, Stage stage, String name, List<String> parts) {
        try {
            return BuildCache.open(request.cacheDirectory().orElseThrow(), request.outputDirectory(), name, parts,
                    line -> DEBUG.log(System.Logger.Level.DEBUG, line));
        } catch (IllegalArgumentException e) {
            throw new SiteException(stage, e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new SiteException(stage, "作成のキャッシュ " + request.cacheDirectory().orElseThrow() + " を用意できませんでした（"
                    + IoMessages.of(e) + "）。フォルダの権限を確かめるか、-Dtsunagu.build.cache=false で使わずに作ってください。", e);
        }
    }

    /** A file's text for a cache key, or a mark that it is missing. */
    private static String fileText(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a stage that failed with files over their budget throws: the files (their likely cause), or its own error. */
    private static RuntimeException overrunOr(Stage stage, FileBudget budget, Collection<String> contentFiles,
            Supplier<SiteException> otherwise) {
        List<ValidationIssue> over = overruns(stage, budget, contentFiles);
        return over.isEmpty() ? otherwise.get() : new ContentErrorException(new ValidationReport(over));
    }

    /**
     * The files that went over their budget in a stage, as errors naming the content file (a page the site makes on
     * its own by its path), what ran out and the fix.
     */
    private static List<ValidationIssue> overruns(Stage stage, FileBudget budget, Collection<String> contentFiles) {
        String work = switch (stage) {
            case ASSEMBLE -> "本文の Markdown を HTML にする処理";
            case INDEX -> "ページを検索の索引に入れる処理";
            case LINKS -> "ページのリンクを確かめる処理";
            case ENRICH -> "ページにふりがなを付ける処理";
            default -> stage.label() + " の処理";
        };
        return budget.overruns().stream().map(o -> {
            Optional<String> source = contentFiles.contains(o.file()) ? Optional.of(o.file())
                    : ContentAddresses.sourceOf(o.file(), contentFiles);
            String what = work + (source.isEmpty() ? "（サイトが作るページ）" : source.get().equals(o.file()) ? "" : "（" + o.file() + "）");
            return switch (o.kind()) {
                case TIME -> new ValidationIssue(ValidationCode.E_FILE_TIME, source.orElse(o.file()), 0, what
                        + "に時間がかかりすぎたため止めました（1ファイル " + budget.limit().toSeconds() + " 秒まで）。"
                        + "本文を複数のファイルに分けて短くするか、表・リンク・書式の記号をへらしてください。"
                        + "大きなファイルが必要なら -Dtsunagu.build.fileSeconds=秒数 で上限を上げられます。");
                case MEMORY -> new ValidationIssue(ValidationCode.E_FILE_MEMORY, source.orElse(o.file()), 0, what
                        + "でメモリが足りなくなりました。本文を複数のファイルに分けて小さくするか、"
                        + "Maven に使わせるメモリを増やしてください（例: MAVEN_OPTS=\"-Xmx2g\"）。");
                case STACK -> new ValidationIssue(ValidationCode.E_FILE_MEMORY, source.orElse(o.file()), 0, what
                        + "で入れ子が深すぎて、処理に使うスタックが足りなくなりました。引用・リスト・HTML の要素の入れ子を浅くしてください。");
            };
        }).toList();
    }

    /** The publish stage of a build: the files made from the whole site, written before the swap (the open data: in assemble). */
    private static void writeSiteFiles(BuildRequest request, PlanModel model, Assembled site, List<Page> sakuin, Path folder) {
        String baseUrl = request.baseUrl().toString();
        io("", () -> {
            Theme.writeAssets(folder.resolve("assets"), request.sourceDirectory().resolve("assets"));
            // the open data is in the folder since assemble; plan.json at the root is the open data's plan.json,
            // serialised once: the same file where links exist
            Folders.linkOrCopy(folder.resolve(SitePaths.OPENDATA_FOLDER).resolve(OpenData.PLAN_JSON),
                    folder.resolve(SitePaths.PLAN_JSON));
            write(folder.resolve(SitePaths.FEED), WebFiles.atom(baseUrl, model.plan().title(),
                    model.plan().municipality().name(), site.updates(), Paging.FEED_ENTRIES));
            WebFiles.writeSitemap(folder, baseUrl, Stream.concat(site.pages().stream().map(LazyPage::outputPath),
                    sakuin.stream().map(Page::outputPath)).map(OutputPath::value).filter(p -> !p.equals(SitePaths.NOT_FOUND)).toList(),
                    sitemapAlternates(site.languages()));
            write(folder.resolve("robots.txt"), WebFiles.robots(baseUrl));
        });
    }

    /** Where a run writes before publishing: a staging folder swapped in whole, or a folder of changed pages. */
    private interface Output {
        /** Prepares the empty folder to write into. */
        Path begin();

        /**
         * Publishes what was written; returns the number of files published.
         *
         * @param pages  the pages rendered
         * @param gone  the pages of the previous run that are no longer in the site
         */
        int commit(List<LazyPage> pages, List<OutputPath> gone);

        /** Cleans up: the staging folder of a failed run, the folder of changed pages always. */
        void end(boolean published);
    }

    /** A whole site, written beside the output folder and swapped in ({@link AtomicPublisher}). */
    private static final class Staged implements Output {
        private final Path output;
        private final AtomicPublisher publisher;

        Staged(Path output) {
            this.output = output;
            this.publisher = new AtomicPublisher(output);
        }

        @Override
        public Path begin() {
            Path[] staging = new Path[1];
            io("", () -> staging[0] = publisher.begin());
            return staging[0];
        }

        /** Swaps the staging folder in (whatever pages were rendered); returns the number of files in the site. */
        @Override
        public int commit(List<LazyPage> pages, List<OutputPath> gone) {
            return commit();
        }

        /** Swaps the staging folder in; returns the number of files in the site. */
        int commit() {
            io("", publisher::commit);
            try (Stream<Path> s = Files.walk(output)) {
                return (int) s.filter(Files::isRegularFile).count();
            } catch (IOException | UncheckedIOException e) {
                throw new SiteException(Stage.PUBLISH, "公開したファイルを数えられませんでした: " + output + "（" + IoMessages.of(e) + "）", e);
            }
        }

        @Override
        public void end(boolean published) {
            if (!published) {
                try {
                    publisher.abort();
                } catch (UncheckedIOException e) {
                    // the build's own failure is what to report; the next build removes what is left (AtomicPublisher.begin)
                }
            }
        }
    }

    /**
     * The changed pages of an update, written into {@code <output>.partial}: each page's file replaces its old one in
     * one step, the files of pages that are gone are deleted.
     */
    private static final class PageByPage implements Output {
        private final Path output;
        private final Path partial;

        PageByPage(Path output) {
            this.output = output;
            this.partial = output.resolveSibling(output.getFileName() + ".partial");
        }

        @Override
        public Path begin() {
            io("", () -> {
                Folders.delete(partial);
                Files.createDirectories(partial);
            });
            return partial;
        }

        /** Moves the pages in; returns the number of pages rendered. */
        @Override
        public int commit(List<LazyPage> pages, List<OutputPath> gone) {
            io("（公開中のサイトは一部だけ更新されています。次の保存で全体を作り直します）", () -> {
                for (LazyPage p : pages) {
                    Path target = p.outputPath().resolveIn(output);
                    Files.createDirectories(target.getParent());
                    Files.move(p.outputPath().resolveIn(partial), target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
                for (OutputPath p : gone) {
                    Files.deleteIfExists(p.resolveIn(output));
                }
            });
            return pages.size();
        }

        @Override
        public void end(boolean published) {
            Folders.deleteQuietly(partial);
        }
    }

    /** The language versions of each page with variants, for the sitemap's {@code xhtml:link} elements. */
    private static Map<String, List<WebFiles.Alternate>> sitemapAlternates(LanguageVariants languages) {
        Map<String, List<WebFiles.Alternate>> out = new LinkedHashMap<>();
        languages.alternates().forEach((page, list) -> out.put(page, list.stream()
                .map(a -> new WebFiles.Alternate(a.hreflang(), a.href())).toList()));
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Runs one stage's work, adding its wall time to the stage's, and says which stage it is in the request's
     * progress lines, such as {@code 5/9 ページの作成（render）}. A stage that runs out of memory or stack fails
     * with a {@link SiteException} that says so and how to fix it; what the stage held is then garbage, so the JVM
     * (Maven's, the development server's) goes on.
     */
    private static <T> T timed(BuildRequest request, Map<Stage, Duration> times, Stage stage, Supplier<T> work) {
        request.progress().accept(String.format("%d/%d %s（%s）", stage.ordinal() + 1, Stage.values().length, stage.title(),
                stage.label()));
        return measured(times, stage, work);
    }

    /** Runs more of a stage's work, adding its wall time to the stage's, as {@link #timed} does, without a progress line. */
    private static <T> T measured(Map<Stage, Duration> times, Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw outOf(stage, e);
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

    /** The failure of a stage that ran out of memory or stack: what to do, in Japanese. */
    private static SiteException outOf(Stage stage, VirtualMachineError e) {
        if (e instanceof StackOverflowError) {
            return new SiteException(stage, "処理に使うスタックが足りなくなったため止めました（公開中のサイトはそのままです）。"
                    + "本文やテンプレートの入れ子が深すぎないか確かめ、直らなければスタックを増やして"
                    + "（例: MAVEN_OPTS=\"-Xss8m\"）もう一度実行してください。", e);
        }
        return new SiteException(stage, "メモリが足りなくなったため止めました（公開中のサイトはそのままです）。"
                + "Maven に使わせるメモリを増やして（例: MAVEN_OPTS=\"-Xmx2g\" mvn tsunagu:build、"
                + "または .mvn/jvm.config に -Xmx2g）、もう一度実行してください。", e);
    }

    /**
     * Content problems stop the build like the loader's errors: the report's errors, or problems found after
     * loading (addresses, links), reported together with the report's warnings.
     *
     * @return the report, if it has no errors and nothing was found
     */
    /**
     * The validate stage's verdict: errors stop the build, and so do warnings when the request says
     * {@link BuildRequest#withFailOn failOn WARNING}; nothing has been written yet.
     */
    private static ValidationReport validated(BuildRequest request, ValidationReport report) {
        ValidationReport checked = failOn(report, List.of());
        if (request.failOn() == Severity.WARNING && !checked.issues().isEmpty()) {
            throw new ContentErrorException(checked);
        }
        return checked;
    }

    /** Adds a warning for each language plan.md declares that has no chrome of its own ({@link Messages#warnings}). */
    private static ValidationReport withChromeWarnings(BuildRequest request, LoadResult loaded, ValidationReport report) {
        List<ValidationIssue> warnings = loaded.model().map(m -> Messages.warnings(m.plan().languages(), request.planDirectory()))
                .orElse(List.of());
        if (warnings.isEmpty()) {
            return report;
        }
        List<ValidationIssue> all = new ArrayList<>(report.issues());
        all.addAll(warnings);
        return new ValidationReport(all);
    }

    private static ValidationReport failOn(ValidationReport report, List<ValidationIssue> found) {
        if (found.isEmpty() && !report.hasErrors()) {
            return report;
        }
        List<ValidationIssue> all = new ArrayList<>(report.issues());
        all.addAll(found);
        throw new ContentErrorException(new ValidationReport(all));
    }

    /**
     * Runs publishing I/O, labelling a failure (unwritable folder, full disk) with the stage and saying what became
     * of the published site.
     *
     * @param site  what became of the published site, empty when it stays as it was
     */
    private static void io(String site, IoStep step) {
        try {
            step.run();
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(Stage.PUBLISH, "出力先のフォルダに書き込めませんでした"
                    + (site.isEmpty() ? "（公開中のサイトはそのままです）" : site) + "。"
                    + "フォルダの権限とディスクの空きを確認してください: " + IoMessages.of(e), e);
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }
}
