package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Searches a published site's static index ({@link SearchFormat}) from Java, ranking exactly as the JavaScript
 * client does: same {@link QueryPlan}, same whole-number weights, ties broken by page order. For tests, and for
 * Java programs that embed the site (a city portal's own search box). Example:
 * <pre>{@code
 * SiteSearcher searcher = SiteSearcher.open(Path.of("content/target/site"));
 * searcher.search("じょうほう").forEach(hit -> System.out.println(hit.url() + " " + hit.title()));
 * }</pre>
 * Shards are read when a query first needs them and kept.
 * <p>
 * This class is thread-safe.
 */
public final class SiteSearcher {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteFiles files;
    private final List<String> firstKeys;
    private final int[] weights;
    private final List<String[]> pages;
    private final Synonyms synonyms;
    private final Map<Integer, Map<String, SearchFormat.Postings>> shards = new HashMap<>();

    /** Reads the files of a site by their path relative to the site root, such as {@code search/index.json}. */
    @FunctionalInterface
    public interface SiteFiles {
        /**
         * Reads a file.
         *
         * @param path  the path from the site root, not null
         * @return the bytes, not null
         * @throws IOException if the file cannot be read
         */
        byte[] read(String path) throws IOException;
    }

    /**
     * One page found.
     *
     * @param page  the page number
     * @param url  the page's path from the site root, not null
     * @param title  the page's title, not null
     * @param score  the sum of its weights
     */
    public record Hit(int page, String url, String title, int score) {
    }

    private SiteSearcher(SiteFiles files) throws IOException {
        this.files = files;
        JsonNode index = JSON.readTree(files.read(SearchFormat.INDEX));
        if (index.path("format").asInt() != SearchFormat.FORMAT) {
            throw new IllegalArgumentException("Unknown search index format (valid values: " + SearchFormat.FORMAT + "): "
                    + index.path("format"));
        }
        List<String> keys = new ArrayList<>();
        index.path("shards").forEach(k -> keys.add(k.asText()));
        this.firstKeys = List.copyOf(keys);
        JsonNode table = index.path("weights");
        this.weights = new int[table.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = table.get(i).asInt();
        }
        if (weights.length != SearchFormat.WEIGHT_CLASSES) {
            throw new IllegalArgumentException("Invalid search index: " + weights.length + " weights (valid: "
                    + SearchFormat.WEIGHT_CLASSES + ")");
        }
        List<List<String>> groups = new ArrayList<>();
        index.path(SearchFormat.SYNONYMS).forEach(g -> {
            List<String> words = new ArrayList<>();
            g.forEach(w -> words.add(w.asText()));
            groups.add(words);
        });
        this.synonyms = Synonyms.of(groups);
        List<String[]> list = new ArrayList<>();
        JSON.readTree(files.read(SearchFormat.PAGES)).forEach(p -> list.add(new String[] {p.get(0).asText(), p.get(1).asText()}));
        this.pages = List.copyOf(list);
    }

    /**
     * Opens the index of a published site folder.
     *
     * @param site  the site root, holding {@code search/index.json}, not null
     * @return the searcher, not null
     * @throws UncheckedIOException if the index cannot be read
     */
    public static SiteSearcher open(Path site) {
        return of(path -> Files.readAllBytes(site.resolve(path)));
    }

    /**
     * Opens an index read through a function, for instance over HTTP or counting bytes.
     *
     * @param files  reads a file by its path from the site root, not null
     * @return the searcher, not null
     * @throws UncheckedIOException if the index cannot be read
     */
    public static SiteSearcher of(SiteFiles files) {
        try {
            return new SiteSearcher(Objects.requireNonNull(files, "files"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** @return the number of pages in the index */
    public int pageCount() {
        return pages.size();
    }

    /**
     * Finds the pages that match a query, best first.
     *
     * @param query  what a resident typed, not null
     * @return the hits, best first, not null, empty if none
     */
    public List<Hit> search(String query) {
        QueryPlan plan = QueryPlan.of(query, synonyms);
        if (plan.parts().isEmpty()) {
            return List.of();
        }
        Map<String, SearchFormat.Postings> postings = postingsFor(plan);
        Map<Integer, Integer> total = all(plan.parts(), postings);
        return total.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(Map.Entry::getKey))
                .map(e -> new Hit(e.getKey(), pages.get(e.getKey())[0], pages.get(e.getKey())[1], e.getValue()))
                .toList();
    }

    /**
     * Loads the postings a plan needs, as the JavaScript client fetches them: the primary keys first, then the
     * romaji and pieces keys of the parts those leave without a page.
     */
    private Map<String, SearchFormat.Postings> postingsFor(QueryPlan plan) {
        Map<String, SearchFormat.Postings> postings = new HashMap<>(load(plan.primaryKeys()));
        List<String> more = new ArrayList<>();
        for (QueryPlan.Part part : plan.parts()) {
            if (match(part, postings).isEmpty()) {
                more.addAll(QueryPlan.fallbackKeys(part));
            }
        }
        if (!more.isEmpty()) {
            postings.putAll(load(more));
        }
        return postings;
    }

    /** Pages matching every part, with the sum of their scores. */
    private static Map<Integer, Integer> all(List<QueryPlan.Part> parts, Map<String, SearchFormat.Postings> postings) {
        Map<Integer, Integer> total = null;
        for (QueryPlan.Part part : parts) {
            Map<Integer, Integer> scores = matchPart(part, postings);
            if (total == null) {
                total = scores;
            } else {
                Map<Integer, Integer> both = new HashMap<>();
                for (Map.Entry<Integer, Integer> e : total.entrySet()) {
                    Integer s = scores.get(e.getKey());
                    if (s != null) {
                        both.put(e.getKey(), e.getValue() + s);
                    }
                }
                total = both;
            }
        }
        return total == null ? Map.of() : total;
    }

    /** A part's pages: its alternatives, else its romaji, else all its pieces. */
    private static Map<Integer, Integer> matchPart(QueryPlan.Part part, Map<String, SearchFormat.Postings> postings) {
        Map<Integer, Integer> scores = match(part, postings);
        if (scores.isEmpty() && part.romaji().isPresent()) {
            scores = matchPart(part.romaji().get(), postings);
        }
        if (scores.isEmpty() && !part.pieces().isEmpty()) {
            scores = all(part.pieces(), postings);
        }
        return scores;
    }

    private static Map<Integer, Integer> match(QueryPlan.Part part, Map<String, SearchFormat.Postings> postings) {
        Map<Integer, Integer> best = new LinkedHashMap<>();
        for (List<String> alternative : part.alternatives()) {
            List<SearchFormat.Postings> lists = alternative.stream().map(postings::get).toList();
            if (lists.contains(null)) {
                continue;
            }
            SearchFormat.Postings shortest = lists.stream().min(Comparator.comparingInt(p -> p.pages().length)).orElseThrow();
            for (int page : shortest.pages()) {
                int sum = 0;
                boolean all = true;
                for (SearchFormat.Postings list : lists) {
                    int i = Arrays.binarySearch(list.pages(), page);
                    if (i < 0) {
                        all = false;
                        break;
                    }
                    sum += list.weights()[i];
                }
                if (all) {
                    best.merge(page, sum, Math::max);
                }
            }
        }
        SearchFormat.Postings word = postings.get(part.word());
        if (word != null) {
            for (int i = 0; i < word.pages().length; i++) {
                Integer s = best.get(word.pages()[i]);
                if (s != null) {
                    best.put(word.pages()[i], s + QueryPlan.WORD_BOOST * word.weights()[i]);
                }
            }
        }
        return best;
    }

    /**
     * Gets the spellings a kana or romaji query stands for, as whole words in the index: じょうほう → [情報].
     *
     * @param query  the query, not null
     * @return the folded spellings, not null, may be empty
     */
    public List<String> spellings(String query) {
        QueryPlan plan = QueryPlan.of(query, synonyms);
        Map<String, SearchFormat.Postings> postings = postingsFor(plan);
        TreeSet<String> out = new TreeSet<>();
        for (QueryPlan.Part p : plan.parts()) {
            SearchFormat.Postings w = postings.get(p.word());
            if (w != null) {
                out.addAll(w.spellings());
            }
        }
        return List.copyOf(out);
    }

    private synchronized Map<String, SearchFormat.Postings> load(List<String> keys) {
        Map<String, SearchFormat.Postings> found = new HashMap<>();
        for (String key : keys) {
            int shard = shardOf(key);
            if (shard < 0) {
                continue;
            }
            Map<String, SearchFormat.Postings> entries = shards.computeIfAbsent(shard, this::readShard);
            SearchFormat.Postings p = entries.get(key);
            if (p != null) {
                found.put(key, p);
            }
        }
        return found;
    }

    /** @return the shard whose first key is the greatest not after the key, or -1 */
    private int shardOf(String key) {
        int low = 0;
        int high = firstKeys.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (SearchFormat.compareKeys(firstKeys.get(mid), key) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    private Map<String, SearchFormat.Postings> readShard(int shard) {
        try {
            return SearchFormat.readShard(files.read(SearchFormat.shard(shard)), weights);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search shard " + shard + ": " + e.getMessage(), e);
        }
    }
}
