package jp.tsunagu.plan.csv;

/**
 * Every message a CSV import reports, in Japanese: what is wrong and how to fix it. {@link CsvProblem} adds the
 * file, row and column. One place, so that the wording stays consistent and a translation or review has one
 * file to read.
 */
final class CsvMessages {
    private static final String SAVE_AS_UTF8 = "表計算ソフトでは「CSV UTF-8（コンマ区切り）」で保存してください。";

    private CsvMessages() {
    }

    // ---- the file ------------------------------------------------------------------------------------------

    static String notUtf8() {
        return "文字コードが UTF-8 として読めません。" + SAVE_AS_UTF8;
    }

    static String notJapaneseText() {
        return "文字コードが UTF-8 でも Shift_JIS でもありません。" + SAVE_AS_UTF8;
    }

    static String textAfterClosingQuote(int field) {
        return field + "番目の項目で、閉じる「\"」の後に文字があります。値全体を「\"」で囲み、中の「\"」は「\"\"」と2つ重ねてください。";
    }

    static String quoteNeverClosed() {
        return "「\"」で始まった項目が閉じられないまま、ファイルが終わっています。";
    }
}
