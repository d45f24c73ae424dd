package jp.tsunagu.site;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.site.SiteGenerator.Built;
import jp.tsunagu.site.SiteGenerator.Changes;
import jp.tsunagu.site.render.JBakeProject;

/**
 * Builds one site again and again while an editor previews it ({@code tsunagu:serve}), keeping what each run of the
 * pipeline built ({@link SiteGenerator#build(BuildRequest, Changes)}) so the next starts from it: the first run is
 * a full build; after a change of content files only, {@link #update(Collection)} re-loads and re-validates the plan
 * (parsing again only the files whose bytes changed), re-assembles every page in memory (Markdown conversions are
 * remembered by {@link jp.tsunagu.site.render.MarkdownRenderer}, so only edited texts are converted again), and
 * renders with JBake <em>only the pages whose values changed</em>, replacing their files in the output folder one by
 * one; pages that are gone are deleted.
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
    /** What the last successful run built; empty before the first and after a failure that may have left the
     *  output folder different from it. */
    private Optional<Built> last = Optional.empty();

    /**
     * Creates a session; nothing is built yet.
     *
     * @param request  what to build, not null
     */
    public SiteSession(BuildRequest request) {
        this.request = Objects.requireNonNull(request, "request");
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
     * Builds the whole site, as {@link SiteGenerator#build(BuildRequest)} does, and keeps what an update needs.
     *
     * @return what was published, not null
     * @throws ContentErrorException if the content has errors
     * @throws SiteException if another stage fails
     */
    public BuildResult full() {
        last = Optional.empty();
        if (JBakeProject.isJBakeProject(request.sourceDirectory())) {
            return SiteGenerator.build(request);
        }
        return run(Changes.everything());
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
        if (last.isEmpty()) {
            return full();
        }
        return run(Changes.since(last.get(), changed));
    }

    /**
     * Gets what the last successful run built: the model, every page, what that run rendered, the open data and
     * history an update keeps.
     *
     * @return what was built, empty before the first build, after a failed one and for a stock JBake project
     */
    public Optional<Built> built() {
        return last;
    }

    private BuildResult run(Changes changes) {
        Optional<Built> before = changes.updating(request.planDirectory());
        last = Optional.empty(); // until this run has succeeded
        try {
            last = Optional.of(SiteGenerator.build(request, changes));
            return last.get().result();
        } catch (ContentErrorException e) {
            last = before; // an update's content errors are found before it moves a file: the site is as before
            throw e;
        }
    }
}
