package jp.tsunagu.site.render;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What to render: the pages, the folder of templates and the folder to write into. A page made when rendered
 * ({@link LazyPage}) is made by the renderer on the thread that renders it and dropped once written, so a bake
 * holds the whole pages being rendered at a time, not every page.
 * <p>
 * Two pages may not share an output path; the constructor names every such conflict at once.
 * Example:
 * <pre>{@code
 * RenderRequest request = RenderRequest.of(pages, Path.of("src/templates"), Path.of("target/site"));
 * }</pre>
 * This class is immutable and thread-safe if its pages are.
 *
 * @param pages           the pages in rendering order, not null, may be empty
 * @param templatesFolder the folder the pages' template names are resolved against, not null
 * @param outputFolder    the site root to write into (created if missing), not null
 */
public record RenderRequest(List<LazyPage> pages, Path templatesFolder, Path outputFolder) {

    /**
     * Validates the request and copies its page list.
     *
     * @throws IllegalArgumentException if two pages share an output path
     * @param pages           the pages in rendering order, not null, may be empty
     * @param templatesFolder the folder the pages' template names are resolved against, not null
     * @param outputFolder    the site root to write into (created if missing), not null
     */
    public RenderRequest {
        pages = List.copyOf(pages);
        Objects.requireNonNull(templatesFolder, "templatesFolder");
        Objects.requireNonNull(outputFolder, "outputFolder");
        checkOutputConflicts(pages);
    }

    /**
     * Obtains a request from its parts.
     *
     * @param pages           the pages, not null
     * @param templatesFolder the templates folder, not null
     * @param outputFolder    the output folder, not null
     * @return the request, not null
     * @throws IllegalArgumentException if two pages share an output path
     */
    public static RenderRequest of(List<Page> pages, Path templatesFolder, Path outputFolder) {
        return new RenderRequest(LazyPage.kept(pages), templatesFolder, outputFolder);
    }

    /**
     * Obtains a request for pages made when rendered.
     *
     * @param pages  the pages in rendering order, not null, may be empty
     * @param templatesFolder  the folder the pages' template names are resolved against, not null
     * @param outputFolder  the site root to write into (created if missing), not null
     * @return the request, not null
     * @throws IllegalArgumentException if two pages share an output path
     */
    public static RenderRequest lazy(List<LazyPage> pages, Path templatesFolder, Path outputFolder) {
        return new RenderRequest(pages, templatesFolder, outputFolder);
    }

    private static void checkOutputConflicts(List<LazyPage> pages) {
        Map<OutputPath, List<String>> titlesByPath = pages.stream().map(LazyPage::outline).collect(Collectors.groupingBy(
                Page::outputPath, LinkedHashMap::new, Collectors.mapping(Page::title, Collectors.toList())));
        String conflicts = titlesByPath.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .map(entry -> "'" + entry.getKey() + "' is written by " + entry.getValue().size()
                        + " pages (titles " + entry.getValue() + ")")
                .collect(Collectors.joining("; "));
        if (!conflicts.isEmpty()) {
            throw new IllegalArgumentException("Output conflict: " + conflicts + ". Give each page its own output path.");
        }
    }
}
