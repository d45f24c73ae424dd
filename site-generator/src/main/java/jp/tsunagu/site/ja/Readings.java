package jp.tsunagu.site.ja;

import java.util.Optional;

/**
 * The reading of a word as Kuromoji gives it, with the gaps filled: a kana word the dictionary does not know
 * (ツナグ) reads as it is written; a word without kana reading (ICT, 2020) and punctuation have none.
 */
public final class Readings {
    private Readings() {
    }

    /**
     * Finds the reading of a word.
     *
     * @param surface  the word as written, not null
     * @param reading  Kuromoji's reading in katakana, may be null
     * @return the reading in katakana or hiragana, empty if the word has none
     */
    public static Optional<String> of(CharSequence surface, String reading) {
        if (!hasRunChar(surface)) {
            return Optional.empty();
        }
        if (reading != null && !reading.isEmpty() && isKana(reading)) {
            return Optional.of(reading);
        }
        return isKana(surface) ? Optional.of(surface.toString()) : Optional.empty();
    }

    private static boolean hasRunChar(CharSequence s) {
        return s.codePoints().anyMatch(Fold::isRunChar);
    }

    /** @return true if every character is hiragana, katakana or ー */
    static boolean isKana(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u3041' && c <= '\u309f') && !(c >= '\u30a0' && c <= '\u30ff')) {
                return false;
            }
        }
        return true;
    }
}
