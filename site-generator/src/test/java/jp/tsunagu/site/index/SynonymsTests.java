package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.ja.GlossaryWord;

/** The editors' synonym list ({@code src/search/synonyms.txt}): its parser, its messages, and how groups expand. */
class SynonymsTests {
    @TempDir
    Path source;

    @Test
    void readsOneGroupALineWithCommasOrTouten() {
        List<List<String>> groups = Synonyms.parse("search/synonyms.txt", List.of(
                "# 略語・言いかえ",
                "",
                "スマホ, スマートフォン,スマートホン",
                "マイナカード、マイナンバーカード   # 通称",
                "パソコン，PC"));

        assertThat(groups).containsExactly(
                List.of("スマホ", "スマートフォン", "スマートホン"),
                List.of("マイナカード", "マイナンバーカード"),
                List.of("パソコン", "PC"));
    }

    @Test
    void namesFileAndLineOfEveryMalformedLineInJapanese() {
        assertThatThrownBy(() -> Synonyms.parse("search/synonyms.txt", List.of(
                "スマホ, スマートフォン",
                "スマホ",
                "スマホ => スマートフォン",
                "スマホ,, スマートフォン",
                "パソコン, ",
                "ＰＣ, pc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(String.join("\n",
                        "search/synonyms.txt:2: 「スマホ」には言葉が1つしかありません。同じ意味の言葉を2つ以上、読点かカンマで区切って1行に書いてください（例：スマホ, スマートフォン）",
                        "search/synonyms.txt:3: 「スマホ => スマートフォン」の「=>」（一方向の置きかえ）には対応していません。同じ意味の言葉を「=>」を使わずに1行に並べてください（例：スマホ, スマートフォン）",
                        "search/synonyms.txt:4: 「スマホ,, スマートフォン」に文字のない言葉があります。読点やカンマが続いていないか、行の最初や最後にないかを確かめてください（例：スマホ, スマートフォン）",
                        "search/synonyms.txt:5: 「パソコン,」に文字のない言葉があります。読点やカンマが続いていないか、行の最初や最後にないかを確かめてください（例：スマホ, スマートフォン）",
                        "search/synonyms.txt:6: 「ＰＣ, pc」には言葉が1つしかありません。同じ意味の言葉を2つ以上、読点かカンマで区切って1行に書いてください（例：スマホ, スマートフォン）"));
    }

    @Test
    void foldsWordsAsTheIndexDoesAndJoinsTheirRunsWithASpace() {
        Synonyms synonyms = Synonyms.of(List.of(List.of("スマホ", "ｽﾏｰﾄﾌｫﾝ"), List.of("Wi-Fi", "無線LAN", "wi‐fi")));

        assertThat(synonyms.groups()).containsExactly(List.of("すまほ", "すまーとふぉん"), List.of("wi fi", "無線lan"));
        assertThat(synonyms.others("すまほ")).containsExactly("すまーとふぉん");
        assertThat(synonyms.others("無線lan")).containsExactly("wi fi");
        assertThat(synonyms.others("すまーと")).isEmpty();
    }

    @Test
    void aWordInSeveralGroupsStandsForTheirWordsTogetherButNotTheirWordsForEachOther() {
        Synonyms synonyms = Synonyms.of(List.of(List.of("ネット", "インターネット"), List.of("ネット", "ネットワーク")));

        assertThat(synonyms.others("ねっと")).containsExactly("いんたーねっと", "ねっとわーく");
        assertThat(synonyms.others("いんたーねっと")).containsExactly("ねっと");
    }

    @Test
    void dropsGroupsOfOneWordOnceFolded() {
        assertThat(Synonyms.of(List.of(List.of("ICT", "ＩＣＴ"), List.of("パブリッククラウド", "ぱぶりっくくらうど")))
                .groups()).isEmpty();
        assertThat(Synonyms.of(List.of())).isSameAs(Synonyms.NONE);
    }

    @Test
    void joinsQueryRunsThatAreOneWordOfSeveralRunsLongestFirst() {
        Synonyms synonyms = Synonyms.of(List.of(List.of("Open Data", "オープンデータ"),
                List.of("open data portal", "データポータル")));

        assertThat(synonyms.join(List.of("open", "data", "portal", "推進"))).containsExactly("open data portal", "推進");
        assertThat(synonyms.join(List.of("open", "data", "推進"))).containsExactly("open data", "推進");
        assertThat(synonyms.join(List.of("data", "open"))).containsExactly("data", "open");
    }

    @Test
    void readsTheEditorsFileThenTheGlossarysTermsWithTheirOtherSpellings() throws IOException {
        Files.createDirectories(source.resolve("search"));
        Files.writeString(source.resolve(Synonyms.FILE), "スマホ, スマートフォン\n", StandardCharsets.UTF_8);
        List<GlossaryWord> glossary = List.of(
                new GlossaryWord("ICT", "アイシーティー", List.of("情報通信技術"), "glossary.html#term-ict"),
                new GlossaryWord("IoT", "アイオーティー", List.of(), "glossary.html#term-iot"));

        assertThat(Synonyms.read(source, glossary).groups())
                .containsExactly(List.of("すまほ", "すまーとふぉん"), List.of("ict", "情報通信技術"));
    }

    @Test
    void aProjectWithoutTheFileHasTheGlossarysGroupsOnly() {
        List<GlossaryWord> glossary = List.of(new GlossaryWord("AI", "エーアイ", List.of("人工知能"), "glossary.html#term-ai"));

        assertThat(Synonyms.read(source, glossary).groups()).containsExactly(List.of("ai", "人工知能"));
        assertThat(Synonyms.read(source, List.of())).isSameAs(Synonyms.NONE);
    }

    @Test
    void aMalformedFileFailsWithItsLine() throws IOException {
        Files.createDirectories(source.resolve("search"));
        Files.writeString(source.resolve(Synonyms.FILE), "# 言いかえ\nスマホ\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Synonyms.read(source, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search/synonyms.txt:2: 「スマホ」には言葉が1つしかありません。");
    }
}
