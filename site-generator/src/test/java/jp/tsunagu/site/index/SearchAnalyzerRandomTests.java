package jp.tsunagu.site.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;

/**
 * Random text through every analysis chain of the index stage, with Lucene's own robustness checks (offsets in
 * range and in order, reuse, no state left between streams, same tokens from many threads). It runs under Lucene's
 * JUnit 4 runner (through JUnit 5's vintage engine), which {@code checkRandomData} needs; a failure prints the
 * seed to repeat it with {@code -Dtests.seed=…}.
 */
public class SearchAnalyzerRandomTests extends BaseTokenStreamTestCase {
    private static final List<GlossaryWord> GLOSSARY = List.of(
            new GlossaryWord("ICT", "あいしーてぃー", List.of("情報通信技術"), "glossary.html#term-ict"));

    @Test
    public void textSurvivesRandomText() throws IOException {
        try (Analyzer a = new TextAnalyzer()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 40, false, false);
        }
    }

    @Test
    public void readingsSurviveRandomText() throws IOException {
        try (Analyzer a = new ReadingAnalyzer(UserWords.dictionary(GLOSSARY))) {
            checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER, 40, false, false);
        }
    }

    @Test
    public void wordsSurviveRandomText() throws IOException {
        try (Analyzer a = new WordAnalyzer(UserWords.dictionary(GLOSSARY))) {
            checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER, 40, false, false);
        }
    }

    @Test
    public void nounsSurviveRandomText() throws IOException {
        try (Analyzer a = new NounAnalyzer(null)) {
            checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER, 40, false, false);
        }
    }
}
