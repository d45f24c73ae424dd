package jp.tsunagu.site.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link PageKeywords} as the index stage's cache entries hold them: read back as written, and an entry cut short,
 * longer, of another stage or of the earlier layout (text and recorded tokens) is refused.
 */
class PageKeywordsTests {
    private static final PageKeywords KEYWORDS = new PageKeywords("{\"u\":\"a.html\",\"x\":\"情報化\"}".getBytes(UTF_8),
            new int[] {0, 2, 300, 1},
            List.of(new PageKeywords.Noun("情報", "ジョウホウ", 2), new PageKeywords.Noun("ＩＣＴ", null, 1),
                    new PageKeywords.Noun("会津若松", "アイヅワカマツ", 200)));

    @Test
    void keywordsAreReadBackAsWritten() {
        PageKeywords back = PageKeywords.fromEntry(KEYWORDS.toEntry()).orElseThrow();
        assertArrayEquals(KEYWORDS.doc(), back.doc());
        assertArrayEquals(KEYWORDS.glossary(), back.glossary());
        assertEquals(KEYWORDS.nouns(), back.nouns());
        PageKeywords none = PageKeywords.fromEntry(new PageKeywords(new byte[0], new int[0], List.of()).toEntry())
                .orElseThrow();
        assertEquals(0, none.glossary().length);
        assertTrue(none.nouns().isEmpty());
    }

    @Test
    void anEntryCutShortLongerForeignOrOfTheEarlierLayoutIsRefused() {
        Map<String, byte[]> entry = KEYWORDS.toEntry();
        byte[] whole = entry.get(PageKeywords.FORMAT);
        for (int cut = 0; cut < whole.length; cut++) {
            Map<String, byte[]> shorter = new LinkedHashMap<>(entry);
            shorter.put(PageKeywords.FORMAT, Arrays.copyOf(whole, cut));
            assertTrue(PageKeywords.fromEntry(shorter).isEmpty(), "cut to " + cut + " bytes");
        }
        Map<String, byte[]> longer = new LinkedHashMap<>(entry);
        longer.put(PageKeywords.FORMAT, Arrays.copyOf(whole, whole.length + 1));
        assertTrue(PageKeywords.fromEntry(longer).isEmpty(), "bytes after the keywords");
        Map<String, byte[]> huge = new LinkedHashMap<>(entry);
        huge.put(PageKeywords.FORMAT, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F});
        assertTrue(PageKeywords.fromEntry(huge).isEmpty(), "a count larger than the bytes left");
        assertTrue(PageKeywords.fromEntry(Map.of("x.furigana.html", whole)).isEmpty(), "an enrich entry's files");
        Map<String, byte[]> earlier = new LinkedHashMap<>();
        earlier.put("doc", KEYWORDS.doc());
        earlier.put("analysis", whole);
        assertTrue(PageKeywords.fromEntry(earlier).isEmpty(), "the earlier layout, with text and tokens");
    }
}
