package jp.tsunagu.site.enrich;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ja.GlossaryWord;

/** The editors' furigana readings: file format, errors, and which words win. */
class FuriganaWordsTests {

    @TempDir
    Path source;

    private void write(String file, String text) throws IOException {
        Files.createDirectories(source.resolve(file).getParent());
        Files.writeString(source.resolve(file), text, UTF_8);
    }

    @Test
    void furiganaFileWinsOverSearchWordsAndGlossary() throws IOException {
        write(FuriganaWords.FILE, "# 読み\n本市 ほんし\n受けやすい方　うけやすいかた\n");
        write("search/user-dictionary.txt", "本市 もといち\n健診 けんしん\nクラウド くらうど\n");
        List<GlossaryWord> glossary = List.of(new GlossaryWord("住所辞書", "ジュウショジショ", List.of("住所の辞書"), ""),
                new GlossaryWord("AI", "エーアイ", List.of("人工知能"), ""),
                new GlossaryWord("情報格差（デジタルデバイド）", "ジョウホウカクサ", List.of(), ""));

        List<GlossaryWord> words = FuriganaWords.read(source, glossary);

        assertThat(words).extracting(w -> w.term() + " " + w.reading()).containsExactly("本市 ほんし",
                "受けやすい方 うけやすいかた", "本市 もといち", "健診 けんしん", "住所辞書 ジュウショジショ");
        assertThat(FuriganaTests.shown(new Furigana(FuriganaWords.dictionary(words)), "本市の人工知能"))
                .isEqualTo("本市(ほんし)の人工(じんこう)知能(ちのう)");
    }

    @Test
    void malformedLinesAreReportedWithFileLineAndFix() throws IOException {
        write(FuriganaWords.FILE, "本市 ほんし\n本市の かな\nかな かな\n取り組み とりくむ\n会津 Aizu\n");

        assertThatIllegalArgumentException().isThrownBy(() -> FuriganaWords.read(source, List.of()))
                .withMessageContaining("furigana/readings.txt:5: 「会津 Aizu」は「単語 よみ」の形で書いてください");
        write(FuriganaWords.FILE, "本市 ほんし\n本市の かな\nかな かな\n取り組み とりくむ\n");
        assertThatIllegalArgumentException().isThrownBy(() -> FuriganaWords.read(source, List.of()))
                .withMessageContaining("furigana/readings.txt:2: よみ「かな」が表記「本市の」のかなと合いません")
                .withMessageContaining("furigana/readings.txt:3: 「かな」には漢字がないので、ふりがなは付きません。この行を消してください")
                .withMessageContaining("furigana/readings.txt:4: よみ「とりくむ」が表記「取り組み」のかなと合いません")
                .withMessageNotContaining(":1:");
    }

    @Test
    void noFilesMeanKuromojiAlone() {
        assertThat(FuriganaWords.read(source, List.of())).isEmpty();
        assertThat(FuriganaWords.dictionary(List.of())).isNull();
    }

    @Test
    void theCitysReadingsFileIsValidAndCorrectsRealSentences() {
        List<GlossaryWord> words = FuriganaWords.read(BuiltSites.source(BuiltSites.CITY), List.of());
        Furigana city = new Furigana(FuriganaWords.dictionary(words));

        assertThat(FuriganaTests.shown(city, "受けやすい方と受けにくい方の双方に配慮し"))
                .startsWith("受(う)けやすい方(かた)と受(う)けにくい方(かた)の");
        assertThat(FuriganaTests.shown(city, "データの分析・利活用")).endsWith("利(り)活用(かつよう)"); // not とぎ: the readings file's りかつよう, one ruby per word
        assertThat(FuriganaTests.shown(city, "協働・共創のための")).isEqualTo("協働(きょうどう)・共創(きょうそう)のための");
    }
}
