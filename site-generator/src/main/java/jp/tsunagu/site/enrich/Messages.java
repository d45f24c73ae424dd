package jp.tsunagu.site.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * The words of the page chrome (skip link, navigation labels, search, breadcrumbs, footer, language switch) in one
 * language, read from {@code messages_<suffix>.properties} beside this class ({@code messages_ja}, {@code _easy},
 * {@code _en}, {@code _zh-Hans}, {@code _zh-Hant}, {@code _ko}, {@code _vi}, {@code _pt-BR}). {@code layout.ftlh} reads
 * them as {@code content.messages}, so one template serves every language.
 * <pre>{@code
 * Messages.of(Language.ENGLISH).get("skipLink")   // "Skip to main content"
 * }</pre>
 * A language a plan declares without a bundle here ({@code ne}, {@code tl} …) gets the English chrome
 * ({@link #of(Language)}, {@link #lang()} is then {@code en}), and the build warns ({@code W-LANGUAGE-MESSAGES}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Messages {
    /** The suffixes of the bundles of variant languages, in the order the README lists them. */
    public static final List<String> BUNDLED = List.of("easy", "en", "zh-Hans", "zh-Hant", "ko", "vi", "pt-BR");

    private static final Messages JAPANESE = read("ja", "ja");
    private static final Map<String, Messages> VARIANTS = BUNDLED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), s -> read(s, Language.forTag(s).lang())));

    private final Map<String, String> texts;
    private final String lang;

    private Messages(Map<String, String> texts, String lang) {
        this.texts = Map.copyOf(texts);
        this.lang = lang;
    }

    /** @return the chrome in the original Japanese, not null */
    public static Messages japanese() {
        return JAPANESE;
    }

    /**
     * Gets the chrome of a variant language: its own bundle, else English.
     *
     * @param language  the language, not null
     * @return the messages, not null
     */
    public static Messages of(Language language) {
        return own(language).orElse(VARIANTS.get(Language.ENGLISH.suffix()));
    }

    /**
     * Gets the chrome written for a language, if there is one.
     *
     * @param language  the language, not null
     * @return the messages, empty if the language has no bundle of its own
     */
    public static Optional<Messages> own(Language language) {
        return Optional.ofNullable(VARIANTS.get(language.suffix()));
    }

    /**
     * Names a language in itself: its bundle's {@code autonym}, else the JDK's name ({@link Language#autonym()}).
     *
     * @param language  the language, not null
     * @return the name, such as {@code 简体中文} or {@code नेपाली}, not null
     */
    public static String autonym(Language language) {
        return own(language).map(m -> m.get("autonym")).orElseGet(language::autonym);
    }

    /**
     * Warns of each declared language without chrome of its own, which gets the English chrome.
     *
     * @param languages  the plan's languages, not null
     * @param planDirectory  the content folder with plan.md, to name the line of {@code languages:}, not null
     * @return one warning per such language, at plan.md's {@code languages:}, not null, may be empty
     */
    public static List<ValidationIssue> warnings(List<Language> languages, Path planDirectory) {
        List<Language> missing = languages.stream().filter(l -> own(l).isEmpty()).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        int line = languagesLine(planDirectory.resolve("plan.md"));
        return missing.stream().map(l -> new ValidationIssue(ValidationCode.W_LANGUAGE_MESSAGES, "plan.md", line, "言語「" + l.suffix()
                + "」（" + l.japaneseName() + "）の画面の言葉（ナビゲーション、検索、フッターなど）は Tsunagu にまだありません。"
                + "この言語のページは英語の画面の言葉で公開し、本文には lang=\"" + l.lang() + "\" を付けます。"
                + "画面の言葉がある言語: " + String.join(", ", BUNDLED) + "。"
                + "そのままでよければこの警告は気にしなくてかまいません。")).toList();
    }

    /** The line of {@code languages:} in plan.md, 0 if it cannot be read. */
    private static int languagesLine(Path planFile) {
        try {
            List<String> lines = Files.readAllLines(planFile, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("languages:")) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the loader has read the file; a line number is only a help
        }
        return 0;
    }

    /** @return the language of these texts, for {@code lang}: {@code ja}, {@code en}, {@code zh-Hans} …, not null */
    public String lang() {
        return lang;
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

    private static Messages read(String name, String lang) {
        String resource = "messages_" + name + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " beside " + Messages.class.getName());
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(texts, lang);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
