package jp.tsunagu.site.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 *       (けんしん's けん, んし, しん are all in 権限, 電子, 推進);</li>
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
        Set<String> runs = new LinkedHashSet<>(Fold.runs(Fold.fold(query)));
        List<Part> parts = new ArrayList<>();
        for (String run : runs) {
            if (parts.size() == MAX_RUNS) {
                break;
            }
            List<String> scripts = Fold.scripts(run);
            List<Part> pieces = scripts.size() < 2 ? List.of() : scripts.stream().map(QueryPlan::part).toList();
            Part whole = part(run);
            parts.add(new Part(run, whole.alternatives(), whole.word(), whole.romaji(), pieces));
        }
        return new QueryPlan(parts);
    }

    private static Part part(String run) {
        Optional<Part> romaji = Romaji.toKana(run).map(kana -> new Part(kana, alternatives(kana), "w" + kana,
                Optional.empty(), List.of()));
        return new Part(run, alternatives(run), "w" + run, romaji, List.of());
    }

    private static List<List<String>> alternatives(String run) {
        int length = run.codePointCount(0, run.length());
        List<List<String>> alternatives = new ArrayList<>();
        alternatives.add(keys("t", length == 1 ? List.of(run) : Fold.ngrams(run, 2)));
        if (Fold.isKana(run) && length >= 2) {
            alternatives.add(keys("r", Fold.ngrams(run, Math.min(3, length))));
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
