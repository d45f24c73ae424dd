package jp.tsunagu.site.render;

/**
 * Renders typed pages through templates into files: the {@code render} stage of the pipeline.
 * <p>
 * The stages before it have already loaded, validated and assembled the plan, so a page arrives
 * with everything its template needs; a renderer only turns pages into files. Example:
 * <pre>{@code
 * SiteRenderer renderer = new JBakeRenderer();
 * RenderResult result = renderer.render(RenderRequest.of(pages, templates, output));
 * }</pre>
 * Implementations are thread-safe.
 */
public interface SiteRenderer {

    /**
     * Renders every page of the request into its output folder.
     * <p>
     * On failure the output folder may hold some of the pages: write into a staging folder and
     * publish it only after success.
     *
     * @param request the pages, templates and output folder, not null
     * @return what was written, not null
     * @throws RenderException if any page could not be rendered, listing every problem
     */
    RenderResult render(RenderRequest request);
}
