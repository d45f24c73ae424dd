package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.site.ja.Romaji;

/**
 * The default theme shipped in the jar: FreeMarker templates and static assets. A project may override any
 * file by putting one of the same name in its {@code src/templates} or {@code src/assets}.
 */
public final class Theme {
    private static final String BASE = "/jp/tsunagu/site/theme/";

    /** The templates of the default theme. */
    public static final List<String> TEMPLATES = List.of("layout.ftlh", "home.ftlh", "policy.ftlh", "viewpoints.ftlh",
            "viewpoint.ftlh", "initiatives.ftlh", "initiative.ftlh", "action-plans.ftlh", "action-plan.ftlh", "progress.ftlh", "progress-overview.ftlh", "progress-parts.ftlh", "reviews.ftlh",
            "review.ftlh", "ooda.ftlh", "governance.ftlh", "glossary.ftlh", "references.ftlh", "page.ftlh", "sitemap.ftlh",
            "pages.ftlh", "404.ftlh", "history.ftlh", "site-history.ftlh", "action-plan-changes.ftlh", "search.ftlh", "sakuin.ftlh",
            "opendata.ftlh", "reading-tools.ftlh", "furigana-toggle.ftlh", "language-switch.ftlh", "variant.ftlh", "variant-home.ftlh",
            "accessibility.ftlh", "test-report.ftlh");

    /** The static assets of the default theme. */
    public static final List<String> ASSETS = List.of("site.css", "search.js", "reading-prefs.js", "reading.js", "header.js");

    /** The search client, which takes the romaji table of {@link Romaji} when it is written. */
    static final String SEARCH_SCRIPT = "search.js";

    private Theme() {
    }

    /**
     * Writes the default templates into a folder, then the project's own templates over them.
     *
     * @param target  the folder to fill, not null
     * @param projectTemplates  the project's templates folder, may not exist
     */
    public static void writeTemplates(Path target, Path projectTemplates) {
        copy("templates/", TEMPLATES, target);
        overlay(projectTemplates, target);
    }

    /**
     * Writes the default assets into a folder, then the project's own assets over them. The search client gets the
     * romaji table ({@link Romaji#intoScript}), so Java and JavaScript convert romaji from one table.
     *
     * @param target  the folder to fill, not null
     * @param projectAssets  the project's assets folder, may not exist
     */
    public static void writeAssets(Path target, Path projectAssets) {
        copy("assets/", ASSETS, target);
        overlay(projectAssets, target);
    }

    private static void copy(String folder, List<String> names, Path target) {
        try {
            Files.createDirectories(target);
            for (String name : names) {
                try (InputStream in = Theme.class.getResourceAsStream(BASE + folder + name)) {
                    if (in == null) {
                        throw new IllegalStateException("theme file missing from the jar: " + folder + name);
                    }
                    if (folder.equals("assets/") && name.endsWith(".js")) {
                        String script = withoutComments(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        Files.writeString(target.resolve(name), name.equals(SEARCH_SCRIPT) ? Romaji.intoScript(script) : script,
                                StandardCharsets.UTF_8);
                    } else {
                        Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The theme's script as published: without the lines that hold only a comment ({@code // …}, or a {@code /* … *}{@code /}
     * block that starts a line), which a reader's phone would download with every page; the sources keep them. The
     * theme's scripts have no template literals, so such a line is never inside a string.
     */
    static String withoutComments(String script) {
        return script.replaceAll("(?m)^[ \\t]*/\\*[^*]*\\*+(?:[^/*][^*]*\\*+)*/[ \\t]*\\n", "")
                .replaceAll("(?m)^[ \\t]*//.*\\n", "");
    }

    private static void overlay(Path source, Path target) {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path to = target.resolve(source.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
