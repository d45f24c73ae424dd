package jp.tsunagu.site.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.ja.UserWords;

/**
 * {@link RecordedTokens} and {@link PageAnalysis}: what Kuromoji's fields give is recorded, stored and replayed token
 * for token (term, position increment, payload), and a damaged entry is refused.
 */
class RecordedTokensTests {
    private static final String TEXT = "会津若松市は情報化を推進し、ＩＣＴを活用した行政サービスの向上を図ります。";

    private static List<String> tokens(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PayloadAttribute payload = stream.addAttribute(PayloadAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term + "/" + increment.getPositionIncrement() + "/" + (payload.getPayload() == null ? "-" : payload.getPayload().utf8ToString()));
        }
        stream.end();
        stream.close();
        return out;
    }

    private static RecordedTokens record(Analyzer analyzer, String text) throws IOException {
        RecordedTokens.Recorder recorder = RecordedTokens.recorder(analyzer.tokenStream("f", text));
        tokens(recorder);
        return recorder.tokens();
    }

    @Test
    void theWordFieldsTokensWithStackedReadingsAndPayloadsAreReplayedAsAnalysed() throws IOException {
        try (Analyzer word = new WordAnalyzer(UserWords.dictionary(List.of()))) {
            List<String> analysed = tokens(word.tokenStream("f", TEXT));
            assertTrue(analysed.stream().anyMatch(t -> t.endsWith("/0/情報")), analysed.toString());
            RecordedTokens recorded = record(word, TEXT);
            assertEquals(analysed, tokens(recorded.replay()));
            assertEquals(analysed.size(), recorded.size());
            assertEquals(analysed, tokens(roundTrip(recorded).replay()), "stored and read back");
        }
    }

    @Test
    void theReadingFieldsOverlappingGramsAreReplayedAsAnalysed() throws IOException {
        try (Analyzer reading = new ReadingAnalyzer(UserWords.dictionary(List.of()))) {
            List<String> analysed = tokens(reading.tokenStream("f", TEXT));
            assertTrue(analysed.stream().anyMatch(t -> t.contains("/0/")), "grams share positions: " + analysed);
            assertEquals(analysed, tokens(roundTrip(record(reading, TEXT)).replay()));
        }
    }

    private static RecordedTokens roundTrip(RecordedTokens tokens) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            tokens.writeTo(out);
        }
        return RecordedTokens.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void anAnalysisIsReadBackWholeAndACutOrForeignOneIsRefused() throws IOException {
        RecordedTokens tokens;
        try (Analyzer reading = new ReadingAnalyzer(UserWords.dictionary(List.of()))) {
            tokens = record(reading, TEXT);
        }
        PageAnalysis analysis = new PageAnalysis("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), TEXT, new int[] {0, 2},
                List.of(new PageAnalysis.Noun("情報", "ジョウホウ", 2), new PageAnalysis.Noun("ＩＣＴ", null, 1)),
                Map.of("yomi", tokens, "word", tokens, "title.yomi", tokens, "title.word", tokens));
        Map<String, byte[]> entry = analysis.toEntry();
        PageAnalysis back = PageAnalysis.fromEntry(entry).orElseThrow();
        assertEquals(TEXT, back.text());
        assertEquals(analysis.nouns(), back.nouns());
        assertEquals(List.of(0, 2), java.util.Arrays.stream(back.glossary()).boxed().toList());
        assertEquals(tokens(tokens.replay()), tokens(back.fields().get("title.word").replay()));

        byte[] whole = entry.get("analysis");
        Map<String, byte[]> cut = new java.util.LinkedHashMap<>(entry);
        cut.put("analysis", java.util.Arrays.copyOf(whole, whole.length - 3));
        assertTrue(PageAnalysis.fromEntry(cut).isEmpty(), "cut short");
        Map<String, byte[]> longer = new java.util.LinkedHashMap<>(entry);
        longer.put("analysis", java.util.Arrays.copyOf(whole, whole.length + 1));
        assertTrue(PageAnalysis.fromEntry(longer).isEmpty(), "bytes after the analysis");
        assertTrue(PageAnalysis.fromEntry(Map.of("x.furigana.html", whole)).isEmpty(), "an enrich entry's files");
    }
}
