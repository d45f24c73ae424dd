package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.site.ja.Fold;

/** The query set of {@code search/queries.json}: what residents type, and what they must find. */
final class SearchQuerySet {
    private SearchQuerySet() {
    }

    /**
     * One query.
     *
     * @param site  {@code city} or {@code sample}
     * @param kind  kanji, kana, romaji, …
     * @param q  the query
     * @param expect  pages that must be found
     * @param related  spellings a page ranked above an expected page must contain
     * @param noHit  whether nothing may be found
     */
    record Query(String site, String kind, String q, List<String> expect, List<String> related, boolean noHit) {
        @Override
        public String toString() {
            return site + " " + kind + " 「" + q + "」";
        }
    }

    static List<Query> all() {
        try (InputStream in = SearchQuerySet.class.getResourceAsStream("/search/queries.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Query> out = new ArrayList<>();
            for (JsonNode q : root.get("queries")) {
                out.add(new Query(q.get("site").asText(), q.get("kind").asText(), q.get("q").asText(), strings(q.get("expect")),
                        strings(q.get("related")), q.path("noHit").asBoolean(false)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    /** @return whether the page's main text contains one of the spellings, folded */
    static boolean isRelated(Path site, String page, List<String> spellings) {
        try {
            String text = Fold.fold(MainText.of(Files.readString(site.resolve(page), StandardCharsets.UTF_8)));
            return spellings.stream().map(Fold::fold).anyMatch(text::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
