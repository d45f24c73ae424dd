package jp.tsunagu.site.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.orientechnologies.common.log.OLogManager;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * A project in stock JBake layout — {@code jbake.properties}, {@code templates/}, {@code content/} with JBake
 * headers ({@code title=…} then {@code ~~~~~~}), {@code assets/} — baked by JBake's own crawler, so a city that
 * published with JBake can switch to {@code tsunagu:build} before moving its content to the plan format.
 * <p>
 * It is recognised by {@code jbake.properties} in the source folder and no {@code plan/} folder beside it.
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
                Oven oven = new Oven(config);
                OLogManager.instance().setConsoleLevel("SEVERE");
                oven.bake();
                errors = oven.getErrors();
            } catch (RuntimeException e) {
                throw new RenderException("JBake で " + sourceDirectory + " を作れませんでした。jbake.properties と"
                        + " templates/ を確かめてください:", List.of(String.valueOf(e.getMessage())), e);
            } finally {
                Locale.setDefault(all);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderException("JBake が " + errors.size() + " 件の誤りを報告しました:",
                    errors.stream().map(e -> String.valueOf(e.getMessage())).toList(), errors.get(0));
        }
        return new RenderResult(folder, List.of(), Duration.ofNanos(System.nanoTime() - start));
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
