package jp.tsunagu.site.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.Readings;


/**
 * Gathers the keywords of the さくいん page by page: the nouns of {@link NounAnalyzer} and the glossary terms.
 * It keeps counts per word and page, never the text.
 * <p>
 * A noun is listed if it appears on at least {@value #MIN_PAGES} pages (any page, on a site of fewer than ten)
 * and on no more than half of them (words on every page guide no one); the {@value #MAX_KEYWORDS} most widespread
 * are kept. Glossary terms are always listed.
 */
final class KeywordCollector {
    static final int MIN_PAGES = 2;
    static final int MAX_KEYWORDS = 300;

    private final List<GlossaryWord> glossary;
    private final Map<String, Noun> found = new HashMap<>();
    private final Map<GlossaryWord, PageCounts> glossaryPages = new LinkedHashMap<>();

    private static final class Noun {
        final Map<String, Integer> readings = new HashMap<>();
        final PageCounts pages = new PageCounts();
    }

    KeywordCollector(List<GlossaryWord> glossary) {
        this.glossary = List.copyOf(glossary);
        glossary.forEach(g -> glossaryPages.put(g, new PageCounts()));
    }

    /**
     * Counts a noun of a page ({@link NounAnalyzer}'s words, as {@link ReadingPass} reports them).
     *
     * @param page  the page number
     * @param word  the noun as written, not null
     * @param reading  its reading from Kuromoji, not null
     */
    void noun(int page, String word, String reading) {
        String r = Fold.fold(Readings.of(word, reading).orElseThrow());
        Noun n = found.computeIfAbsent(word, w -> new Noun());
        n.readings.merge(r, 1, Integer::sum);
        n.pages.add(page, 1);
    }

    /**
     * Counts the glossary's terms and aliases in a page's text.
     *
     * @param page  the page number
     * @param text  the page's text, not null
     */
    void glossaryTerms(int page, String text) {
        String folded = Fold.fold(text);
        for (GlossaryWord g : glossary) {
            int count = 0;
            for (String spelling : spellings(g)) {
                count += occurrences(folded, Fold.fold(spelling));
            }
            if (count > 0) {
                glossaryPages.get(g).add(page, count);
            }
        }
    }

    /** Adds the counts of another collector (of other pages of the same site, same glossary). */
    void addAll(KeywordCollector other) {
        other.found.forEach((word, counts) -> {
            Noun n = found.computeIfAbsent(word, w -> new Noun());
            counts.readings.forEach((r, c) -> n.readings.merge(r, c, Integer::sum));
            n.pages.addAll(counts.pages);
        });
        other.glossaryPages.forEach((g, pages) -> glossaryPages.get(g).addAll(pages));
    }

    private static List<String> spellings(GlossaryWord g) {
        List<String> s = new ArrayList<>();
        s.add(g.term());
        s.addAll(g.aliases());
        return s;
    }

    private static int occurrences(String text, String word) {
        if (word.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    List<Keyword> keywords(int pageCount) {
        Map<String, Keyword> out = new LinkedHashMap<>();
        glossaryPages.forEach((g, pages) -> out.put(g.term(), new Keyword(g.term(), Fold.fold(g.reading()).replaceAll("[・\\s]", ""),
                pages.ranked(), g.href())));
        int min = pageCount < 10 ? 1 : MIN_PAGES;
        int max = Math.max(3, pageCount / 2);
        found.entrySet().stream()
                .filter(e -> !out.containsKey(e.getKey()))
                .filter(e -> e.getValue().pages.pageCount() >= min && e.getValue().pages.pageCount() <= max)
                .sorted(Comparator.<Map.Entry<String, Noun>>comparingInt(e -> -e.getValue().pages.pageCount())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_KEYWORDS)
                .forEach(e -> out.put(e.getKey(), new Keyword(e.getKey(), commonest(e.getValue().readings),
                        e.getValue().pages.ranked(), "")));
        return List.copyOf(out.values());
    }

    private static String commonest(Map<String, Integer> readings) {
        return readings.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
    }
}
