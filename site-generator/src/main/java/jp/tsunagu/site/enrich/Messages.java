package jp.tsunagu.site.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jp.tsunagu.plan.Language;

/**
 * The words of the page chrome (skip link, navigation labels, search, breadcrumbs, footer, language switch) in one
 * language, read from {@code messages_<ja|en|easy>.properties} beside this class. {@code layout.ftlh} reads them as
 * {@code content.messages}, so one template serves every language.
 * <pre>{@code
 * Messages.of(Language.ENGLISH).get("skipLink")   // "Skip to main content"
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Messages {
    private static final Messages JAPANESE = read("ja");
    private static final Map<Language, Messages> VARIANTS = Map.of(
            Language.ENGLISH, read(Language.ENGLISH.suffix()),
            Language.EASY_JAPANESE, read(Language.EASY_JAPANESE.suffix()));

    private final Map<String, String> texts;

    private Messages(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** @return the chrome in the original Japanese, not null */
    public static Messages japanese() {
        return JAPANESE;
    }

    /**
     * Gets the chrome of a variant language.
     *
     * @param language  the language, not null
     * @return the messages, not null
     */
    public static Messages of(Language language) {
        return VARIANTS.get(language);
    }

    /**
     * Gets one text.
     *
     * @param key  the key, such as {@code skipLink}, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the bundle has no such key
     */
    public String get(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("Unknown message key '" + key + "' (known: " + new TreeMap<>(texts).keySet() + ")");
        }
        return t;
    }

    /** @return every text by key, for templates, not null */
    public Map<String, String> asMap() {
        return texts;
    }

    private static Messages read(String name) {
        String resource = "messages_" + name + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " beside " + Messages.class.getName());
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
