package jp.tsunagu.site.ja;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' words and readings, and the Kuromoji user dictionary built from them and the glossary. */
class UserWordsTests {
    @TempDir
    Path source;

    private void write(String text) throws IOException {
        Files.createDirectories(source.resolve(UserWords.FILE).getParent());
        Files.writeString(source.resolve(UserWords.FILE), text, UTF_8);
    }

    /** Kuromoji in the normal mode of the furigana and the index, with a user dictionary. */
    private static Analyzer kuromoji(UserDictionary dictionary) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(dictionary, true, JapaneseTokenizer.Mode.NORMAL));
            }
        };
    }

    private static List<String> readings(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = ts.addAttribute(ReadingAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + reading.getReading());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void readsOneWordAndItsReadingALineSkippingCommentsAndBlankLines() throws IOException {
        write("# 健診は「けんしん」\n健診 けんしん\n\n本市　ホンシ # 全角の空白も区切り\n");

        assertThat(UserWords.read(source)).extracting(w -> w.term() + " " + w.reading())
                .containsExactly("健診 けんしん", "本市 ホンシ");
        assertThat(UserWords.read(source.resolve("nowhere"))).isEmpty();
    }

    @Test
    void reportsEveryMalformedLineWithFileLineAndFix() throws IOException {
        write("健診 けんしん\n健診\n会津 Aizu\n\"本市\" ほんし\n");

        assertThatIllegalArgumentException().isThrownBy(() -> UserWords.read(source)).withMessage(String.join("\n",
                "search/user-dictionary.txt:2: 「健診」は「単語 よみ」の形で書いてください（よみはひらがなかカタカナ、例：健診 けんしん）",
                "search/user-dictionary.txt:3: 「会津 Aizu」は「単語 よみ」の形で書いてください（よみはひらがなかカタカナ、例：健診 けんしん）",
                "search/user-dictionary.txt:4: 「\"本市\" ほんし」は「単語 よみ」の形で書いてください（よみはひらがなかカタカナ、例：健診 けんしん）"));
    }

    @Test
    void kuromojiReadsADictionaryWordAsOneWordWithItsReading() throws IOException {
        UserDictionary dictionary = UserWords.dictionary(List.of(new GlossaryWord("健診", "けんしん", List.of(), "")));

        try (Analyzer plain = kuromoji(null); Analyzer corrected = kuromoji(dictionary)) {
            assertTokenStreamContents(plain.tokenStream("f", "健診"), new String[] {"健", "診"});
            assertTokenStreamContents(corrected.tokenStream("f", "健診を受ける"), new String[] {"健診", "を", "受ける"},
                    new int[] {0, 2, 3}, new int[] {2, 3, 6});
            assertThat(readings(corrected, "健診")).containsExactly("健診/ケンシン");
        }
    }

    @Test
    void aliasesShareTheReadingAndTheFirstSpellingWins() throws IOException {
        UserDictionary dictionary = UserWords.dictionary(List.of(
                new GlossaryWord("本市", "ほんし", List.of(), ""),
                new GlossaryWord("ICT", "あいしー・てぃー", List.of("情報通信技術"), "glossary.html#term-ict"),
                new GlossaryWord("本市", "もといち", List.of(), "")));

        try (Analyzer corrected = kuromoji(dictionary)) {
            assertThat(readings(corrected, "本市")).containsExactly("本市/ホンシ");
            assertThat(readings(corrected, "情報通信技術")).containsExactly("情報通信技術/アイシーティー");
        }
    }

    @Test
    void leavesOutWhatTheDictionaryFormatCannotHold() {
        assertThat(UserWords.dictionary(List.of())).isNull();
        assertThat(UserWords.dictionary(List.of(new GlossaryWord("A,B", "えーびー", List.of("A B", "\"A\""), ""),
                new GlossaryWord("空", "", List.of(), "")))).isNull();
    }
}
