package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;

/**
 * {@link ReadingPass} must give exactly what the two analyses it replaces give: the nouns of {@link NounAnalyzer}
 * and the tokens (term, offsets, position) of {@link ReadingAnalyzer}, on the city's and the sample city's whole
 * Markdown sources (prose, tables, links, punctuation of every kind) and on hand-made edge cases.
 */
class ReadingPassTests {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("ICT", "あいしーてぃー", List.of("情報通信技術"), "glossary.html#term-ict"),
            new GlossaryWord("協働", "きょうどう", List.of(), "glossary.html#term-kyodo"),
            new GlossaryWord("ペコミン", "ぺこみん", List.of(), "glossary.html#term-pecomin"));

    private static final List<String> EDGE_CASES = List.of("", "。", "情報化。", "　全角　空白　",
            "「協働・共創」のためのデジタルシフト（ＤＸ）を推進！", "〇〇課の※印、①②③、ICT×AI＝？",
            "https://www.city.example.jp/a?b=1 を参照", "ペコミンを使う。情報通信技術の活用。", "ーー・・", "🙂絵文字と漢字");

    @Test
    void givesTheNounsAndReadingsOfTheTwoAnalyses() throws IOException {
        UserDictionary dictionary = UserWords.dictionary(GLOSSARY);
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.addAll(markdown(BuiltSites.source(BuiltSites.CITY)));
        texts.addAll(markdown(BuiltSites.source(BuiltSites.SAMPLE)));
        assertThat(texts).hasSizeGreaterThan(40);
        ReadingPass pass = new ReadingPass(dictionary);
        int nounCount = 0;
        try (Analyzer nounAnalyzer = new NounAnalyzer(dictionary); Analyzer readingAnalyzer = new ReadingAnalyzer(dictionary)) {
            for (String text : texts) {
                List<String> nouns = new ArrayList<>();
                List<String> readings = tokens(pass.run(text, (word, reading) -> nouns.add(word + "/" + reading)));
                List<String> expectedNouns = nouns(nounAnalyzer.tokenStream("noun", text));
                assertThat(nouns).as("nouns of %s", head(text)).isEqualTo(expectedNouns);
                assertThat(readings).as("readings of %s", head(text)).isEqualTo(tokens(readingAnalyzer.tokenStream("yomi", text)));
                nounCount += nouns.size();
            }
        }
        assertThat(nounCount).as("the sources hold nouns").isGreaterThan(1000);
    }

    private static String head(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static List<String> markdown(Path source) {
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> nouns(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = s.addAttribute(ReadingAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term + "/" + reading.getReading());
            }
            s.end();
        }
        return out;
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream s = stream) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = s.addAttribute(PositionIncrementAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            }
            s.end();
            out.add("end@" + offset.endOffset());
        }
        return out;
    }
}
