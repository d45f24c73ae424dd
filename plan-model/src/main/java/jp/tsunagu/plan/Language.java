package jp.tsunagu.plan;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language a content item may be written in besides its original Japanese, chosen by the file name's suffix:
 * {@code viewpoints/E.easy.md} is viewpoint E in やさしい日本語, {@code viewpoints/E.en.md} in English,
 * {@code viewpoints/E.zh-Hans.md} in Chinese written in simplified characters. The suffix is a BCP 47 tag
 * (RFC 5646: {@code en}, {@code zh-Hans}, {@code zh-Hant}, {@code ko}, {@code vi}, {@code pt-BR}, {@code ne},
 * {@code tl} …), or {@code easy} for やさしい日本語. A plan declares its languages in plan.md
 * ({@code languages: [easy, en, zh-Hans, vi]}); without the key they are {@link #DEFAULTS}.
 * <pre>{@code
 * Language.forTag("zh-hans").suffix()   // "zh-Hans": tags are compared and written in their canonical case
 * Language.problemOf("pt_BR")           // Optional[MALFORMED]
 * }</pre>
 * Each language knows its BCP 47 tag for {@code hreflang}. やさしい日本語 is Japanese to a browser and a screen
 * reader ({@code lang="ja"}), but it must be told apart from the original in {@code hreflang}: BCP 47 (RFC 5646
 * §2.2.7) reserves the {@code x-} singleton for private use, so {@code ja-x-easy} is a valid tag that every
 * consumer reads as Japanese.
 * <p>
 * Languages are equal when their tags are; they sort by tag with やさしい日本語 first. This class is immutable and
 * thread-safe.
 */
public final class Language implements Comparable<Language> {
    /** やさしい日本語, written by an editor: short sentences, common words (file suffix {@code .easy.md}). */
    public static final Language EASY_JAPANESE = new Language("easy", "ja", "ja-x-easy", Locale.JAPANESE);
    /** English (file suffix {@code .en.md}). */
    public static final Language ENGLISH = new Language("en", "en", "en", Locale.ENGLISH);
    /** The languages of a plan that declares none: やさしい日本語 and English, in the order of the language switch. */
    public static final List<Language> DEFAULTS = List.of(EASY_JAPANESE, ENGLISH);
    /** The suffix of やさしい日本語. */
    public static final String EASY = "easy";

    /** Why a tag cannot name a language of a plan. */
    public enum Problem {
        /** Not a well-formed BCP 47 tag, such as {@code pt_BR} or {@code zh-}. */
        MALFORMED,
        /** Well-formed, but its language subtag names no language known to the JDK's locale data (CLDR), such as {@code xx}. */
        UNKNOWN_LANGUAGE,
        /** Its script subtag names no known script, such as {@code zh-Hanz}. */
        UNKNOWN_SCRIPT,
        /** Its region subtag names no known country or area, such as {@code pt-XX}. */
        UNKNOWN_REGION,
        /** Japanese itself ({@code ja}, {@code ja-x-easy} …): the original is Japanese; やさしい日本語 is {@code easy}. */
        JAPANESE
    }

    private final String suffix;
    private final String lang;
    private final String hreflang;
    private final Locale locale;

    private Language(String suffix, String lang, String hreflang, Locale locale) {
        this.suffix = suffix;
        this.lang = lang;
        this.hreflang = hreflang;
        this.locale = locale;
    }

    /**
     * Finds why a tag cannot name a language, checking well-formedness with {@link Locale.Builder#setLanguageTag}
     * and the language, script and region subtags against the JDK's locale data.
     *
     * @param tag  a BCP 47 tag such as {@code zh-Hans}, or {@code easy}, not null
     * @return the problem, empty if the tag names a language
     */
    public static Optional<Problem> problemOf(String tag) {
        if (tag.equals(EASY)) {
            return Optional.empty();
        }
        Locale l;
        try {
            l = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return Optional.of(Problem.MALFORMED);
        }
        if (l.getLanguage().isEmpty() || l.getDisplayLanguage(Locale.ENGLISH).equals(l.getLanguage())) {
            return Optional.of(Problem.UNKNOWN_LANGUAGE);
        }
        if (l.getLanguage().equals("ja")) {
            return Optional.of(Problem.JAPANESE);
        }
        if (!l.getScript().isEmpty() && l.getDisplayScript(Locale.ENGLISH).equals(l.getScript())) {
            return Optional.of(Problem.UNKNOWN_SCRIPT);
        }
        if (!l.getCountry().isEmpty() && l.getDisplayCountry(Locale.ENGLISH).equals(l.getCountry())) {
            return Optional.of(Problem.UNKNOWN_REGION);
        }
        return Optional.empty();
    }

    /**
     * Obtains the language of a tag, in the tag's canonical case ({@code zh-hans} → {@code zh-Hans}).
     *
     * @param tag  a BCP 47 tag such as {@code zh-Hans}, or {@code easy} for やさしい日本語, not null
     * @return the language, not null
     * @throws PlanModelException if {@link #problemOf(String)} finds a problem
     */
    public static Language forTag(String tag) {
        Checks.notNull(tag, "tag");
        Optional<Problem> problem = problemOf(tag);
        if (problem.isPresent()) {
            throw new PlanModelException("Language tag '" + tag + "' cannot name a variant's language: " + problem.get());
        }
        if (tag.equals(EASY)) {
            return EASY_JAPANESE;
        }
        Locale l = new Locale.Builder().setLanguageTag(tag).build();
        String canonical = l.toLanguageTag();
        return canonical.equals(ENGLISH.hreflang) ? ENGLISH : new Language(canonical, canonical, canonical, l);
    }

    /**
     * Finds the language of a file name suffix among a plan's languages; tags are compared ignoring case.
     *
     * @param suffix  the part between the name and {@code .md}, such as {@code en}, not null
     * @param languages  the plan's languages, not null
     * @return the language, empty if the suffix names none of them
     */
    public static Optional<Language> ofSuffix(String suffix, List<Language> languages) {
        return languages.stream().filter(l -> l.suffix.equalsIgnoreCase(suffix)).findFirst();
    }

    /**
     * Finds the language of a file name suffix among the {@linkplain #DEFAULTS default languages}.
     *
     * @param suffix  the part between the name and {@code .md}, such as {@code en}, not null
     * @return the language, empty if the suffix names none
     */
    public static Optional<Language> ofSuffix(String suffix) {
        return ofSuffix(suffix, DEFAULTS);
    }

    /** @return the file name suffix: {@code easy}, or the BCP 47 tag such as {@code zh-Hans}, not null */
    public String suffix() {
        return suffix;
    }

    /** @return the language of the text for the {@code lang} attribute: {@code ja} for やさしい日本語, else the tag, not null */
    public String lang() {
        return lang;
    }

    /** @return the tag for {@code hreflang}: {@code ja-x-easy} for やさしい日本語, else the tag, not null */
    public String hreflang() {
        return hreflang;
    }

    /** @return the locale of the text, such as {@code zh_CN_#Hans} for {@code zh-Hans}, not null */
    public Locale locale() {
        return locale;
    }

    /**
     * Names the language in itself, from the JDK's locale data (CLDR), for languages the site generator has no words
     * of its own for: {@code नेपाली} for {@code ne}, {@code Tagalog} for {@code tl}.
     *
     * @return the language's own name, its first letter in upper case where the script has case, not null
     */
    public String autonym() {
        if (this == EASY_JAPANESE) {
            return "やさしい にほんご";
        }
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? suffix : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** @return the language's name in Japanese for messages to editors, such as {@code ベトナム語}, not null */
    public String japaneseName() {
        return this == EASY_JAPANESE ? "やさしい日本語" : locale.getDisplayName(Locale.JAPANESE);
    }

    @Override
    public int compareTo(Language other) {
        if (this.equals(other)) {
            return 0;
        }
        return this == EASY_JAPANESE ? -1 : other == EASY_JAPANESE ? 1 : hreflang.compareTo(other.hreflang);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Language l && l.hreflang.equals(hreflang);
    }

    @Override
    public int hashCode() {
        return hreflang.hashCode();
    }

    /** @return the suffix, such as {@code zh-Hans} */
    @Override
    public String toString() {
        return suffix;
    }
}
