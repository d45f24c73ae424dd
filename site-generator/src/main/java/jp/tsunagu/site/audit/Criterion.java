package jp.tsunagu.site.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One success criterion (達成基準) of WCAG, with its title as JIS X 8341-3:2016 gives it, such as
 * {@code 1.4.3 コントラスト（最低限） AA}.
 * <p>
 * {@link #JIS_X_8341_3_2016} lists the 38 criteria of levels A and AA that JIS X 8341-3:2016 takes over from
 * WCAG 2.0 (ISO/IEC 40500:2012) — the checklist a 試験結果 publishes for a target of AA. The audit also runs
 * checks of later WCAG versions (reflow at 320 CSS px is WCAG 2.1's 1.4.10); those are reported apart as
 * {@linkplain #isAdditional() additional} criteria and never counted toward the JIS claim.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param number the criterion's number, such as {@code 1.4.3}, not null
 * @param title  its Japanese title, not null
 * @param level  its level, {@code A}, {@code AA} or {@code AAA}, not null
 * @param source the standard it comes from, such as {@code WCAG 2.0} or {@code WCAG 2.1}, not null
 */
public record Criterion(String number, String title, String level, String source) {

    private static final Pattern NUMBER = Pattern.compile("[1-4]\\.[1-9]\\.[1-9][0-9]?");
    /** axe's tag for a criterion: {@code wcag143} is 1.4.3, {@code wcag1410} is 1.4.10. */
    private static final Pattern AXE_TAG = Pattern.compile("wcag([1-4])([1-9])([1-9][0-9]?)");

    /** The 38 criteria of levels A and AA of JIS X 8341-3:2016 (= WCAG 2.0), in their order. */
    public static final List<Criterion> JIS_X_8341_3_2016 = List.of(
            jis("1.1.1", "非テキストコンテンツ", "A"),
            jis("1.2.1", "音声のみ及び映像のみ（収録済み）", "A"),
            jis("1.2.2", "キャプション（収録済み）", "A"),
            jis("1.2.3", "音声解説、又はメディアに対する代替コンテンツ（収録済み）", "A"),
            jis("1.2.4", "キャプション（ライブ）", "AA"),
            jis("1.2.5", "音声解説（収録済み）", "AA"),
            jis("1.3.1", "情報及び関係性", "A"),
            jis("1.3.2", "意味のある順序", "A"),
            jis("1.3.3", "感覚的な特徴", "A"),
            jis("1.4.1", "色の使用", "A"),
            jis("1.4.2", "音声の制御", "A"),
            jis("1.4.3", "コントラスト（最低限）", "AA"),
            jis("1.4.4", "テキストのサイズ変更", "AA"),
            jis("1.4.5", "文字画像", "AA"),
            jis("2.1.1", "キーボード", "A"),
            jis("2.1.2", "キーボードトラップなし", "A"),
            jis("2.2.1", "タイミング調整可能", "A"),
            jis("2.2.2", "一時停止、停止、非表示", "A"),
            jis("2.3.1", "3回の閃光、又は閾値以下", "A"),
            jis("2.4.1", "ブロックスキップ", "A"),
            jis("2.4.2", "ページタイトル", "A"),
            jis("2.4.3", "フォーカス順序", "A"),
            jis("2.4.4", "リンクの目的（コンテキスト内）", "A"),
            jis("2.4.5", "複数の手段", "AA"),
            jis("2.4.6", "見出し及びラベル", "AA"),
            jis("2.4.7", "フォーカスの可視化", "AA"),
            jis("3.1.1", "ページの言語", "A"),
            jis("3.1.2", "一部分の言語", "AA"),
            jis("3.2.1", "フォーカス時", "A"),
            jis("3.2.2", "入力時", "A"),
            jis("3.2.3", "一貫したナビゲーション", "AA"),
            jis("3.2.4", "一貫した識別性", "AA"),
            jis("3.3.1", "エラーの特定", "A"),
            jis("3.3.2", "ラベル又は説明", "A"),
            jis("3.3.3", "エラー修正の提案", "AA"),
            jis("3.3.4", "エラー回避（法的、金融及びデータ）", "AA"),
            jis("4.1.1", "構文解析", "A"),
            jis("4.1.2", "名前（name）、役割（role）及び値（value）", "A"));

    /** Criteria of WCAG 2.1 and 2.2 at levels A and AA that axe or our own checks may report. */
    private static final List<Criterion> LATER = List.of(
            new Criterion("1.3.4", "表示の向き", "AA", "WCAG 2.1"),
            new Criterion("1.3.5", "入力目的の特定", "AA", "WCAG 2.1"),
            new Criterion("1.4.10", "リフロー", "AA", "WCAG 2.1"),
            new Criterion("1.4.11", "非テキストのコントラスト", "AA", "WCAG 2.1"),
            new Criterion("1.4.12", "テキストの間隔", "AA", "WCAG 2.1"),
            new Criterion("1.4.13", "ホバー又はフォーカスで表示されるコンテンツ", "AA", "WCAG 2.1"),
            new Criterion("2.1.4", "文字キーのショートカット", "A", "WCAG 2.1"),
            new Criterion("2.5.3", "ラベルを含む名前（name）", "A", "WCAG 2.1"),
            new Criterion("4.1.3", "ステータスメッセージ", "AA", "WCAG 2.1"),
            new Criterion("2.4.11", "フォーカスの非隠蔽（最低限）", "AA", "WCAG 2.2"),
            new Criterion("2.5.8", "ターゲットのサイズ（最低限）", "AA", "WCAG 2.2"));

    private static final Map<String, Criterion> KNOWN = known();

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the number or level is malformed
     * @param number the criterion's number, such as {@code 1.4.3}, not null
     * @param title  its Japanese title, not null
     * @param level  its level, {@code A}, {@code AA} or {@code AAA}, not null
     * @param source the standard it comes from, such as {@code WCAG 2.0} or {@code WCAG 2.1}, not null
     */
    public Criterion {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        if (!NUMBER.matcher(Objects.requireNonNull(number, "number")).matches()) {
            throw new IllegalArgumentException("Invalid success criterion number (such as 1.4.3): " + number);
        }
        if (!List.of("A", "AA", "AAA").contains(Objects.requireNonNull(level, "level"))) {
            throw new IllegalArgumentException("Invalid level of criterion " + number + " (valid values A, AA, AAA): " + level);
        }
    }

    private static Criterion jis(String number, String title, String level) {
        return new Criterion(number, title, level, "WCAG 2.0");
    }

    /**
     * Finds a criterion by number, such as {@code 1.4.10}.
     *
     * @param number the number, not null
     * @return the criterion, empty if it is none of the known criteria of levels A and AA
     */
    public static Optional<Criterion> of(String number) {
        return Optional.ofNullable(KNOWN.get(number));
    }

    /**
     * Converts one of axe's rule tags to the criterion's number: {@code wcag143} is {@code 1.4.3},
     * {@code wcag1410} is {@code 1.4.10}. Tags that name no criterion ({@code wcag2aa}, {@code best-practice},
     * {@code cat.color}) give nothing.
     *
     * @param tag an axe tag, not null
     * @return the number, empty if the tag names no criterion
     */
    public static Optional<String> numberOfAxeTag(String tag) {
        Matcher m = AXE_TAG.matcher(tag);
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2) + "." + m.group(3)) : Optional.empty();
    }

    /**
     * Tells whether this criterion is outside JIS X 8341-3:2016 (a criterion added by WCAG 2.1 or 2.2).
     *
     * @return true if it is not one of the 38
     */
    public boolean isAdditional() {
        return !source.equals("WCAG 2.0");
    }

    /**
     * Orders numbers as the standard does: 1.4.3 before 1.4.10.
     *
     * @param a a number, not null
     * @param b another, not null
     * @return negative, zero or positive
     */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static Map<String, Criterion> known() {
        Map<String, Criterion> map = new LinkedHashMap<>();
        JIS_X_8341_3_2016.forEach(c -> map.put(c.number(), c));
        LATER.forEach(c -> map.put(c.number(), c));
        return Map.copyOf(map);
    }

    @Override
    public String toString() {
        return number + " " + title + " (" + level + ")";
    }
}
