package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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

/**
 * A project in stock JBake layout — {@code jbake.properties}, {@code templates/}, {@code content/} with JBake
 * headers ({@code title=…} then {@code ~~~~~~}), {@code assets/} — baked by JBake's own crawler, so a city that
 * published with JBake can switch to {@code tsunagu:build} before moving its content to the plan format.
 * <p>
 * It is recognised by {@code jbake.properties} in the source folder and no {@code plan/} folder beside it.
 * Content in a format Tsunagu does not render (AsciiDoc, Groovy, Textile, reStructuredText, Org) is left out of the
 * site and reported per file by {@link #check(Path)} ({@code W-FORMAT-UNSUPPORTED}), never published as a page that
 * says a rendering engine is missing; Markdown bodies get the plan's {@link BodyLimits}.
 * Markdown is rendered by the plan's own flexmark dialect ({@link MarkdownRenderer}: GitHub tables, autolinks,
 * raw HTML shown as text) instead of JBake's pegdown profile, which would bring a dozen more libraries.
 * It is baked into the folder the pipeline gives (the pipeline publishes it atomically like
 * a plan's site); JBake's errors fail the build in the render stage.
 * <pre>{@code
 * if (JBakeProject.isJBakeProject(Path.of("src/main/jbake"))) {
 *     JBakeProject.bake(Path.of("src/main/jbake"), staging);
 * }
 * }</pre>
 * This class is thread-safe; bakes are serialised with the plan renderer's.
 */
public final class JBakeProject {
    /** Where FreeMarker's text says a template failed: {@code template "post.ftl" at line 2, column 27}. */
    private static final java.util.regex.Pattern TEMPLATE_PLACE = java.util.regex.Pattern.compile(
            "template \"([^\"]{1,200})\"\\s+(?:at|in) line (\\d+), column (\\d+)");
    /** The expression FreeMarker found missing, before the place on the same line: {@code ==> content.x  [in}. */
    private static final java.util.regex.Pattern MISSING_VALUE = java.util.regex.Pattern.compile("==> (\\S{1,200})\\s+\\[in $");

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
     * Checks a project before it is baked: a warning for each content file in a format Tsunagu does not render, and
     * the {@link BodyLimits} of every Markdown body (errors).
     *
     * @param sourceDirectory  the JBake project, not null
     * @return what was found, not null, may be empty
     */
    public static ValidationReport check(Path sourceDirectory) {
        List<ValidationIssue> issues = new ArrayList<>();
        String folder;
        try {
            folder = contentFolder(sourceDirectory);
        } catch (IOException | IllegalArgumentException e) {
            return new ValidationReport(List.of(new ValidationIssue(ValidationCode.E_IO, "jbake.properties", 0,
                    "jbake.properties を読めませんでした。ファイルがあり、「キー=値」の形で書かれているか確認してください。")));
        }
        Path content = sourceDirectory.resolve(folder);
        issues.addAll(unrenderedFiles(sourceDirectory, content));
        return BodyLimits.check(sourceDirectory, content, new ValidationReport(issues));
    }

    /**
     * Bakes the project with JBake into a folder; publishing it is the pipeline's work.
     *
     * @param sourceDirectory  the JBake project, not null
     * @param folder  the folder to bake into, such as the pipeline's staging folder, not null
     * @return what was written, not null
     * @throws RenderException if JBake stops or reports errors, listing every one
     */
    public static RenderResult bake(Path sourceDirectory, Path folder) {
        long start = System.nanoTime();
        List<Throwable> errors;
        synchronized (JBakeRenderer.BAKE_LOCK) {
            Locale all = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            try {
                JBakeConfiguration config = new JBakeConfigurationFactory()
                        .createDefaultJbakeConfiguration(sourceDirectory.toFile(), folder.toFile(), true);
                Engines.register("md", FlexmarkEngine.INSTANCE);
                Engines.register("markdown", FlexmarkEngine.INSTANCE);
                UNRENDERED.keySet().forEach(ext -> Engines.register(ext, Unrendered.INSTANCE));
                Oven oven = new Oven(config);
                OLogManager.instance().setConsoleLevel("SEVERE");
                oven.bake();
                errors = oven.getErrors();
            } catch (RuntimeException e) {
                throw new RenderException("JBake で " + sourceDirectory + " を作れませんでした。jbake.properties と"
                        + " templates/ を確かめてください:", problems(e).toList(), e);
            } finally {
                Locale.setDefault(all);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderException("JBake が " + errors.size() + " 件の誤りを報告しました:",
                    errors.stream().flatMap(JBakeProject::problems).distinct().toList(), errors.get(0));
        }
        return new RenderResult(folder, List.of(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The content folder JBake reads: {@code content.folder} of {@code jbake.properties}, else {@code content}. */
    private static String contentFolder(Path source) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(source.resolve("jbake.properties"), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
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
            return List.of(new ValidationIssue(ValidationCode.E_IO, source.relativize(content).toString(), 0,
                    "JBake の content フォルダを読めませんでした。フォルダの権限を確認してください。"));
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
        @SuppressWarnings("deprecation") // JBake 2.7's engine still declares it abstract
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

    /**
     * One of JBake's failures in Japanese, without JBake's or FreeMarker's English text: where a FreeMarker template
     * is to blame, its line and the fix; else what to check. JBake gathers the pages' failures into one exception
     * with their texts only, so the template, line and missing expression are read from FreeMarker's text, whose
     * form ({@code ==> x  [in template "post.ftl" at line 2, column 27]}) FreeMarker keeps stable.
     */
    private static Stream<String> problems(Throwable e) {
        java.util.Optional<String> explained = FreemarkerTemplates.explain(e);
        if (explained.isPresent()) {
            return Stream.of(explained.get());
        }
        String text = String.valueOf(e.getMessage());
        java.util.Map<String, String> byPlace = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher place = TEMPLATE_PLACE.matcher(text);
        while (place.find()) {
            String line = text.substring(text.lastIndexOf('\n', place.start()) + 1, place.start());
            java.util.regex.Matcher missing = MISSING_VALUE.matcher(line);
            String where = "テンプレート " + place.group(1) + " の " + place.group(2) + " 行";
            byPlace.merge(where, missing.find()
                    ? where + " " + place.group(3) + " 桁目: 式「" + missing.group(1) + "」の値がありません。項目名のつづりを確かめ、"
                            + "ないこともある値には ${x!} や <#if x??> を使ってください"
                    : where + " " + place.group(3) + " 桁目: 書き方か値に誤りがあります。閉じていない ${…}、<#if>…</#if>、"
                            + "かっこや引用符、値の型（文字・数・日付・一覧）を確かめてください",
                    (first, next) -> first.contains("値がありません") ? first : next);
        }
        if (!byPlace.isEmpty()) {
            return byPlace.values().stream();
        }
        return Stream.of("ページかテンプレートを処理できませんでした。jbake.properties、templates/ のテンプレート、"
                + "content/ のファイルの先頭（title=… などと ~~~~~~）を確かめてください（mvn -e で詳しい内容が見られます）");
    }
}
