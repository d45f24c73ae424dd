package jp.tsunagu.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.ParseCache;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.assemble.ContentAddresses;
import jp.tsunagu.site.assemble.PageAssembler;
import jp.tsunagu.site.history.ContentHistory;
import jp.tsunagu.site.enrich.LanguageVariants;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.render.JBakeProject;
import jp.tsunagu.site.render.JBakeRenderer;
import jp.tsunagu.site.render.OutputPath;
import jp.tsunagu.site.render.Page;
import jp.tsunagu.site.render.RenderException;
import jp.tsunagu.site.render.RenderRequest;
import jp.tsunagu.site.render.Theme;
import jp.tsunagu.site.publish.Folders;

/**
 * Builds one site again and again while an editor previews it ({@code tsunagu:serve}): the first build is the full
 * {@link SiteGenerator#build}; after a change of content files only, {@link #update(Collection)} re-loads and
 * re-validates the plan (parsing again only the files whose bytes changed, {@link ParseCache}), re-assembles every page in memory (Markdown conversions are remembered by
 * {@link jp.tsunagu.site.render.MarkdownRenderer}, so only edited texts are converted again), and renders with JBake
 * <em>only the pages whose values changed</em>, replacing their files in the output folder one by one; pages that
 * are gone are deleted.
 * <p>
 * What an update leaves as it was, until the next full build ({@link #full()}: at start, after a change of
 * templates, assets or anything outside {@code plan/}, or after a failed update): the search index and the さくいん
 * page, the open data files and the open-data page's file list, {@code plan.json}, the feed, the sitemap and the
 * pages' Git history (each of these depends on every page, so it would make an update as slow as a build).
 * {@link #deferred()} says so for the preview page. Links that leave the site are checked on the pages rendered.
 * <p>
 * A stock JBake project ({@link JBakeProject}) is always built in full. Not thread-safe: one build at a time (the
 * development server's build thread).
 */
public final class SiteSession {
    private final BuildRequest request;
    private ContentHistory history;
    private OpenData openData;
    private Map<OutputPath, Page> rendered;
    /** Files parsed by earlier loads: an update parses only the files whose bytes changed. */
    private final ParseCache parses = new ParseCache();

    /**
     * Creates a session; nothing is built yet.
     *
     * @param request  what to build, not null
     */
    public SiteSession(BuildRequest request) {
        this.request = java.util.Objects.requireNonNull(request, "request");
    }

    /**
     * What an update does not refresh, for the preview page, in Japanese.
     *
     * @return the note, not null
     */
    public static String deferred() {
        return "プレビュー中の更新では、変更したページだけを作り直します。検索・さくいん・オープンデータ・フィード・更新履歴は"
                + "サーバーを起動したとき（またはテンプレートなどを変えて全体を作り直したとき）のままです。"
                + "ふりがな付きのページも同じです。";
    }

    /**
     * Builds the whole site, as {@link SiteGenerator#build} does, and keeps what an update needs.
     *
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors
     * @throws SiteException if another stage fails
     */
    public BuildResult full() {
        rendered = null;
        BuildResult result = SiteGenerator.build(request);
        if (!JBakeProject.isJBakeProject(request.sourceDirectory())) {
            LoadResult loaded = PlanLoader.load(request.planDirectory(), parses);
            PlanModel model = loaded.orElseThrow();
            history = ContentHistory.read(request.planDirectory());
            openData = OpenData.of(model, request.baseUrl().toString(), request.license(), request.csvBom());
            Map<OutputPath, Page> pages = new HashMap<>();
            assemble(loaded, model).forEach(p -> pages.put(p.outputPath(), p));
            rendered = pages;
        }
        return result;
    }

    /**
     * Updates the site after files changed: only the pages whose values changed are rendered again, if every
     * changed file is under {@code plan/} and the last build succeeded; otherwise the whole site is built.
     *
     * @param changed  the files that changed (created, modified or deleted), not null
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors (the published site stays as it was)
     * @throws SiteException if another stage fails
     */
    public BuildResult update(Collection<Path> changed) {
        Path plan = request.planDirectory().toAbsolutePath().normalize();
        boolean contentOnly = !changed.isEmpty()
                && changed.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(plan));
        if (rendered == null || !contentOnly) {
            return full();
        }
        Map<OutputPath, Page> before = rendered;
        rendered = null; // until this update has succeeded
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        LoadResult loaded = timed(times, Stage.LOAD, () -> PlanLoader.load(request.planDirectory(), parses));
        ValidationReport report = loaded.report();
        if (report.hasErrors()) {
            rendered = before;
            throw new ContentErrorException(report);
        }
        PlanModel model = loaded.orElseThrow();
        List<Page> pages = timed(times, Stage.ASSEMBLE, () -> assemble(loaded, model));
        List<ValidationIssue> clashes = timed(times, Stage.ASSEMBLE,
                () -> ContentAddresses.clashes(pages, loaded.sources().values(), request.planDirectory()));
        if (!clashes.isEmpty()) {
            rendered = before;
            throw new ContentErrorException(withIssues(report, clashes));
        }
        Map<OutputPath, Page> now = new HashMap<>();
        List<Page> changedPages = new ArrayList<>();
        for (Page p : pages) {
            now.put(p.outputPath(), p);
            if (!p.equals(before.get(p.outputPath()))) {
                changedPages.add(p);
            }
        }
        List<OutputPath> gone = before.keySet().stream().filter(p -> !now.containsKey(p)).toList();
        Path out = request.outputDirectory();
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
            Folders.delete(partial);
            if (!changedPages.isEmpty()) {
                timed(times, Stage.RENDER, () -> render(changedPages, partial));
                List<ValidationIssue> leaving = timed(times, Stage.VALIDATE, () -> ContentAddresses.linksLeavingTheSite(
                        partial, request.baseUrl(), loaded.sources().values(), request.planDirectory()));
                if (!leaving.isEmpty()) {
                    rendered = before;
                    throw new ContentErrorException(withIssues(report, leaving));
                }
            }
            timed(times, Stage.PUBLISH, () -> {
                move(changedPages, partial, out);
                gone.forEach(p -> delete(p.resolveIn(out)));
                return null;
            });
        } finally {
            Folders.delete(partial);
        }
        rendered = now;
        return new BuildResult(report, out, changedPages.size(), times,
                List.of(changedPages.size() + " ページを作り直し、" + gone.size() + " ページを削除しました。" + deferred()));
    }

    private List<Page> assemble(LoadResult loaded, PlanModel model) {
        PageAssembler assembler = new PageAssembler(model, loaded.sources(), request.baseUrl().toString(), openData);
        return SiteGenerator.pages(request, loaded, assembler, history, new LanguageVariants(model, loaded.sources()),
                new EnumMap<>(Stage.class));
    }

    private Void render(List<Page> pages, Path folder) {
        Path templates = null;
        try {
            templates = Files.createTempDirectory("tsunagu-templates");
            Theme.writeTemplates(templates, request.sourceDirectory().resolve("templates"));
            new JBakeRenderer().render(RenderRequest.of(pages, templates, folder));
            return null;
        } catch (RenderException | IllegalArgumentException e) {
            throw new SiteException(Stage.RENDER, e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException(Stage.RENDER, "テンプレートを準備できませんでした: " + e.getMessage(), e);
        } finally {
            if (templates != null) {
                Folders.delete(templates);
            }
        }
    }

    /** Replaces each page's file in the output folder by its new one, each in one step. */
    private static void move(List<Page> pages, Path from, Path to) {
        try {
            for (Page p : pages) {
                Path target = p.outputPath().resolveIn(to);
                Files.createDirectories(target.getParent());
                Files.move(p.outputPath().resolveIn(from), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new SiteException(Stage.PUBLISH, "出力先のフォルダに書き込めませんでした。フォルダの権限とディスクの空きを確認してください: "
                    + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SiteException(Stage.PUBLISH, "古いページを削除できませんでした: " + file + "（" + e.getMessage() + "）", e);
        }
    }

    private static ValidationReport withIssues(ValidationReport report, List<ValidationIssue> more) {
        List<ValidationIssue> all = new ArrayList<>(report.issues());
        all.addAll(more);
        return new ValidationReport(all);
    }

    private static <T> T timed(Map<Stage, Duration> times, Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        }
    }

}
