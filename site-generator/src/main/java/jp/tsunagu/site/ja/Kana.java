package jp.tsunagu.site.ja;

/**
 * Kana: the one conversion between katakana and hiragana, and the 五十音 rows (あ行, か行, …) of readings.
 * <p>
 * The conversion maps the letters that have a counterpart, katakana ァ–ヶ (U+30A1–U+30F6) and hiragana ぁ–ゖ
 * (U+3041–U+3096), which lie 0x60 apart; everything else, ー and the iteration marks included, is kept. It is the
 * conversion of the search index and of the search client ({@code assets/search.js} folds {@code [\u30a1-\u30f6]}),
 * of furigana readings and of Kuromoji's user dictionary: {@code Kana.toHiragana("ヴァイオリン")} is
 * {@code "ゔぁいおりん"}, {@code Kana.toKatakana("けんしん")} is {@code "ケンシン"}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Kana {
    private static final int OFFSET = 0x60;
    private static final String[] ROWS = {"あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"};
    private static final String[] IDS = {"a", "ka", "sa", "ta", "na", "ha", "ma", "ya", "ra", "wa"};
    private static final String ROW_STARTS = "あかさたなはまやらわ";

    private Kana() {
    }

    /**
     * Maps one katakana letter ァ–ヶ to its hiragana; any other character is returned as it is.
     *
     * @param c  the character
     * @return the hiragana, or {@code c}
     */
    public static char toHiragana(char c) {
        return c >= '\u30a1' && c <= '\u30f6' ? (char) (c - OFFSET) : c;
    }

    /**
     * Maps one hiragana letter ぁ–ゖ to its katakana; any other character is returned as it is.
     *
     * @param c  the character
     * @return the katakana, or {@code c}
     */
    public static char toKatakana(char c) {
        return c >= '\u3041' && c <= '\u3096' ? (char) (c + OFFSET) : c;
    }

    /**
     * Writes text's katakana letters in hiragana ({@code ジョウホウ} → {@code じょうほう}).
     *
     * @param text  the text, not null
     * @return the text with hiragana for katakana, not null
     */
    public static String toHiragana(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = toHiragana(text.charAt(i));
        }
        return new String(chars);
    }

    /**
     * Writes text's hiragana letters in katakana ({@code けんしん} → {@code ケンシン}), the form of Kuromoji's readings.
     *
     * @param text  the text, not null
     * @return the text with katakana for hiragana, not null
     */
    public static String toKatakana(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = toKatakana(text.charAt(i));
        }
        return new String(chars);
    }

    /**
     * Finds the 五十音 row of a reading, for the glossary and the keyword index: {@code がっこう} and {@code カード}
     * are in か行; a reading that does not start with kana is in その他.
     *
     * @param reading  a reading in hiragana or katakana, not null
     * @return its row heading, such as か行, or その他
     */
    public static String row(String reading) {
        if (reading.isEmpty()) {
            return "その他";
        }
        char c = toHiragana(reading.charAt(0));
        if (c < 'ぁ' || c > 'ゖ') {
            return "その他";
        }
        char base = unvoice(c);
        int row = -1;
        for (int i = 0; i < ROW_STARTS.length(); i++) {
            if (base >= ROW_STARTS.charAt(i)) {
                row = i;
            }
        }
        return row < 0 ? "その他" : ROWS[row] + "行";
    }

    /**
     * Gives a row heading an ASCII id for its anchor: か行 → {@code ka}, その他 → {@code other}.
     *
     * @param row  a row heading from {@link #row}, not null
     * @return the id, not null
     */
    public static String rowId(String row) {
        for (int i = 0; i < ROWS.length; i++) {
            if (row.equals(ROWS[i] + "行")) {
                return IDS[i];
            }
        }
        return "other";
    }

    /** Maps small and voiced kana to the plain kana of the same row position (が → か, ぱ → は, ぁ → あ). */
    private static char unvoice(char c) {
        String voiced = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ";
        String plain = "かきくけこさしすせそたちつてとはひふへほはひふへほ";
        int v = voiced.indexOf(c);
        if (v >= 0) {
            return plain.charAt(v);
        }
        String small = "ぁぃぅぇぉっゃゅょゎゕゖ";
        String big = "あいうえおつやゆよわかけ";
        int s = small.indexOf(c);
        return s >= 0 ? big.charAt(s) : c;
    }
}
