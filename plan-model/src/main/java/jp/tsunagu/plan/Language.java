package jp.tsunagu.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A language a content item may be written in besides its original Japanese, chosen by the file name's suffix:
 * {@code viewpoints/E.easy.md} is viewpoint E in やさしい日本語, {@code viewpoints/E.en.md} in English.
 * <p>
 * Each language knows its BCP 47 tag for {@code hreflang}. やさしい日本語 is Japanese to a browser and a screen
 * reader ({@code lang="ja"}), but it must be told apart from the original in {@code hreflang}: BCP 47 (RFC 5646
 * §2.2.7) reserves the {@code x-} singleton for private use, so {@code ja-x-easy} is a valid tag that every
 * consumer reads as Japanese.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Language {
    /** やさしい日本語, written by an editor: short sentences, common words (file suffix {@code .easy.md}). */
    EASY_JAPANESE("easy", "ja", "ja-x-easy"),
    /** English (file suffix {@code .en.md}). */
    ENGLISH("en", "en", "en");

    private final String suffix;
    private final String lang;
    private final String hreflang;

    Language(String suffix, String lang, String hreflang) {
        this.suffix = suffix;
        this.lang = lang;
        this.hreflang = hreflang;
    }

    /**
     * Finds the language of a file name suffix.
     *
     * @param suffix  the part between the name and {@code .md}, such as {@code en}, not null
     * @return the language, empty if the suffix names none
     */
    public static Optional<Language> ofSuffix(String suffix) {
        return Arrays.stream(values()).filter(l -> l.suffix.equals(suffix)).findFirst();
    }

    /** @return the suffixes known, such as {@code [easy, en]}, not null */
    public static List<String> suffixes() {
        return Arrays.stream(values()).map(l -> l.suffix).toList();
    }

    /** @return the file name suffix, such as {@code easy}, not null */
    public String suffix() {
        return suffix;
    }

    /** @return the language of the text for the {@code lang} attribute: {@code ja} or {@code en}, not null */
    public String lang() {
        return lang;
    }

    /** @return the tag for {@code hreflang}: {@code ja-x-easy} or {@code en}, not null */
    public String hreflang() {
        return hreflang;
    }
}
