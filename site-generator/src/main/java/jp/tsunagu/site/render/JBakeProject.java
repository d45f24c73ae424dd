package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.orientechnologies.common.log.OLogManager;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;
import org.jbake.model.DocumentModel;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.publish.AtomicPublisher;

/**
 * A project in stock JBake layout — {@code jbake.properties}, {@code templates/}, {@code content/} with JBake
 * headers ({@code title=…} then {@code ~~~~~~}), {@code assets/} — baked by JBake's own crawler, so a city that
 * published with JBake can switch to {@code tsunagu:build} before moving its content to the plan format.
 * <p>
 * It is recognised by {@code jbake.properties} in the source folder and no {@code plan/} folder beside it.
 * Markdown is rendered by the plan's own flexmark dialect ({@link MarkdownRenderer}: GitHub tables, autolinks,
 * raw HTML shown as text) instead of JBake's pegdown profile, which would bring a dozen more libraries.
 * The output is published atomically like a plan's site; JBake's errors fail the build in the render stage.
 * <pre>{@code
 * if (JBakeProject.isJBakeProject(Path.of("src/main/jbake"))) {
 *     JBakeProject.bake(BuildRequest.of(Path.of("src/main/jbake"), Path.of("target/site")));
 * }
 * }</pre>
 * This class is thread-safe; bakes are serialised with the plan renderer's.
 */
public final class JBakeProject {
    private JBakeProject() {
    }

    /**
     * Checks whether a source folder holds a stock JBake project rather than a plan.
     *
     * @param sourceDirectory  the source folder, not null
     * @return true if it has {@code jbake.properties} and no {@code plan/} folder
     */
    public static boolean isJBakeProject(Path sourceDirectory) {
        return Files.isRegularFile(sourceDirectory.resolve("jbake.properties")) && !Files.isDirectory(sourceDirectory.resolve("plan"));
    }

    /**
     * Bakes the project with JBake and publishes it to the request's output folder.
     *
     * @param request  the source folder (the JBake project) and output folder, not null
     * @return what was published, not null
     * @throws SiteException if JBake reports errors or the output cannot be written
     */
    public static BuildResult bake(BuildRequest request) {
        long start = System.nanoTime();
        Path content = request.sourceDirectory().resolve(contentFolder(request.sourceDirectory()));
        ValidationReport report = BodyLimits.check(request.sourceDirectory(), content,
                new ValidationReport(unrenderedFiles(request.sourceDirectory(), content)));
        if (report.hasErrors()) {
            throw new ContentErrorException(report);
        }
        AtomicPublisher publisher = new AtomicPublisher(request.outputDirectory());
        Path staging = publisher.begin();
        boolean published = false;
        try {
            List<Throwable> errors;
            synchronized (JBakeRenderer.BAKE_LOCK) {
                Locale all = Locale.getDefault();
                Locale display = Locale.getDefault(Locale.Category.DISPLAY);
                Locale format = Locale.getDefault(Locale.Category.FORMAT);
                try {
                    JBakeConfiguration config = new JBakeConfigurationFactory()
                            .createDefaultJbakeConfiguration(request.sourceDirectory().toFile(), staging.toFile(), true);
                    Engines.register("md", FlexmarkEngine.INSTANCE);
                    Engines.register("markdown", FlexmarkEngine.INSTANCE);
                    UNRENDERED.keySet().forEach(ext -> Engines.register(ext, Unrendered.INSTANCE));
                    Oven oven = new Oven(config);
                    OLogManager.instance().setConsoleLevel("SEVERE");
                    oven.bake();
                    errors = oven.getErrors();
                } catch (RuntimeException e) {
                    throw new SiteException(Stage.RENDER, "JBake could not bake " + request.sourceDirectory() + ": " + e, e);
                } finally {
                    Locale.setDefault(all);
                    Locale.setDefault(Locale.Category.DISPLAY, display);
                    Locale.setDefault(Locale.Category.FORMAT, format);
                }
            }
            if (!errors.isEmpty()) {
                throw new SiteException(Stage.RENDER, "JBake reported " + errors.size() + " error(s): "
                        + errors.stream().map(String::valueOf).reduce((a, b) -> a + "; " + b).orElse(""), errors.get(0));
            }
            publisher.commit();
            published = true;
        } finally {
            if (!published) {
                publisher.abort();
            }
        }
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        times.put(Stage.RENDER, Duration.ofNanos(System.nanoTime() - start));
        return new BuildResult(report, request.outputDirectory(), countFiles(request.outputDirectory()), times,
                List.of("jbake.properties のある JBake の構成として、JBake でそのまま作りました（計画の形式に移すと、観点・取組などのページが作られます）。"));
    }

    /** The content folder JBake reads: {@code content.folder} of {@code jbake.properties}, else {@code content}. */
    private static String contentFolder(Path source) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(source.resolve("jbake.properties"), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new SiteException(Stage.LOAD, "jbake.properties を読めませんでした（" + source.resolve("jbake.properties")
                    + "）。ファイルがあり、「キー=値」の形で書かれているか確認してください。", e);
        }
        return properties.getProperty("content.folder", "content").strip();
    }

    /**
     * A warning for each content file in a format JBake knows or a stock project keeps beside its pages but Tsunagu
     * does not render; such files are left out of the site ({@link Unrendered}) instead of becoming pages that say
     * that a rendering engine is missing.
     */
    private static List<ValidationIssue> unrenderedFiles(Path source, Path content) {
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).sorted().flatMap(file -> {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String format = dot < 0 ? null : UNRENDERED.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
                if (format == null) {
                    return Stream.empty();
                }
                String relative = source.relativize(file).toString().replace('\\', '/');
                return Stream.of(new ValidationIssue(ValidationCode.W_FORMAT_UNSUPPORTED, relative, 0, format
                        + " のファイルは Tsunagu ではページにならないため、サイトに入れていません。Markdown（同じ名前の .md）か HTML（.html）"
                        + "に書き換えてください。ページにしないファイルなら content フォルダの外に移してください。"));
            }).toList();
        } catch (IOException e) {
            throw new SiteException(Stage.LOAD, "JBake の content フォルダを読めませんでした（" + content + "）: " + e.getMessage(), e);
        }
    }

    private static int countFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return (int) s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content formats Tsunagu does not render, by file extension, with their names for the warning. */
    private static final Map<String, String> UNRENDERED = Map.of("ad", "AsciiDoc", "adoc", "AsciiDoc", "asciidoc", "AsciiDoc",
            "groovy", "Groovy", "gsp", "Groovy", "textile", "Textile", "rst", "reStructuredText", "org", "Org");

    /** The engine for the formats above: the file is skipped (JBake's crawler leaves out a file parsed to nothing). */
    private static final class Unrendered implements ParserEngine {
        static final Unrendered INSTANCE = new Unrendered();

        @Override
        public DocumentModel parse(JBakeConfiguration config, java.io.File file) {
            return null;
        }

        @Override
        public Map<String, Object> parse(org.apache.commons.configuration2.Configuration config, java.io.File file, String contentPath) {
            return null;
        }
    }

    /** JBake's Markdown engine replaced by ours, for {@code .md} and {@code .markdown} content. */
    private static final class FlexmarkEngine extends MarkupEngine {
        static final FlexmarkEngine INSTANCE = new FlexmarkEngine();

        @Override
        public void processBody(ParserContext context) {
            context.setBody(MarkdownRenderer.standard().toHtml(context.getBody()));
        }
    }
}
