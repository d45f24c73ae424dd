package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.WeakHashMap;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The template engine JBake's renderer calls: FreeMarker, configured for a public site.
 * <p>
 * JBake's own FreeMarker engine runs FreeMarker in its 2.3.0 compatibility mode: nothing is
 * HTML-escaped unless a template asks, a failing template writes its stack trace into the page,
 * records must be read with parentheses, and every unknown top-level name becomes a database query.
 * This engine instead:
 * <ul>
 *   <li>escapes HTML in every template ({@code .ftlh} and {@code .ftl}; {@code .ftlx} escapes XML);
 *       {@code ?no_esc} marks trusted HTML such as a rendered Markdown body;</li>
 *   <li>rethrows template errors with the template name, line and column, and logs nothing;</li>
 *   <li>reads record components as properties ({@code ${kpi.name}});</li>
 *   <li>gives the template only {@code content}, the page's document;</li>
 *   <li>formats in the {@code ja_JP} locale and the {@code Asia/Tokyo} time zone, whatever the JVM's
 *       defaults, so the output does not depend on the machine;</li>
 *   <li>refuses {@code ?new} and {@code ?api};</li>
 *   <li>stops a template when its thread is interrupted: every template, included and imported ones too, gets
 *       FreeMarker's thread-interruption checks in its loops and macro calls as it is loaded, so a render step that
 *       interrupts a page past its time ({@link jp.tsunagu.site.files.Watchdog}) ends a {@code <#list>} that would
 *       run for hours.</li>
 * </ul>
 * The checks come from {@code freemarker.core._CoreAPI.addThreadInterruptedChecks}, which FreeMarker marks as not
 * a public API: the FreeMarker version is pinned in the build, and {@code TemplateTimeTests} fails if an upgrade
 * changes it.
 */
final class FreemarkerTemplates extends DelegatingTemplateEngine {

    private final Configuration freemarker;

    FreemarkerTemplates(ContentStore store, JBakeConfiguration configuration, Path templatesFolder) {
        super(store, configuration);
        this.freemarker = configure(templatesFolder);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            freemarker.getTemplate(templateName).process(Map.of("content", model.getContent()), writer);
        } catch (ParseException | TemplateException e) {
            throw new RenderingException(explain(e).orElseThrow(), e);
        } catch (IOException e) {
            throw new RenderingException("テンプレート " + templateName + " を読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
    }

    private static Configuration configure(Path templatesFolder) {
        Configuration configuration = new Interruptible();
        try {
            configuration.setDirectoryForTemplateLoading(templatesFolder.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("Templates folder cannot be read: " + templatesFolder, e);
        }
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setLocale(Locale.JAPAN);
        configuration.setTimeZone(TimeZone.getTimeZone("Asia/Tokyo"));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }

    /** A configuration whose every template, on first being handed out, stops when its thread is interrupted. */
    private static final class Interruptible extends Configuration {
        /** The templates already given the checks: weak, so that the template cache decides how long they live. */
        private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

        Interruptible() {
            super(Configuration.VERSION_2_3_34);
        }

        /** The lookup every other {@code getTemplate}, {@code #include} and {@code #import} ends in. */
        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (template != null) {
                synchronized (prepared) {
                    if (prepared.add(template)) {
                        _CoreAPI.addThreadInterruptedChecks(template);
                    }
                }
            }
            return template;
        }
    }

    /**
     * Says in Japanese where and what went wrong in a FreeMarker template, if a failure comes from one: the template,
     * line and column, and the fix, without FreeMarker's English text.
     *
     * @param failure  a failure, perhaps wrapping FreeMarker's, not null
     * @return the message, empty if no template's syntax or expression is to blame
     */
    static java.util.Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParseException e) {
                return java.util.Optional.of(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                        + "書き方に誤りがあります。閉じていない ${…}、<#if>…</#if>、<#list>…</#list>、かっこや引用符がないか確かめてください");
            }
            if (t instanceof TemplateException e) {
                return java.util.Optional.of(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + problem(e));
            }
        }
        return java.util.Optional.empty();
    }

    private static String where(String template, Integer line, Integer column) {
        return "テンプレート " + template + " の " + line + " 行 " + column + " 桁目: ";
    }

    /** What went wrong in a template, in Japanese, naming the expression FreeMarker blames. */
    private static String problem(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        String blamed = expression == null ? "" : "式「" + expression + "」";
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof freemarker.template.TemplateNotFoundException missing) {
                return "読み込むテンプレート " + missing.getTemplateName() + " がありません。#import や #include の名前を確かめるか、"
                        + "src/templates にそのファイルを置いてください";
            }
        }
        if (e instanceof freemarker.core.InvalidReferenceException) {
            return blamed + "の値がありません。項目名のつづりを確かめ、ないこともある値には ${x!} や <#if x??> を使ってください";
        }
        return (blamed.isEmpty() ? "式" : blamed) + "を処理できませんでした。値の型（文字・数・日付・一覧）と式の書き方を確かめてください";
    }
}
