package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * The JBake configuration and documents for one bake.
 * <p>
 * The configuration starts from the {@code default.properties} inside the JBake jar (read from
 * that jar, not from whatever file of that name comes first on the class path) and never from
 * system properties or a {@code jbake.properties}, so nothing outside the request changes the
 * output. Only page rendering is switched on: no index, feed, archive, tags, sitemap or 404 page.
 * <p>
 * JBake picks a page's template and output extension by document type, so every distinct pair of
 * template and extension gets its own type, {@code tsunagu0}, {@code tsunagu1}, … in the order the
 * pages first use them.
 */
final class JBakeSetup {

    private static final String TYPE_PREFIX = "tsunagu";

    private final DefaultJBakeConfiguration configuration;
    private final Map<TypeKey, String> documentTypes;

    private JBakeSetup(DefaultJBakeConfiguration configuration, Map<TypeKey, String> documentTypes) {
        this.configuration = configuration;
        this.documentTypes = documentTypes;
    }

    /**
     * Prepares a bake of the request in a work folder that holds empty {@code content} and
     * {@code assets} folders.
     */
    static JBakeSetup of(RenderRequest request, Path workFolder) {
        Map<TypeKey, String> documentTypes = new LinkedHashMap<>();
        for (LazyPage page : request.pages()) {
            documentTypes.computeIfAbsent(TypeKey.of(page.outline()), key -> TYPE_PREFIX + documentTypes.size());
        }

        CompositeConfiguration composite = new CompositeConfiguration();
        composite.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        composite.addConfiguration(new MapConfiguration(jbakeDefaults()));

        DefaultJBakeConfiguration configuration = new DefaultJBakeConfiguration(workFolder.toFile(), composite);
        configuration.setContentFolder(workFolder.resolve("content").toFile());
        configuration.setAssetFolder(workFolder.resolve("assets").toFile());
        configuration.setDataFolder(workFolder.resolve("data").toFile());
        configuration.setTemplateFolder(request.templatesFolder().toFile());
        configuration.setDestinationFolder(request.outputFolder().toFile());
        configuration.setClearCache(true);
        for (String flag : new String[] {"render.index", "render.feed", "render.archive", "render.sitemap",
                "render.tags", "render.tagsindex", "render.error404"}) {
            configuration.setProperty(flag, false);
        }
        documentTypes.forEach((key, type) -> {
            configuration.setTemplateFileNameForDocType(type, key.template());
            configuration.setTemplateExtensionForDocType(type, key.extension());
        });
        return new JBakeSetup(configuration, Map.copyOf(documentTypes));
    }

    DefaultJBakeConfiguration configuration() {
        return configuration;
    }

    /** Returns the page as the JBake document the crawler would have made of a source file. */
    /** The JBake document type of a page: one per template and extension. */
    String typeOf(Page page) {
        return documentTypes.get(TypeKey.of(page));
    }

    DocumentModel documentOf(Page page) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.putAll(page.model());
        String uri = page.outputPath().value();
        document.setType(documentTypes.get(TypeKey.of(page)));
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setTitle(page.title());
        document.setUri(uri);
        document.setSourceUri(uri);
        document.setRootPath(page.outputPath().pathToRoot());
        return document;
    }

    private static Properties jbakeDefaults() {
        Properties defaults = new Properties();
        try (InputStream in = jbakeDefaultsLocation().openStream()) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JBake's default.properties", e);
        }
        return defaults;
    }

    private static URL jbakeDefaultsLocation() throws IOException {
        URL codeSource = Oven.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path location = Path.of(codeSource.toURI());
            if (Files.isDirectory(location)) {
                return location.resolve("default.properties").toUri().toURL();
            }
            return URI.create("jar:" + location.toUri() + "!/default.properties").toURL();
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the JBake jar from " + codeSource, e);
        }
    }

    /** A template and an output extension: one JBake document type. */
    private record TypeKey(String template, String extension) {

        static TypeKey of(Page page) {
            return new TypeKey(page.template(), page.outputPath().extension());
        }
    }
}
