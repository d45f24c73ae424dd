package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.Romaji;

/**
 * The shared test vectors ({@code search/vectors.json}) through the Java side: {@link Fold} (with
 * {@link Fold#sound}), the Lucene chain of {@link TextAnalyzer}, {@link Romaji} and
 * {@link QueryPlan} with and without {@link Synonyms}. {@code src/test/js/search.test.cjs} runs the same
 * file against {@code search.js} ({@link SearchScriptTests}).
 */
class SearchVectorsTests {
    private static final JsonNode VECTORS = read();

    private static JsonNode read() {
        try (InputStream in = SearchVectorsTests.class.getResourceAsStream("/search/vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("search/vectors.json is missing from the test resources", e);
        }
    }

    static Stream<Arguments> vectors(String group) {
        List<Arguments> out = new ArrayList<>();
        VECTORS.get(group).forEach(v -> out.add(Arguments.of(Named.of(v.get("in").asText(), v.get("in").asText()), v)));
        return out.stream();
    }

    static Stream<Arguments> fold() {
        return vectors("fold");
    }

    static Stream<Arguments> text() {
        return vectors("text");
    }

    static Stream<Arguments> romaji() {
        return vectors("romaji");
    }

    static Stream<Arguments> scripts() {
        return vectors("scripts");
    }

    static Stream<Arguments> plans() {
        return vectors("plans");
    }

    static Stream<Arguments> sound() {
        return vectors("sound");
    }

    static Stream<Arguments> synonymPlans() {
        return vectors("synonymPlans");
    }

    /** The vectors' groups as the index writes them and {@link SiteSearcher} reads them. */
    private static Synonyms synonyms() {
        List<List<String>> groups = new ArrayList<>();
        VECTORS.get("synonyms").forEach(g -> groups.add(strings(g)));
        return Synonyms.of(groups);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @ParameterizedTest(name = "fold 「{0}」")
    @MethodSource("fold")
    void foldsAsTheClientDoes(String in, JsonNode v) {
        assertThat(Fold.fold(in)).isEqualTo(v.get("out").asText());
    }

    @ParameterizedTest(name = "text 「{0}」")
    @MethodSource("text")
    void cutsTextIntoTheClientsGramsThroughLucene(String in, JsonNode v) throws IOException {
        String[] tokens = strings(v.get("tokens")).toArray(String[]::new);
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            BaseTokenStreamTestCase.assertTokenStreamContents(analyzer.tokenStream("text", in), tokens);
        }
        List<String> plain = Fold.runs(Fold.fold(in)).stream().flatMap(run -> Fold.grams(run, 1).stream()).toList();
        assertThat(plain).containsExactly(tokens);
    }

    @ParameterizedTest(name = "romaji 「{0}」")
    @MethodSource("romaji")
    void convertsRomajiAsTheClientDoes(String in, JsonNode v) {
        assertThat(Romaji.toKana(in).orElse(null)).isEqualTo(v.get("out").isNull() ? null : v.get("out").asText());
    }

    @ParameterizedTest(name = "scripts 「{0}」")
    @MethodSource("scripts")
    void cutsRunsWhereTheScriptChanges(String in, JsonNode v) {
        assertThat(Fold.scripts(in)).containsExactlyElementsOf(strings(v.get("out")));
    }

    @ParameterizedTest(name = "plan 「{0}」")
    @MethodSource("plans")
    void plansTheClientsKeys(String in, JsonNode v) {
        assertThat(QueryPlan.of(in).keys()).containsExactlyElementsOf(strings(v.get("keys")));
    }

    @ParameterizedTest(name = "sound 「{0}」")
    @MethodSource("sound")
    void foldsKanaThatSoundAlikeAsTheClientDoes(String in, JsonNode v) {
        assertThat(Fold.sound(in)).isEqualTo(v.get("out").asText());
    }

    @ParameterizedTest(name = "synonyms 「{0}」")
    @MethodSource("synonymPlans")
    void plansTheClientsKeysWithSynonyms(String in, JsonNode v) {
        assertThat(QueryPlan.of(in, synonyms()).keys()).containsExactlyElementsOf(strings(v.get("keys")));
    }
}
