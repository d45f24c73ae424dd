package jp.tsunagu.plan.load;

import java.util.Collection;
import java.util.Optional;

/** Finds the nearest known word to a misspelt one (Levenshtein distance), for "did you mean" hints. */
final class Nearest {
    private Nearest() {
    }

    static Optional<String> to(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, word.length() / 2);
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    static String hint(String word, Collection<String> known) {
        return to(word, known).map(n -> "「" + n + "」の書き間違いではありませんか。").orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
