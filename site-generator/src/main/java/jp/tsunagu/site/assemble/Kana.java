package jp.tsunagu.site.assemble;

/** 五十音 rows (あ行, か行, …) of readings, for the glossary and the keyword index. */
public final class Kana {
    private static final String[] ROWS = {"あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"};
    private static final String[] IDS = {"a", "ka", "sa", "ta", "na", "ha", "ma", "ya", "ra", "wa"};
    private static final String ROW_STARTS = "あかさたなはまやらわ";

    private Kana() {
    }

    /**
     * @param reading  a reading in hiragana or katakana
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
     * @param row  a row heading
     * @return an ASCII id for its anchor
     */
    public static String rowId(String row) {
        for (int i = 0; i < ROWS.length; i++) {
            if (row.equals(ROWS[i] + "行")) {
                return IDS[i];
            }
        }
        return "other";
    }

    static char toHiragana(char c) {
        return c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c;
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
