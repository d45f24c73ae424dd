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
        noun(page, word, reading, 1);
    }

    /**
     * Counts a noun of a page several times, as often as the page has it with that reading.
     *
     * @param page  the page number
     * @param word  the noun as written, not null
     * @param reading  its reading from Kuromoji, not null
     * @param times  how often, positive
     */
    void noun(int page, String word, String reading, int times) {
        String r = Fold.fold(Readings.of(word, reading).orElseThrow());
        Noun n = found.computeIfAbsent(word, w -> new Noun());
        n.readings.merge(r, times, Integer::sum);
        n.pages.add(page, times);
    }

    /**
     * Finds the glossary's terms and aliases in a page's text.
     *
     * @param text  the page's text, not null
     * @return pairs of a term's place in the glossary and its count on the page, for {@link #addGlossaryTerms}
     */
    int[] glossaryTerms(String text) {
        String folded = Fold.fold(text);
        int[] pairs = new int[2 * glossary.size()];
        int size = 0;
        for (int i = 0; i < glossary.size(); i++) {
            int count = 0;
            for (String spelling : spellings(glossary.get(i))) {
                count += occurrences(folded, Fold.fold(spelling));
            }
            if (count > 0) {
                pairs[size++] = i;
                pairs[size++] = count;
            }
        }
        return java.util.Arrays.copyOf(pairs, size);
    }

    /**
     * Counts the glossary terms {@link #glossaryTerms(String)} found in a page's text.
     *
     * @param page  the page number
     * @param pairs  a term's place in the glossary and its count, for each term found, not null
     * @throws IllegalArgumentException if a place is not in the glossary
     */
    void addGlossaryTerms(int page, int[] pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] < 0 || pairs[i] >= glossary.size()) {
                throw new IllegalArgumentException("No glossary term " + pairs[i]);
            }
            glossaryPages.get(glossary.get(pairs[i])).add(page, pairs[i + 1]);
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
