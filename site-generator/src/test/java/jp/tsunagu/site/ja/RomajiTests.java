package jp.tsunagu.site.ja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Romaji to hiragana from the one table ({@code romaji.txt}), and that table written into the search client. The
 * shared vectors ({@code SearchVectorsTests}, {@code search.test.cjs}) hold Java and JavaScript to the same results.
 */
class RomajiTests {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jouhou     | じょうほう
            shinsei    | しんせい
            sinsei     | しんせい
            kannri     | かんり
            konnichiha | こんにちは
            gakkou     | がっこう
            matcha     | まっちゃ
            xtsu       | っ
            ict        | -
            jouhou2    | -
            ''         | -
            """)
    void convertsWordsThatAreRomajiThroughout(String run, String kana) {
        assertThat(Romaji.toKana(run).orElse(null)).isEqualTo(kana);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            tōkyō   | とうきょう
            tôkyô   | とうきょう
            kyūshū  | きゅうしゅう
            ōsaka   | おうさか
            ohno    | おうの
            saitoh  | さいとう
            ohhashi | おうはし
            ohashi  | おはし
            ohyo    | おひょ
            jōhō2   | -
            """)
    void writesLongVowelsOfPassportsAndSignsAsAnImeTakesThem(String run, String kana) {
        assertThat(Romaji.toKana(run).orElse(null)).isEqualTo(kana);
    }

    @Test
    void writesTheTableIntoAScriptOneStringLinePerTableLine() {
        String script = "(function () {\n  var TABLE = ROMAJI_TABLE;\n  var X = 1;\n})();\n";

        String filled = Romaji.intoScript(script);

        assertThat(filled).doesNotContain(Romaji.PLACEHOLDER)
                .startsWith("(function () {\n  var TABLE = 'a あ i い u う e え o お ka か ki き ku く ke け ko こ "
                        + "kya きゃ kyu きゅ kyo きょ ' +\n    'sa さ si し shi し ")
                .endsWith(" xtu っ xtsu っ ltu っ';\n  var X = 1;\n})();\n")
                .doesNotContain("#");
        assertThat(filled.lines().filter(l -> l.startsWith("    '"))).hasSize(14).allMatch(l -> l.endsWith("' +")
                || l.endsWith("';"));
    }

    @Test
    void everyPairOfTheScriptsTableConvertsInJava() {
        String filled = Romaji.intoScript("var TABLE = ROMAJI_TABLE;");
        String[] pairs = filled.replaceAll("'|\\s*\\+\\s*|var TABLE = |;", " ").strip().split(" +");

        assertThat(pairs.length % 2).isZero();
        for (int i = 0; i < pairs.length; i += 2) {
            assertThat(Romaji.toKana(pairs[i])).as(pairs[i]).contains(pairs[i + 1]);
        }
    }

    @Test
    void refusesAScriptWithoutThePlaceholder() {
        assertThatIllegalArgumentException().isThrownBy(() -> Romaji.intoScript("var TABLE = '';"))
                .withMessage("the search script has no ROMAJI_TABLE for the romaji table");
    }
}
