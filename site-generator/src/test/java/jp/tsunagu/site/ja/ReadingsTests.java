package jp.tsunagu.site.ja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading of a word, Kuromoji's gaps filled. */
class ReadingsTests {
    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            情報     | ジョウホウ | ジョウホウ
            ツナグ   | -          | ツナグ
            つなぐ   | -          | つなぐ
            ICT      | -          | -
            2020     | -          | -
            。       | -          | -
            情報     | -          | -
            ペコミン | ''         | ペコミン
            情報     | *          | -
            """)
    void takesKuromojisKanaReadingOrAKanaWordAsItIsWritten(String surface, String reading, String expected) {
        assertThat(Readings.of(surface, reading).orElse(null)).isEqualTo(expected);
    }
}
