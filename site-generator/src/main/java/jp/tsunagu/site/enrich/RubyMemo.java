package jp.tsunagu.site.enrich;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The rubies of texts already read, shared by the threads of one furigana stage. Every page repeats the same
 * navigation, headings, labels and footer: in a generated site of 1,000 plan pages, 41 % of the Japanese text is
 * in strings found on 900 pages or more, and three quarters in strings found on more than one page (counted on
 * {@code PlanCorpus}). Reading each such string once instead of once per page saves most of Kuromoji's work.
 * <p>
 * Only short texts are kept (a paragraph seldom repeats) and only up to a fixed number of entries, so memory stays
 * bounded on any site size. The rubies of a text depend on nothing but the text and the dictionary, which is the
 * same for the whole stage, so a remembered result is the result.
 */
final class RubyMemo {
    /** Texts longer than this are read every time. */
    static final int MAX_TEXT = 200;
    /** Texts remembered at most (a few MB). */
    static final int MAX_ENTRIES = 20_000;

    private final ConcurrentMap<String, List<Furigana.Ruby>> known = new ConcurrentHashMap<>();

    /**
     * Gets the rubies of a text, reading it only if it has not been read before.
     *
     * @param text  Japanese text, not null
     * @param read  reads a text, not null
     * @return the rubies, unmodifiable
     */
    List<Furigana.Ruby> rubies(String text, Function<String, List<Furigana.Ruby>> read) {
        if (text.length() > MAX_TEXT) {
            return read.apply(text);
        }
        List<Furigana.Ruby> hit = known.get(text);
        if (hit != null) {
            return hit;
        }
        List<Furigana.Ruby> rubies = List.copyOf(read.apply(text));
        if (known.size() < MAX_ENTRIES) {
            known.putIfAbsent(text, rubies);
        }
        return rubies;
    }

    /** @return how many texts are remembered */
    int size() {
        return known.size();
    }
}
