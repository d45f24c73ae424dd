package jp.tsunagu.site.enrich;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.ja.GlossaryWord;

/**
 * The speech text of read-aloud: the furigana's readings of a page (real Kuromoji, real furigana variant), the
 * editors' speech dictionary over them, the glossary's terms without kanji, and what is left to the visible text.
 */
class SpeechPageTests {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("ICT", "アイシーティー", List.of("情報通信技術"), "glossary.html#term-ict"),
            new GlossaryWord("OODAループ", "ウーダループ", List.of(), "glossary.html#term-ooda"),
            new GlossaryWord("電子決裁", "デンシケッサイ", List.of(), "glossary.html#term-kessai"),
            new GlossaryWord("デジタルシフト", "デジタルシフト", List.of(), "glossary.html#term-shift"),
            new GlossaryWord("情報格差（デジタルデバイド）", "ジョウホウカクサ", List.of(), "glossary.html#term-divide"));

    @TempDir
    Path source;

    private void write(String file, String text) throws IOException {
        Files.createDirectories(source.resolve(file).getParent());
        Files.writeString(source.resolve(file), text, UTF_8);
    }

    /** The speech of each sentence of a body, as the build makes it: the furigana variant first, then its speech. */
    private Map<String, String> spoken(String body) {
        List<GlossaryWord> readings = FuriganaWords.read(source, GLOSSARY);
        Document page = Jsoup.parse("<html lang=\"ja\"><head><title>t</title></head><body><main>" + body + "</main></body></html>");
        new FuriganaPage(new Furigana(FuriganaWords.dictionary(readings)), "https://example.jp/").enrich(page);
        return new SpeechPage(SpeechWords.read(source, GLOSSARY)).sentences(page);
    }

    /** The speech of one sentence, or the sentence itself when the page lists none for it (read as shown). */
    private String speech(String sentence) {
        return spoken("<p>" + sentence + "</p>").getOrDefault(SpeechPage.key(sentence), sentence);
    }

    @Test
    void placeNamesAndWordsAreSpokenByTheFuriganaReadings() {
        assertThat(speech("会津若松市の計画です。")).isEqualTo("あいづわかまつしのけいかくです。");
        assertThat(speech("市場調査を行います。")).isEqualTo("しじょうちょうさをおこないます。");
        // Kuromoji alone reads 方 as ほう and every 市場 as しじょう, in speech as in the furigana
        assertThat(speech("市民の方へ。")).isEqualTo("しみんのほうへ。");
        assertThat(speech("中央卸売市場です。")).isEqualTo("ちゅうおうおろしうりしじょうです。");
    }

    @Test
    void theEditorsFuriganaReadingsAreTheSpeechReadingsToo() throws IOException {
        write(FuriganaWords.FILE, "卸売市場 おろしうりいちば\n市民の方 しみんのかた\n");

        assertThat(speech("中央卸売市場です。")).isEqualTo("ちゅうおうおろしうりいちばです。");
        assertThat(speech("市場調査を行います。")).isEqualTo("しじょうちょうさをおこないます。");
        assertThat(speech("市民の方へ。")).isEqualTo("しみんのかたへ。");
        assertThat(speech("この方法で。")).isEqualTo("このほうほうで。");
    }

    @Test
    void glossaryTermsAreSpokenByTheirReadings() {
        assertThat(speech("電子決裁を進めます。")).isEqualTo("でんしけっさいをすすめます。");
        assertThat(speech("ICTとOODAループ。")).isEqualTo("アイシーティーとウーダループ。");
        // inside a longer Latin word it is not the term; kana terms are read as written
        assertThat(speech("ICTSとデジタルシフト。")).isEqualTo("ICTSとデジタルシフト。");
        // a term with kanji is read by its parts, as its reading leaves out the brackets' words
        assertThat(speech("情報格差（デジタルデバイド）。")).isEqualTo("じょうほうかくさ（デジタルデバイド）。");
    }

    @Test
    void theSpeechDictionaryWinsOverTheFurigana() throws IOException {
        write(FuriganaWords.FILE, "美波町 みなみちょう\n");
        write(SpeechWords.FILE, "# 読み上げ\n美波町 ミナミチョー\n美波町役場 みなみちょうやくば # 前の行より長い\nWi-Fi ワイファイ\n");

        assertThat(speech("美波町の窓口。")).isEqualTo("ミナミチョーのまどぐち。");
        assertThat(speech("美波町役場へ。")).isEqualTo("みなみちょうやくばへ。");
        assertThat(speech("無料Wi-Fiです。")).isEqualTo("むりょうワイファイです。");
        List<GlossaryWord> readings = FuriganaWords.read(source, GLOSSARY);
        assertThat(FuriganaTests.shown(new Furigana(FuriganaWords.dictionary(readings)), "美波町の窓口"))
                .isEqualTo("美波町(みなみちょう)の窓口(まどぐち)");
    }

    @Test
    void aWordThatCutsARubyLeavesTheRestOfTheRubyAsWritten() throws IOException {
        write(SpeechWords.FILE, "市場 いちば\n");

        assertThat(new SpeechPage(SpeechWords.read(source, List.of())).speech("卸売市場調査",
                List.of(new Furigana.Ruby(0, 2, "おろしうり"), new Furigana.Ruby(2, 6, "しじょうちょうさ"))))
                .isEqualTo("おろしうりいちば調査");
    }

    @Test
    void countersAfterDigitsAreLeftToTheSpeechEngine() {
        assertThat(speech("2020年3月に定めた第7次計画。")).isEqualTo("2020年3月にさだめただい7次けいかく。");
    }

    @Test
    void onlyJapaneseSentencesWhoseSpeechDiffersAreListedByTheirVisibleText() {
        // pre and code have no furigana, so they are read as written
        Map<String, String> spoken = spoken("<h1>読み上げ</h1><p>ひらがなだけ。<span hidden>隠れた文。</span>"
                + "<ruby>漢字<rt>かんじ</rt></ruby>と  <a href=\"x.html\">情報</a>化。</p>"
                + "<p lang=\"en\">ICT is 情報通信技術.</p><ul><li>一つ目</li><li>OK</li></ul><pre>code は読む。</pre>");

        assertThat(spoken).containsExactly(Map.entry(SpeechPage.key("読み上げ"), "よみあげ"),
                Map.entry(SpeechPage.key("漢字と 情報化。"), "かんじと じょうほうか。"),
                Map.entry(SpeechPage.key("一つ目"), "ひとつめ"));
    }

    @Test
    void aPageWithoutMainOrKanjiHasNoSpeech() {
        assertThat(spoken("<p>ひらがなと ICTS だけ。</p>")).isEmpty();
        Document noMain = Jsoup.parse("<html lang=\"ja\"><body><p>漢字</p></body></html>");
        assertThat(new SpeechPage(SpeechWords.NONE).sentences(noMain)).isEmpty();
    }

    @Test
    void sentencesAreCutAsTheScriptCutsThem() {
        assertThat(cut("情報化を進めます。窓口を変えます！本当？「はい。」と答えた。")).containsExactly("情報化を進めます。",
                "窓口を変えます！", "本当？", "「はい。」", "と答えた。");
        assertThat(cut("Version 3.5 is out. It works!Really? Yes...  ok")).containsExactly("Version 3.5 is out.",
                "It works!", "Really?", "Yes...", "ok");
        assertThat(cut("見出しだけ")).containsExactly("見出しだけ");
        assertThat(cut("  ")).isEmpty();
        assertThat(cut("。、・")).isEmpty();
        assertThat(cut("一行目\n  二行目。")).containsExactly("一行目\n  二行目。");
    }

    @Test
    void keysAreTheScriptsFnvHashesInBase36() {
        assertThat(SpeechPage.key("")).isEqualTo(Long.toString(0x811c9dc5L, 36));
        assertThat(SpeechPage.key("a")).isEqualTo(Long.toString(0xe40c292cL, 36));
        assertThat(SpeechPage.key("会津若松市の計画です。")).isNotEqualTo(SpeechPage.key("会津若松市の計画です"));
    }

    @Test
    void malformedSpeechDictionaryLinesAreReportedInJapaneseWithFileAndLine() throws IOException {
        write(SpeechWords.FILE, "美波町 ミナミチョー\n美波町\n美波町 minami\n");

        assertThatIllegalArgumentException().isThrownBy(() -> SpeechWords.read(source, List.of()))
                .withMessageContaining("speech/speech-dictionary.txt:2: 「美波町」は「単語 よみ」の形で書いてください"
                        + "（よみはひらがなかカタカナ、例：美波町 ミナミチョー）")
                .withMessageContaining("speech/speech-dictionary.txt:3: 「美波町 minami」は")
                .withMessageNotContaining(":1:");
    }

    @Test
    void aMalformedSpeechDictionaryFailsTheEnrichStageWithFileAndLine(@TempDir Path temp) throws IOException {
        Path sample = temp.resolve("src");
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), sample);
        Files.writeString(sample.resolve(SpeechWords.FILE), "美波町 ミナミチョー\n美波町\n", UTF_8);

        assertThatExceptionOfType(SiteException.class)
                .isThrownBy(() -> SiteGenerator.build(BuildRequest.of(sample, temp.resolve("site"))))
                .satisfies(e -> assertThat(e.stage()).isEqualTo(Stage.ENRICH))
                .withMessageStartingWith("enrich: 読み上げの辞書に誤りがあります")
                .withMessageContaining("speech/speech-dictionary.txt:2: 「美波町」は「単語 よみ」の形で書いてください");
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void theVariantsStageWritesTheSpeechBesideThePage() throws IOException {
        Path page = source.resolve("お知らせ.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main><p>会津若松市。</p>"
                + "<p>かなだけ。</p></main></body></html>", UTF_8);
        Path english = source.resolve("en.html");
        Files.writeString(english, "<html lang=\"en\"><body><main><p>Aizuwakamatsu 会津若松市.</p></main></body></html>", UTF_8);

        new FuriganaVariants(null, SpeechWords.NONE, "https://example.jp/", 1).write(List.of(page, english));

        assertThat(new ObjectMapper().readValue(source.resolve("お知らせ.speech.json").toFile(), new TypeReference<Map<String, String>>() { }))
                .isEqualTo(Map.of(SpeechPage.key("会津若松市。"), "あいづわかまつし。"));
        assertThat(source.resolve("en.speech.json")).doesNotExist();
    }

    private static List<String> cut(String text) {
        return SpeechPage.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }
}
