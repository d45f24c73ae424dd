package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.site.files.IoMessages;
import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.GlossaryWord;

/**
 * Residents' own words for the plan's: groups of words that mean the same, so that a query for one finds pages that
 * use another ({@code スマホ} finds スマートフォン, {@code 情報通信技術} finds ICT and back).
 * <p>
 * The editors write them in {@value #FILE} under the project's source folder, one group a line, the words separated
 * by commas ({@code ,}, {@code 、} or {@code ，}) as in Solr's and Elasticsearch's synonym files, {@code #} starting a
 * comment:
 * <pre>
 * # 略語・言いかえ
 * スマホ, スマートフォン, スマートホン
 * マイナカード, マイナンバーカード
 * </pre>
 * Every word of a group stands for every other (there are no one-way {@code =>} rules). The glossary adds a group for
 * each term with its other spellings ({@code ICT, 情報通信技術}). Words are {@linkplain Fold#fold folded} and cut
 * into runs joined by one space ({@code Wi-Fi} → {@code wi fi}), the form in which the build writes the groups into
 * the search index's {@code index.json}; {@link QueryPlan} and the search client expand a query's runs with them the
 * same way ({@linkplain #join runs that make a word of several runs} count as one), so the index itself holds no
 * synonyms and grows only by the list. Expanding at query time rather than adding the other words' grams to each
 * page at index time keeps the shards and the scores as they are, needs no rebuild of the postings when the list
 * changes, and costs the client a map of the groups and a few lines.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Synonyms {
    /** Where the file is, relative to the project's source folder. */
    public static final String FILE = "search/synonyms.txt";
    /** No synonyms. */
    public static final Synonyms NONE = new Synonyms(List.of());

    private final List<List<String>> groups;
    private final Map<String, List<String>> others;
    private final int longest;

    private Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (List<String> group : this.groups) {
            for (String word : group) {
                Set<String> set = map.computeIfAbsent(word, w -> new LinkedHashSet<>());
                group.stream().filter(w -> !w.equals(word)).forEach(set::add);
            }
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((word, set) -> copy.put(word, List.copyOf(set)));
        this.others = Map.copyOf(copy);
        this.longest = copy.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
    }

    /**
     * Makes synonyms of groups of words as written or already folded: each word is folded, groups with fewer than two
     * different words are dropped.
     *
     * @param groups  the groups, not null
     * @return the synonyms, not null
     */
    public static Synonyms of(List<List<String>> groups) {
        List<List<String>> folded = new ArrayList<>();
        for (List<String> group : groups) {
            Set<String> words = new LinkedHashSet<>();
            group.stream().map(Synonyms::key).filter(k -> !k.isEmpty()).forEach(words::add);
            if (words.size() >= 2) {
                folded.add(List.copyOf(words));
            }
        }
        return folded.isEmpty() ? NONE : new Synonyms(folded);
    }

    /**
     * Reads the editors' file of a project, if it has one, and adds the glossary's groups: each term with its other
     * spellings.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @param glossary  the glossary, not null, may be empty
     * @return the synonyms, not null
     * @throws IllegalArgumentException if a line of the file is malformed, naming the file, the line and the fix
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Synonyms read(Path sourceDirectory, List<GlossaryWord> glossary) {
        Path file = sourceDirectory.resolve(FILE);
        List<List<String>> groups = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                groups.addAll(parse(FILE, Files.readAllLines(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(FILE + " を読めませんでした: " + IoMessages.of(e), e);
            }
        }
        for (GlossaryWord g : glossary) {
            List<String> group = new ArrayList<>();
            group.add(g.term());
            group.addAll(g.aliases());
            groups.add(group);
        }
        return of(groups);
    }

    /**
     * Parses the lines of a synonym file into groups of words as written.
     *
     * @param name  the file's name for messages, such as {@value #FILE}, not null
     * @param lines  its lines, not null
     * @return the groups in line order, not null
     * @throws IllegalArgumentException listing every malformed line as {@code name:line: …} with how to fix it
     */
    public static List<List<String>> parse(String name, List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = name + ":" + (i + 1) + ": ";
            if (line.contains("=>") || line.contains("＝＞")) {
                problems.add(at + "「" + line + "」の「=>」（一方向の置きかえ）には対応していません。"
                        + "同じ意味の言葉を「=>」を使わずに1行に並べてください（例：スマホ, スマートフォン）");
                continue;
            }
            List<String> words = List.of(line.split("\\s*[,、，]\\s*", -1));
            if (words.stream().anyMatch(w -> key(w).isEmpty())) {
                problems.add(at + "「" + line + "」に文字のない言葉があります。"
                        + "読点やカンマが続いていないか、行の最初や最後にないかを確かめてください（例：スマホ, スマートフォン）");
                continue;
            }
            if (words.stream().map(Synonyms::key).distinct().count() < 2) {
                problems.add(at + "「" + line + "」には言葉が1つしかありません。"
                        + "同じ意味の言葉を2つ以上、読点かカンマで区切って1行に書いてください（例：スマホ, スマートフォン）");
                continue;
            }
            groups.add(words);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return List.copyOf(groups);
    }

    /** A word as the index and the client compare it: folded, its runs joined by one space. */
    static String key(String word) {
        return String.join(" ", Fold.runs(Fold.fold(word)));
    }

    /**
     * Joins the runs of a query that together are a word of several runs, the longest first, so that the query's
     * {@code open data} is looked up as the word {@code open data}.
     *
     * @param runs  a query's folded runs, not null
     * @return the runs, those of a word of several runs joined by a space, not null
     */
    public List<String> join(List<String> runs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); ) {
            int n = 1;
            for (int k = Math.min(longest, runs.size() - i); k >= 2; k--) {
                if (others.containsKey(String.join(" ", runs.subList(i, i + k)))) {
                    n = k;
                    break;
                }
            }
            out.add(String.join(" ", runs.subList(i, i + n)));
            i += n;
        }
        return out;
    }

    /** @return the groups of folded words, in order, not null */
    public List<List<String>> groups() {
        return groups;
    }

    /**
     * Gets the other words of every group a folded run is in.
     *
     * @param run  a folded run, not null
     * @return the other words, folded, runs joined by a space, not null, empty if the run is in no group
     */
    public List<String> others(String run) {
        return others.getOrDefault(run, List.of());
    }
}
