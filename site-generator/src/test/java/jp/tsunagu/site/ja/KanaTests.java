package jp.tsunagu.site.ja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one conversion between katakana and hiragana, and the 五十音 rows of the glossary and the さくいん. */
class KanaTests {
    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ジョウホウ       | じょうほう
            ヴァイオリン     | ゔぁいおりん
            ァ               | ぁ
            ヶ               | ゖ
            マイナンバーカード | まいなんばーかーど
            ICT化           | ICT化
            """)
    void convertsTheLettersThatHaveACounterpartBothWays(String katakana, String hiragana) {
        assertThat(Kana.toHiragana(katakana)).isEqualTo(hiragana);
        assertThat(Kana.toKatakana(hiragana)).isEqualTo(katakana);
    }

    @ParameterizedTest(name = "{0} is kept")
    @CsvSource({"ー", "ヷ", "ヺ", "・", "ヽ", "ヾ", "ゝ", "ゞ", "゛", "情", "a"})
    void keepsEverythingElseAsTheSearchClientDoes(char c) {
        assertThat(Kana.toHiragana(c)).isEqualTo(c);
        assertThat(Kana.toKatakana(c)).isEqualTo(c);
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            あいしーてぃー | あ行   | a
            がっこう       | か行   | ka
            カード         | か行   | ka
            ぱそこん       | は行   | ha
            ぢょうほう     | た行   | ta
            ゃ             | や行   | ya
            をかし         | わ行   | wa
            ん             | わ行   | wa
            ICT            | その他 | other
            ''             | その他 | other
            """)
    void groupsReadingsByTheRowOfTheirFirstKana(String reading, String row, String id) {
        assertThat(Kana.row(reading)).isEqualTo(row);
        assertThat(Kana.rowId(row)).isEqualTo(id);
    }
}
