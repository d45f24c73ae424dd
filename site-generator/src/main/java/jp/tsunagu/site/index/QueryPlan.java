package jp.tsunagu.site.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.Romaji;

/**
 * What a query looks up, worked out the same way by {@code assets/search.js}: the folded query is cut into runs;
 * a page must match every run. A run matches a page through any one of its alternatives — all of whose keys the
 * page must have — and scores the best alternative's sum of weights, plus {@value #WORD_BOOST} × the weight of
 * the run as a whole Kuromoji word.
 * <ul>
 *   <li>text: the run's character bigrams ({@code t情報}), or its one character ({@code t市});</li>
 *   <li>reading, for a kana run: its kana trigrams ({@code rじょう, rょうほ, rうほう}), or its bigram if it has two
 *       kana ({@code rまち}) — trigrams, because the bigrams of a word turn up apart in unrelated pages
 *       (けんしん's けん, んし, しん are all in 権限, 電子, 推進) — {@linkplain Fold#sound folded as they sound}
 *       ({@code あいづ} looks up {@code rあいず});</li>
 *   <li>synonyms: if the run is a word of the site's {@link Synonyms}, the text and reading alternatives of each
 *       other word of its groups ({@code スマホ} also matches through {@code tすま, tまー, …} of スマートフォン); a
 *       word of several runs ({@code Wi-Fi}) is one alternative of all its runs' text keys;</li>
 *   <li>romaji, only when the run's own alternatives find no page: the run converted by {@link Romaji}, looked
 *       up as text and reading ({@code jouhou} → じょうほう). So {@code ai} finds AI, and 愛 only if no AI;</li>
 *   <li>pieces, only when nothing above finds a page: the run cut where its script changes ({@link Fold#scripts}),
 *       every piece required, as if typed with spaces ({@code マイナンバーカード認証}).</li>
 * </ul>
 * Example: {@code QueryPlan.of("ＩＣＴ じょうほう")} has two parts, {@code ict} and {@code じょうほう}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param parts  one part per distinct run, at most {@value #MAX_RUNS}, not null, may be empty
 */
public record QueryPlan(List<Part> parts) {
    /** How much more a whole word weighs than its grams. */
    public static final int WORD_BOOST = 2;
    /** The most runs a query may have; the rest are ignored. */
    public static final int MAX_RUNS = 8;

    /**
     * Copies the parts.
     *
     * @param parts  one part per distinct run, at most {@value #MAX_RUNS}, not null, may be empty
     */
    public QueryPlan {
        parts = List.copyOf(parts);
    }

    /**
     * The alternatives of one run.
     *
     * @param run  the folded run, not null
     * @param alternatives  key lists, any one of which matches, not null
     * @param word  the whole-word key, not null
     * @param romaji  the alternatives tried when these find nothing, may be empty
     * @param pieces  the parts tried, all together, when the romaji finds nothing too, empty if the run has one script
     */
    public record Part(String run, List<List<String>> alternatives, String word, Optional<Part> romaji, List<Part> pieces) {
        /**
         * Copies the parts.
         *
         * @param run  the folded run, not null
         * @param alternatives  key lists, any one of which matches, not null
         * @param word  the whole-word key, not null
         * @param romaji  the alternatives tried when these find nothing, may be empty
         * @param pieces  the parts tried, all together, when the romaji finds nothing too, empty if the run has one script
         */
        public Part {
            alternatives = alternatives.stream().map(List::copyOf).toList();
            pieces = List.copyOf(pieces);
        }
    }

    /**
     * Plans a query.
     *
     * @param query  what the resident typed, not null
     * @return the plan, not null, without parts if the query has no letters or digits
     */
    public static QueryPlan of(String query) {
        return of(query, Synonyms.NONE);
    }

    /**
     * Plans a query with the site's synonyms: a run that is one of their words also matches through each other word
     * of its groups ({@code スマホ} through スマートフォン's keys); runs that together are one of their words of
     * several runs are one part ({@code open data}, found through オープンデータ).
     *
     * @param query  what the resident typed, not null
     * @param synonyms  the site's synonyms, not null
     * @return the plan, not null, without parts if the query has no letters or digits
     */
    public static QueryPlan of(String query, Synonyms synonyms) {
        Set<String> runs = new LinkedHashSet<>(synonyms.join(Fold.runs(Fold.fold(query))));
        List<Part> parts = new ArrayList<>();
        for (String run : runs) {
            if (parts.size() == MAX_RUNS) {
                break;
            }
            List<String> scripts = Fold.scripts(run);
            List<Part> pieces = scripts.size() < 2 || run.contains(" ") ? List.of()
                    : scripts.stream().map(piece -> part(piece, synonyms)).toList();
            Part whole = part(run, synonyms);
            parts.add(new Part(run, whole.alternatives(), whole.word(), whole.romaji(), pieces));
        }
        return new QueryPlan(parts);
    }

    private static Part part(String run, Synonyms synonyms) {
        Optional<Part> romaji = Romaji.toKana(run).map(kana -> new Part(kana, alternatives(kana, synonyms),
                word(kana), Optional.empty(), List.of()));
        return new Part(run, alternatives(run, synonyms), word(run), romaji, List.of());
    }

    /** The whole-word key: a kana word {@linkplain Fold#sound as it sounds}, as the word field holds it. */
    private static String word(String run) {
        return "w" + (Fold.isKana(run) ? Fold.sound(run) : run);
    }

    /** The run's own alternatives, then those of each other word of its synonym groups, without repeats. */
    private static List<List<String>> alternatives(String run, Synonyms synonyms) {
        Set<List<String>> alternatives = new LinkedHashSet<>(own(run));
        synonyms.others(run).forEach(other -> alternatives.addAll(own(other)));
        return List.copyOf(alternatives);
    }

    /** A word's alternatives: a run's, or for a word of several runs one alternative of all their text keys. */
    private static List<List<String>> own(String word) {
        if (!word.contains(" ")) {
            return alternatives(word);
        }
        return List.of(Stream.of(word.split(" ")).flatMap(r -> alternatives(r).get(0).stream()).distinct().toList());
    }

    /** The text keys of a run, and the reading keys of a kana run ({@linkplain Fold#sound as it sounds}). */
    private static List<List<String>> alternatives(String run) {
        int length = run.codePointCount(0, run.length());
        List<List<String>> alternatives = new ArrayList<>();
        alternatives.add(keys("t", length == 1 ? List.of(run) : Fold.ngrams(run, 2)));
        if (Fold.isKana(run) && length >= 2) {
            alternatives.add(keys("r", Fold.ngrams(Fold.sound(run), Math.min(3, length))));
        }
        return alternatives;
    }

    private static List<String> keys(String field, List<String> terms) {
        Set<String> keys = new LinkedHashSet<>();
        terms.forEach(t -> keys.add(field + t));
        return List.copyOf(keys);
    }

    /**
     * Lists every key the plan may look up, romaji and pieces included, in first-use order.
     *
     * @return the keys, not null
     */
    public List<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Part p : parts) {
            addKeys(p, keys);
        }
        return List.copyOf(keys);
    }

    /**
     * Lists the keys looked up first: each part's own alternatives and whole word. The romaji and pieces keys of a
     * part ({@link #fallbackKeys}) are needed only when these find no page, so clients fetch them only then.
     *
     * @return the keys, not null
     */
    public List<String> primaryKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Part p : parts) {
            p.alternatives().forEach(keys::addAll);
            keys.add(p.word());
        }
        return List.copyOf(keys);
    }

    /**
     * Lists the keys of a part's romaji and pieces.
     *
     * @param part  a part of this plan, not null
     * @return the keys, not null, empty if the part has neither
     */
    public static List<String> fallbackKeys(Part part) {
        Set<String> keys = new LinkedHashSet<>();
        part.romaji().ifPresent(r -> addKeys(r, keys));
        part.pieces().forEach(piece -> addKeys(piece, keys));
        return List.copyOf(keys);
    }

    private static void addKeys(Part p, Set<String> keys) {
        p.alternatives().forEach(keys::addAll);
        keys.add(p.word());
        p.romaji().ifPresent(r -> addKeys(r, keys));
        p.pieces().forEach(piece -> addKeys(piece, keys));
    }
}
