package jp.tsunagu.site.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One page to render: where it goes, which template renders it, its title and the values the
 * template reads.
 * <p>
 * A template sees the page as {@code content}: {@code ${content.title}}, {@code ${content.rootpath}}
 * (the way back to the site root, such as {@code ../}), {@code ${content.uri}} (the output path) and
 * every model value under its key, such as {@code ${content.initiative.title}}. Records are read
 * without parentheses; like every bean, they must be public types for a template to see their
 * components. Example:
 * <pre>{@code
 * Page page = Page.of("用語/情報.html", "term.ftlh", "情報", Map.of("reading", "じょうほう"));
 * }</pre>
 * Model values should themselves be immutable (records, {@code List.copyOf}); the map is copied,
 * its values are not. Keys that JBake itself writes into a document ({@link #RESERVED_KEYS}) are
 * rejected, so a model value can never be silently overwritten.
 * <p>
 * This class is immutable and thread-safe if its model values are.
 *
 * @param outputPath where the page is written, relative to the site root, not null
 * @param template   the template file, relative to the templates folder, ending with {@code .ftlh},
 *                   {@code .ftlx} or {@code .ftl}, not null
 * @param title      the title, not null, may be empty
 * @param model      the values for the template, not null, may be empty; no null keys or values
 */
public record Page(OutputPath outputPath, String template, String title, Map<String, Object> model) {

    /**
     * The keys a model may not use, because JBake writes them into each document:
     * {@code cached, file, nextContent, noExtensionUri, previousContent, rendered, rootpath, sha1,
     * sourceuri, status, title, type, uri}.
     */
    public static final Set<String> RESERVED_KEYS = Set.of("cached", "file", "nextContent", "noExtensionUri",
            "previousContent", "rendered", "rootpath", "sha1", "sourceuri", "status", "title", "type", "uri");

    /**
     * Validates the page and copies its model.
     *
     * @throws IllegalArgumentException if the template name or a model key is not allowed, or a model
     *                                  value is null
     *
     * @param outputPath where the page is written, relative to the site root, not null
     * @param template   the template file, relative to the templates folder, ending with {@code .ftlh},
     *                   {@code .ftlx} or {@code .ftl}, not null
     * @param title      the title, not null, may be empty
     * @param model      the values for the template, not null, may be empty; no null keys or values
     */
    public Page {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(model, "model");
        checkTemplate(outputPath, template);
        model = copyOf(outputPath, model);
    }

    /**
     * Obtains a page from its parts.
     *
     * @param outputPath the output path, such as {@code 用語/情報.html}, not null
     * @param template   the template file, such as {@code term.ftlh}, not null
     * @param title      the title, not null
     * @param model      the values for the template, not null
     * @return the page, not null
     * @throws IllegalArgumentException if a part is invalid
     */
    public static Page of(String outputPath, String template, String title, Map<String, ?> model) {
        return new Page(OutputPath.parse(outputPath), template, title, Map.copyOf(model));
    }

    private static void checkTemplate(OutputPath outputPath, String template) {
        boolean freemarker = template.endsWith(".ftlh") || template.endsWith(".ftlx") || template.endsWith(".ftl");
        boolean inside = !template.startsWith("/") && !template.contains("\\")
                && !("/" + template + "/").contains("/../");
        if (!freemarker || !inside) {
            throw new IllegalArgumentException("Invalid template '" + template + "' for page '" + outputPath
                    + "': name a FreeMarker file (.ftlh, .ftlx or .ftl) inside the templates folder");
        }
    }

    private static Map<String, Object> copyOf(OutputPath outputPath, Map<String, Object> model) {
        Set<String> reserved = new TreeSet<>();
        Map<String, Object> copy = new LinkedHashMap<>();
        model.forEach((key, value) -> {
            Objects.requireNonNull(key, () -> "Page '" + outputPath + "' has a null model key");
            if (value == null) {
                throw new IllegalArgumentException("Page '" + outputPath + "' has a null value for model key '"
                        + key + "': leave the key out instead");
            }
            if (RESERVED_KEYS.contains(key)) {
                reserved.add(key);
            }
            copy.put(key, value);
        });
        if (!reserved.isEmpty()) {
            throw new IllegalArgumentException("Page '" + outputPath + "' uses reserved model key(s) " + reserved
                    + " (JBake writes these; reserved: " + new TreeSet<>(RESERVED_KEYS) + ")");
        }
        return Map.copyOf(copy);
    }
}
