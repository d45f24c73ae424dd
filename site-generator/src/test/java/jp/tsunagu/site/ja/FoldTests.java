package jp.tsunagu.site.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The folding and cutting of search text. The shared vectors ({@code SearchVectorsTests}) hold the worked examples
 * that the JavaScript client reproduces; these tests hold the Java side's own shortcuts.
 */
class FoldTests {
    private static final String PLAIN = "abcXYZ019 情報化推進計画あいうえおがぎゃーアイウエオガギャヴヶ会津若松市、。";

    @Test
    void foldsPlainTextWithoutTheNormalizerAsTheNormalizerWould() {
        Random random = new Random(13);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
            }
            String slow = Kana.toHiragana(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
            assertThat(Fold.fold(text)).as(text.toString()).isEqualTo(slow);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＩＣＴ推進、ﾃﾞｼﾞﾀﾙ化。 | ict推進 でじたる化
            令和２年度（2020）     | 令和2年度 2020
            """)
    void cutsFoldedTextIntoRunsOfLettersDigitsAndMarks(String text, String runs) {
        assertThat(String.join(" ", Fold.runs(Fold.fold(text)))).isEqualTo(runs);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            じょうほう | true
            ゝゞー     | true
            じょうほう化 | false
            ジョウホウ | false
            ''         | false
            """)
    void tellsFoldedKanaRuns(String run, boolean kana) {
        assertThat(Fold.isKana(run)).isEqualTo(kana);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            あいづ       | あいず
            ぢ           | じ
            おおさか     | おうさか
            とーきょー   | とうきょう
            ぼおる       | ぼうる
            おおおお     | おうおう
            あお         | あお
            ええ         | ええ
            ゆうずう     | ゆうずう
            すまーとふぉん | すまーとふぉん
            会津おおの   | 会津おうの
            """)
    void foldsKanaThatSoundAlike(String kana, String sound) {
        assertThat(Fold.sound(kana)).isEqualTo(sound);
    }

    @Test
    void soundFoldingKeepsTheLengthAndIsIdempotent() {
        String letters = "あおこごそとのほもよろょぉをうおーづぢずじかい会";
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            String once = Fold.sound(text.toString());
            assertThat(once).as(text.toString()).hasSameSizeAs(text.toString()).doesNotContain("づ", "ぢ");
            assertThat(Fold.sound(once)).as(text.toString()).isEqualTo(once);
        }
    }

    @Test
    void cutsGramsByCodePoint() {
        assertThat(Fold.grams("𠮷野家", 1)).containsExactly("𠮷", "𠮷野", "野", "野家", "家");
        assertThat(Fold.grams("情報化", 2)).containsExactly("情報", "報化");
        assertThat(Fold.ngrams("けんしん", 3)).containsExactly("けんし", "んしん");
        assertThat(Fold.ngrams("けん", 3)).isEmpty();
    }
}
