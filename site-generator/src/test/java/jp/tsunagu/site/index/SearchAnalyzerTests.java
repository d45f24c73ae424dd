package jp.tsunagu.site.index;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;

/**
 * The analysis chains of the index stage, worked examples checked with Lucene's
 * {@code BaseTokenStreamTestCase.assertTokenStreamContents}; {@link SearchAnalyzerRandomTests} feeds them random text.
 */
class SearchAnalyzerTests {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("ICT", "あいしーてぃー", List.of("情報通信技術"), "glossary.html#term-ict"),
            new GlossaryWord("ペコミン", "ぺこみん", List.of(), "glossary.html#term-pecomin"));

    @Test
    void readingsJoinAcrossWordsAndEndAtPunctuation() throws IOException {
        try (Analyzer reading = new ReadingAnalyzer(null)) {
            assertTokenStreamContents(reading.tokenStream("yomi", "情報化。"), new String[] {"じょ", "じょう", "ょう", "ょうほ", "うほ", "うほう", "ほう", "ほうか", "うか"});
            assertThat(terms(reading, "除雪車ナビ")).contains("じょせ", "せつ", "しゃな", "なび");
            assertThat(terms(reading, "ICTを活用")).doesNotContain("ic", "ct").contains("かつ", "かつよ", "よう");
        }
    }

    @Test
    void readingsOfGlossaryTermsComeFromTheUserDictionary() throws IOException {
        try (Analyzer reading = new ReadingAnalyzer(UserWords.dictionary(GLOSSARY))) {
            assertThat(terms(reading, "ICTの活用")).contains("あいし", "てぃー", "ーの");
            assertThat(terms(reading, "ペコミンを使う")).contains("ぺこ", "こみん", "みんを");
        }
    }

    @Test
    void wholeWordsCarryTheirReadingAtTheSamePosition() throws IOException {
        try (Analyzer word = new WordAnalyzer(null); TokenStream s = word.tokenStream("word", "情報を発信する")) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            PayloadAttribute payload = s.addAttribute(PayloadAttribute.class);
            List<String> seen = new ArrayList<>();
            s.reset();
            while (s.incrementToken()) {
                String p = payload.getPayload() == null ? "" : "<" + payload.getPayload().utf8ToString() + ">";
                seen.add(increment.getPositionIncrement() + term.toString() + p);
            }
            s.end();
            assertThat(seen).as("%s", seen).containsSequence("1情報", "0じょうほう<情報>").containsSequence("2発信", "0はっしん<発信>");
            assertThat(seen).noneMatch(t -> t.contains("を"));
        }
    }

    @Test
    void readingsAndKanaWordsAreFoldedAsTheySound() throws IOException {
        // Kuromoji reads 会津 アイヅ and 大野 オオノ; residents type aizu (あいず) and ohno or ōno (おうの)
        try (Analyzer reading = new ReadingAnalyzer(null)) {
            assertTokenStreamContents(reading.tokenStream("yomi", "会津"), new String[] {"あい", "あいず", "いず"});
            assertTokenStreamContents(reading.tokenStream("yomi", "大野"), new String[] {"おう", "おうの", "うの"});
        }
        try (Analyzer word = new WordAnalyzer(null)) {
            assertTokenStreamContents(word.tokenStream("word", "会津"), new String[] {"会津", "あいず"});
            assertTokenStreamContents(word.tokenStream("word", "コード"), new String[] {"こうど"});
        }
    }

    @Test
    void nounsForTheKeywordIndexSkipParticlesNumbersAndLatin() throws IOException {
        try (Analyzer nouns = new NounAnalyzer(null)) {
            assertThat(terms(nouns, "市民の皆さまにICTで情報を届ける。2020年、オープンデータを推進する。"))
                    .contains("市民", "情報", "推進").doesNotContain("の", "ICT", "2020", "年", "を", "する");
        }
    }

    @Test
    void foldsFullWidthAndKatakanaBeforeCuttingRuns() throws IOException {
        try (Analyzer text = new TextAnalyzer()) {
            assertTokenStreamContents(text.tokenStream("text", "ＩＣＴ"), new String[] {"i", "ic", "c", "ct", "t"});
            assertTokenStreamContents(text.tokenStream("text", "ｶﾞｲﾄﾞ"), new String[] {"が", "がい", "い", "いど", "ど"});
        }
    }

    @Test
    void rejectsAShardTargetThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShardWriter(java.nio.file.Path.of("."), 0))
                .withMessage("shard target size must be a positive number: 0");
    }

    @Test
    void kuromojiReadsKanjiInNormalMode() throws IOException {
        try (Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
            }
        }) {
            assertThat(terms(plain, "情報化推進計画")).containsExactly("情報", "化", "推進", "計画");
        }
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term.toString());
            }
            s.end();
        }
        return out;
    }
}
