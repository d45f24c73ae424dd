package jp.tsunagu.site.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.ja.GlossaryWord;

/** The ruby algorithm on plain text, with Kuromoji's real dictionary. */
class FuriganaTests {

    private final Furigana furigana = new Furigana(null);

    /** Writes the rubies the way a reader sees them: 漢字(かんじ). */
    static String shown(Furigana furigana, String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Furigana.Ruby r : furigana.rubies(text)) {
            out.append(text, at, r.start()).append(text, r.start(), r.end()).append('(').append(r.reading()).append(')');
            at = r.end();
        }
        return out.append(text.substring(at)).toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            推進する                   | 推進(すいしん)する
            取り組みを進める             | 取(と)り組(く)みを進(すす)める
            お知らせ                   | お知(し)らせ
            話し合い                   | 話(はな)し合(あ)い
            情報化推進計画               | 情報(じょうほう)化(か)推進(すいしん)計画(けいかく)
            会津若松市                 | 会津(あいづ)若松(わかまつ)市(し)
            霞ヶ関                     | 霞ヶ関(かすみがせき)
            """)
    void putsRubyOverTheKanjiOnlyWithOkuriganaOutside(String text, String expected) {
        assertThat(shown(furigana, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ひらがなだけのぶんです。
            カタカナ・デジタルシフト
            ICT and IoT 2020
            ２０２０　ＡＢＣ
            https://www.city.aizuwakamatsu.fukushima.jp/漢字/
            info@example.jp
            """)
    void leavesKanaLatinDigitsAndAddressesAlone(String text) {
        assertThat(furigana.rubies(text)).isEmpty();
    }

    @Test
    void readsKanjiNextToNumbersAndLatinButNotTheNumbers() {
        assertThat(shown(furigana, "2020年度のICT化")).isEqualTo("2020年度(ねんど)のICT化(か)");
    }

    @Test
    void givesUrlsInsideJapaneseTextNoRubyButTheTextAroundThem() {
        assertThat(shown(furigana, "詳細は https://example.jp/計画 を参照"))
                .isEqualTo("詳細(しょうさい)は https://example.jp/計画 を参照(さんしょう)");
    }

    @Test
    void aRowOfTheSyllabaryIsReadGyouButNotTheSameCharactersInAWord() {
        assertThat(shown(furigana, "か行（65語）")).startsWith("か行(ぎょう)（");
        assertThat(shown(furigana, "さくいん：わ行")).endsWith("わ行(ぎょう)");
        assertThat(shown(furigana, "読みの最初の音（あ行、か行…）")).contains("あ行(ぎょう)、か行(ぎょう)…");
        assertThat(shown(furigana, "市民や行政が話し合う")).contains("行政(ぎょうせい)").doesNotContain("行(ぎょう)");
        assertThat(shown(furigana, "するか行わないか")).doesNotContain("(ぎょう)");
    }

    @Test
    void readingsAreHiragana() {
        assertThat(furigana.rubies("情報通信技術の活用")).allSatisfy(r ->
                assertThat(r.reading()).matches("[ぁ-ゖー]+"));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            取り組み | とりくみ   | 取:と 組:く
            行う     | おこなう   | 行:おこな
            見出し   | みだし     | 見出:みだ
            情報     | じょうほう | 情報:じょうほう
            お知らせ | おしらせ   | 知:し
            取り組み | とりくむ   | 取り組み:とりくむ
            """)
    void alignsReadingsWithTheKanaOfTheWord(String surface, String reading, String expected) {
        List<Furigana.Ruby> rubies = Furigana.align(surface, reading);
        assertThat(String.join(" ", rubies.stream()
                .map(r -> surface.substring(r.start(), r.end()) + ":" + r.reading()).toList())).isEqualTo(expected);
    }

    @Test
    void userDictionaryOverridesKuromoji() {
        assertThat(shown(furigana, "受けやすい方との間に")).contains("方(ほう)", "間(ま)");
        Furigana corrected = new Furigana(FuriganaWords.dictionary(List.of(
                new GlossaryWord("受けやすい方", "うけやすいかた", List.of(), ""),
                new GlossaryWord("との間", "とのあいだ", List.of(), ""),
                new GlossaryWord("本市", "ほんし", List.of(), ""))));

        assertThat(shown(corrected, "受けやすい方との間に")).isEqualTo("受(う)けやすい方(かた)との間(あいだ)に");
        assertThat(shown(corrected, "本市の取組")).startsWith("本市(ほんし)の");
        assertThat(shown(furigana, "本市の取組")).doesNotStartWith("本市(ほんし)");
    }

    @Test
    void aLongCompoundReadAsOneWordGetsOneRubyPerWordSoLinesCanBreakBetweenThem() {
        Furigana withTerm = new Furigana(FuriganaWords.dictionary(List.of(
                new GlossaryWord("官民データ活用推進基本法", "かんみんでーたかつようすいしんきほんほう", List.of(), ""),
                new GlossaryWord("利活用", "りかつよう", List.of(), ""))));

        assertThat(shown(withTerm, "官民データ活用推進基本法に基づく"))
                .startsWith("官民(かんみん)データ活用(かつよう)推進(すいしん)基本(きほん)法(ほう)に");
        assertThat(shown(withTerm, "データの利活用")).isEqualTo("データの利(り)活用(かつよう)");
        // Split only where the words' readings put together are the editor's reading: 本市場 read as one word
        // ほんいちば stays whole, since Kuromoji's own words read it differently.
        Furigana market = new Furigana(FuriganaWords.dictionary(List.of(new GlossaryWord("本市場", "ほんいちば", List.of(), ""))));
        assertThat(shown(market, "本市場の")).isEqualTo("本市場(ほんいちば)の");
    }
}
