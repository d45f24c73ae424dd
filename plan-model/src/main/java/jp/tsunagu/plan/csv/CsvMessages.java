package jp.tsunagu.plan.csv;

import java.util.Collection;
import java.util.List;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.MunicipalityCode;

/**
 * Every message a CSV import reports, in Japanese: what is wrong and how to fix it. {@link CsvProblem} adds the
 * file, row and column. One place, so that the wording stays consistent and a review has one file to read.
 */
final class CsvMessages {
    private static final String SAVE_AS_UTF8 = "表計算ソフトでは「CSV UTF-8（コンマ区切り）」で保存してください。";
    /** The example of a viewpoint letter, in the code reader's words. */
    static final String VIEWPOINT_LETTER = "観点の記号を英大文字1字で書いてください（例: E）。";

    private CsvMessages() {
    }

    private static String list(Collection<String> values) {
        return String.join("、", values);
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

    static String notAWorkbook() {
        return "Excel のブック（.xlsx）として読めません。Excel で開き直して「Excel ブック (*.xlsx)」か「CSV UTF-8 (コンマ区切り) (*.csv)」で"
                + "保存し直してください（.xls などの古い形式は読めません）。";
    }

    static String noWorkbookReader() {
        return "Excel のブック（.xlsx）を読む部品（org.dhatim:fastexcel-reader）がありません。tsunagu:import で取り込むか、"
                + "この部品を依存関係に加えるか、Excel で「CSV UTF-8 (コンマ区切り) (*.csv)」として保存し直してください。";
    }

    static String noSheet() {
        return "Excel のブックにシートがありません。tsunagu:export で書き出した表を1枚目のシートにして保存し直してください。";
    }

    static String bothCsvAndWorkbook(String csv, String xlsx) {
        return "「" + csv + "」と「" + xlsx + "」の両方があります。どちらを取り込むか決められないので、取り込まない方をこのフォルダから移してください。";
    }

    static String quoteNeverClosed() {
        return "「\"」で始まった項目が閉じられないまま、ファイルが終わっています。";
    }

    static String noFiles(MunicipalityCode code, List<String> slugs) {
        return "取り込む CSV がありません。ファイル名は " + code + "_<データ名>.csv です（例: "
                + CsvDataset.KPI_VALUES.fileName(code) + "）。使えるデータ名: " + list(slugs) + "。";
    }

    static String emptyFile(List<String> headers) {
        return "ファイルが空です。1行目に見出し（" + String.join(",", headers) + "）を書いてください。";
    }

    static String unknownHeader(String title, List<String> headers) {
        return "この見出しは「" + title + "」の列にありません。使える見出し: " + list(headers) + "。";
    }

    static String duplicateHeader() {
        return "同じ見出しの列が2つあります。1つにしてください。";
    }

    static String missingHeaders(Collection<String> missing) {
        return "見出しの列が足りません: " + list(missing) + "。列を消さずに、空欄にしてください。";
    }

    static String tooFewCells(int cells, int width) {
        return "項目が " + cells + " 個しかありません（見出しは " + width + " 列）。空の項目も「,」で区切って残してください。";
    }

    static String valueWithoutHeader() {
        return "見出しのない列に値があります。値は見出しのある列に書いてください。";
    }

    // ---- cells ---------------------------------------------------------------------------------------------

    static String blank() {
        return "空欄です。値を書いてください。";
    }

    static String notAnId(String s) {
        return "「" + s + "」はIDとして使えません。英小文字・数字・「-」で書いてください（例: online-shinsei）。";
    }

    static String notACode(String s, String example) {
        return "「" + s + "」は使えません。" + example;
    }

    static String notAnInteger(String s) {
        return "「" + s + "」は整数ではありません。半角の数字で書いてください（例: 3）。";
    }

    static String notAYear(String s) {
        return "「" + s + "」は年度ではありません。年度が始まる年を西暦4桁で書いてください（例: 令和4年度なら 2022）。";
    }

    static String yearOutOfRange(String s) {
        return "「" + s + "」は年度として範囲外です（" + FiscalYear.MIN_YEAR + "〜" + FiscalYear.MAX_YEAR + "）。";
    }

    static String notANumber(String s) {
        return "「" + s + "」は数値ではありません。半角の数字で書いてください（例: 3720、18.5、-3）。単位は書きません。";
    }

    static String noSuchDate(String s) {
        return "「" + s + "」という日付はありません。YYYY-MM-DD で書いてください（例: 2022-05-27）。";
    }

    static String notADate(String s) {
        return "「" + s + "」は日付ではありません。西暦の YYYY-MM-DD で書いてください（例: 2022-05-27）。";
    }

    static String notABoolean(String s) {
        return "「" + s + "」は使えません。true（はい）か false（いいえ）で書いてください。";
    }

    static String notALabel(String s, List<String> labels) {
        return "「" + s + "」は使えません。使える値: " + list(labels) + "。";
    }

    static String derived(String s, String want) {
        return "「" + s + "」は他の列から決まる参照用の値で、" + want + "のはずです。変えるときは元の値の列を直し、この列は空欄にしてください。";
    }

    static String noMunicipalityCode(String code) {
        return "空欄です。この計画の全国地方公共団体コード「" + code + "」を書いてください。";
    }

    static String otherMunicipalityCode(String written, String code) {
        return "「" + written + "」はこの計画の全国地方公共団体コード「" + code + "」ではありません。";
    }

    static String duplicateRowId(String id, int first) {
        return "ID「" + id + "」は " + first + "行目と同じです。IDは重ならないようにしてください（空欄にすると、次に書き出すときに付け直します）。";
    }

    // ---- rows of one item each -----------------------------------------------------------------------------

    /**
     * An item one row each describes: how the messages name it, and which Markdown file adds or removes it.
     *
     * @param name  such as {@code 取組「x」}
     * @param file  the Markdown file that adds it, such as {@code initiatives/x.md}
     * @param removal  how to remove it, a sentence
     */
    record Item(String name, String file, String removal) {
        Item(String name, String file) {
            this(name, file, "消すときは " + file + " を消してください。");
        }

        String unknown() {
            return name + "はコンテンツにありません。足すときは " + file + " を作ってください。";
        }

        String twice() {
            return name + "の行が2つあります。1つにしてください。";
        }

        String missing() {
            return name + "の行がありません。" + removal;
        }
    }

    static Item viewpoint(Object code) {
        return new Item("観点「" + code + "」", "viewpoints/" + code + ".md");
    }

    static Item initiative(String id) {
        return new Item("取組「" + id + "」", "initiatives/" + id + ".md");
    }

    static Item entry(FiscalYear year, String initiative) {
        return new Item(year.toWareki() + "のアクションプランの取組「" + initiative + "」",
                "action-plans/" + year.year() + "/" + initiative + ".md");
    }

    static Item cycle(String id) {
        return new Item("OODAループ「" + id + "」", "ooda/<取組ID>/<日付>-<名前>.md", "消すときは ooda/ の中のファイルを消してください。");
    }

    static Item term(String id) {
        return new Item("用語「" + id + "」", "glossary/" + id + ".md");
    }

    // ---- references ----------------------------------------------------------------------------------------

    static String unknownDepartment(String id, List<String> known) {
        return "部署「" + id + "」はコンテンツにありません。" + (known.isEmpty() ? "departments/" + id + ".md を作るか、空欄にしてください。"
                : "使えるID: " + list(known) + "。");
    }

    static String unknownGovernanceBody(String id, List<String> known) {
        return "推進体制「" + id + "」はコンテンツにありません。使えるID: " + list(known) + "。";
    }

    static String unknownViewpoint(Object code, List<String> known) {
        return "観点「" + code + "」はありません。使える観点: " + list(known) + "。";
    }

    static String unknownInitiative(String id) {
        return "取組「" + id + "」はありません。取組のIDを確かめてください（新しい取組は initiatives/" + id + ".md を作ります）。";
    }

    static String unknownIndicator(String indicator, String initiative, List<String> known, String indicatorsFile) {
        return "指標「" + indicator + "」は取組「" + initiative + "」にありません。" + (known.isEmpty()
                ? "この取組には指標がありません。" : "使える指標: " + list(known) + "。")
                + "新しい指標は " + indicatorsFile + " に足してください。";
    }

    static String unknownRating(String code, FiscalYear year, List<String> codes) {
        return "評価「" + code + "」は" + year.toWareki() + "の評価の尺度にありません。"
                + (codes.isEmpty() ? "plan.md か _index.md に rating_scale を定めてください。" : "使える値: " + list(codes) + "。");
    }

    static String unknownDirection(String direction, List<String> allowed) {
        return "次年度の方向性「" + direction + "」は使えません。" + (allowed.isEmpty()
                ? "plan.md に directions を定めてください。" : "使える値: " + list(allowed) + "。");
    }

    // ---- values --------------------------------------------------------------------------------------------

    static String endWithoutStart() {
        return "終了年度があるときは、開始年度も書いてください。";
    }

    static String endBeforeStart(FiscalYear start, FiscalYear end) {
        return "終了年度（" + end.year() + "）が開始年度（" + start.year() + "）より前です。";
    }

    static String viewpointTwice(String initiative, Object code) {
        return "取組「" + initiative + "」の観点「" + code + "」の行が2つあります。1つにしてください。";
    }

    static String noViewpoint(String initiative) {
        return "取組「" + initiative + "」の観点の行がありません。取組には観点が1つ以上必要です。";
    }

    static String indicatorTwice(String initiative, String indicator) {
        return "取組「" + initiative + "」の指標「" + indicator + "」の行が2つあります。1つにしてください。";
    }

    static String targetTwice() {
        return "同じ指標・年度・決定日の目標値の行が2つあります。見直した目標値は、見直した日を決定日にして別の行に書いてください。";
    }

    static String kpiValueTwice() {
        return "同じ指標・年度・種別の行が2つあります。1つにしてください。";
    }

    static String baselineTwice(String indicator) {
        return "指標「" + indicator + "」の基準値の行が2つあります。基準値は1つだけです。";
    }

    static String baselineNote() {
        return "基準値には備考を付けられません。空欄にしてください。";
    }

    static String targetNotInTargets(FiscalYear year, String targetsFile) {
        return year.toWareki() + "の目標値は " + targetsFile + " にありません。目標値は " + targetsFile
                + " に決定日と一緒に書いてください（この行は参照用です）。";
    }

    static String targetValueDiffers(String current, String targetsFile) {
        return "目標値の行は参照用で、現在の目標値は「" + current + "」です。目標値を変えるときは " + targetsFile
                + " に見直した日を決定日にした行を足してください（見直しの履歴が残ります）。";
    }

    static String targetNoteDiffers(String current, String targetsFile) {
        return "目標値の行の備考は参照用で、" + current + "のはずです。備考を変えるときは " + targetsFile + " を直してください。";
    }

    static String actualWithoutEntry(FiscalYear year, String initiative) {
        return year.toWareki() + "のアクションプランに取組「" + initiative + "」がありません。実績値を書くには action-plans/"
                + year.year() + "/" + initiative + ".md を作ってください。";
    }

    static String datesOutOfOrder() {
        return "日付の順が逆です。観察日 ≦ 情勢判断日 ≦ 意思決定日 ≦ 行動日 になるようにしてください。";
    }

    static String readingNotKana(String reading) {
        return "読み「" + reading + "」は、ひらがなかカタカナで書いてください。";
    }

    static String periodWithoutYear(FiscalYear year, String initiative) {
        return year.toWareki() + "のアクションプランにこの取組があるため、期間に" + year.year() + "年度を含めてください（または action-plans/"
                + year.year() + "/" + initiative + ".md を消してください）。";
    }

    static String actualWithoutIndicator(String initiative, String indicator, FiscalYear year) {
        return "取組「" + initiative + "」に指標「" + indicator + "」がないのに、" + year.toWareki()
                + "の実績値があります。指標を残すか、実績値を消してください。";
    }

    static String targetOutsidePeriod(String indicator, FiscalYear year, String initiative, Object period) {
        return "指標「" + indicator + "」の目標の年度 " + year.year() + " は取組「" + initiative + "」の期間 " + period
                + " の外です。年度か期間を直してください。";
    }

    /** A model rule the checks before it did not catch: said without the model's English text. */
    static String cannotBuild(String what) {
        return what + "を、この値の組み合わせでは組み立てられません。同じ行の他の値と、関係するファイルの行を確かめてください。"
                + "直らないときは、このファイルを添えて Tsunagu の不具合として報告してください。";
    }
}
