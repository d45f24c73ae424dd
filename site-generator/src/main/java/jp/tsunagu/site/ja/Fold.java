package jp.tsunagu.site.ja;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one normalisation of search text, applied in the same way at index time (Java) and at query time
 * (JavaScript, {@code assets/search.js}): Unicode NFKC, then lower case, then katakana to hiragana.
 * <p>
 * {@code Fold.fold("ＩＣＴとデジタル")} is {@code "ictとでじたる"}: full-width letters become ASCII, and katakana
 * and hiragana spellings meet. Text is then cut into {@linkplain #runs runs} of letters, digits and marks
 * (Unicode categories L, N, M), and each run into {@linkplain #grams character unigrams and bigrams}.
 * The file {@code search/vectors.json} of the tests holds the worked examples both languages must reproduce.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Fold {
    /** The kana of the お段, after which お, う and ー write the same long vowel. */
    private static final String O_ROW = "おこごそぞとどのほぼぽもよろをぉょ";

    private Fold() {
    }

    /**
     * Folds text: NFKC, lower case ({@link Locale#ROOT}), katakana ァ–ヶ to hiragana ぁ–ゖ
     * ({@link Kana#toHiragana(CharSequence)}).
     *
     * @param text  the text, not null
     * @return the folded text, not null
     */
    public static String fold(CharSequence text) {
        if (isPlain(text)) {
            char[] chars = new char[text.length()];
            for (int i = 0; i < chars.length; i++) {
                char c = text.charAt(i);
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : Kana.toHiragana(c);
            }
            return new String(chars);
        }
        return Kana.toHiragana(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /**
     * Tells whether NFKC leaves text as it is and lower-casing touches only ASCII: ASCII, hiragana ぁ–ゖ, katakana
     * ァ–ヺ and ー, and CJK unified ideographs. Such text, most of a Japanese page, is folded without the (slow)
     * {@link Normalizer}, with the same result.
     */
    private static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x80 || c >= '\u3041' && c <= '\u3096' || c >= '\u30a1' && c <= '\u30fa' || c == 'ー'
                    || c >= '\u4e00' && c <= '\u9fff';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds kana spellings that sound alike, for the reading field and whole kana words only (the text field keeps
     * the spelling): づ → ず, ぢ → じ, and a long o written with お, う or ー after an お-段 kana → う. So Kuromoji's
     * あいづ (会津) meets a resident's あいず ({@code aizu}), and おおの, おうの, おーの (大野, {@code ohno},
     * {@code ōno}) meet. One character for one, so the grams of the folded text are those of the text. The search
     * client's {@code sound} does the same ({@code search/vectors.json} of the tests).
     *
     * @param kana  text already {@linkplain #fold folded}, not null
     * @return the text with alike-sounding spellings made one, not null
     */
    public static String sound(String kana) {
        char[] chars = kana.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == 'づ') {
                chars[i] = 'ず';
            } else if (c == 'ぢ') {
                chars[i] = 'じ';
            } else if ((c == 'お' || c == 'う' || c == 'ー') && i > 0 && O_ROW.indexOf(chars[i - 1]) >= 0) {
                chars[i] = 'う';
            }
        }
        return new String(chars);
    }

    /**
     * Tells whether a code point belongs to a run: a letter, digit or mark (Unicode L, N, M, as {@code \p{L}},
     * {@code \p{N}} and {@code \p{M}} in JavaScript). {@code ー} and {@code 々} are letters.
     *
     * @param codePoint  the code point
     * @return true if it is part of a word
     */
    public static boolean isRunChar(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /**
     * Cuts folded text into runs of {@linkplain #isRunChar letters, digits and marks}.
     *
     * @param folded  text already {@linkplain #fold folded}, not null
     * @return the runs in order, not null, may be empty
     */
    public static List<String> runs(String folded) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (isRunChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                runs.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(folded.substring(start));
        }
        return runs;
    }

    /**
     * Cuts a run into character unigrams and bigrams (by code point), in the order Lucene's
     * {@code NGramTokenFilter(1, 2)} emits them: {@code "情報化"} gives 情, 情報, 報, 報化, 化.
     *
     * @param run  a run, not null
     * @param min  the shortest gram, 1 or 2
     * @return the grams, not null
     */
    public static List<String> grams(String run, int min) {
        int[] cps = run.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (min <= 1) {
                grams.add(new String(cps, i, 1));
            }
            if (i + 1 < cps.length) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }

    /**
     * Cuts a run into all its grams of exactly {@code n} code points: {@code ngrams("けんしん", 3)} gives けんし,
     * んしん. A run shorter than {@code n} gives none.
     *
     * @param run  a run, not null
     * @param n  the gram length, positive
     * @return the grams in order, not null
     */
    public static List<String> ngrams(String run, int n) {
        int[] cps = run.codePoints().toArray();
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + n <= cps.length; i++) {
            grams.add(new String(cps, i, n));
        }
        return grams;
    }

    /**
     * Cuts a folded run where its script changes — kana (hiragana and ー), other kana, ASCII letters and digits,
     * anything else (kanji) — so that a run typed without spaces, such as {@code まいなんばーかーど認証}, can be
     * looked up piece by piece: {@code まいなんばーかーど}, {@code 認証}.
     *
     * @param run  a folded run, not null
     * @return the pieces in order, not null, one piece if the script never changes
     */
    public static List<String> scripts(String run) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int previous = -1;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            int script = script(cp);
            if (previous >= 0 && script != previous) {
                pieces.add(run.substring(start, i));
                start = i;
            }
            previous = script;
            i += Character.charCount(cp);
        }
        if (start < run.length()) {
            pieces.add(run.substring(start));
        }
        return pieces;
    }

    private static int script(int cp) {
        if (cp >= 0x3041 && cp <= 0x309f || cp == 0x30fc) {
            return 0;
        }
        if (cp >= 0x30a0 && cp <= 0x30ff) {
            return 1;
        }
        if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
            return 2;
        }
        return 3;
    }

    /**
     * Tells whether a folded run is all hiragana (ぁ–ゖ, ゝ, ゞ) and ー, so that it can be looked up by reading.
     *
     * @param run  a folded run, not null
     * @return true if it is kana only and not empty
     */
    public static boolean isKana(String run) {
        if (run.isEmpty()) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (!(c >= '\u3041' && c <= '\u3096') && c != 'ゝ' && c != 'ゞ' && c != 'ー') {
                return false;
            }
        }
        return true;
    }
}
