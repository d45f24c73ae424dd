package jp.tsunagu.site.ja;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Converts romaji as residents type it into an IME (Hepburn and kunrei spellings, {@code nn} and doubled
 * consonants) into hiragana, so that {@code jouhou} finds 情報 through its reading じょうほう. The table of syllables
 * is one resource, {@code romaji.txt} beside this class, which the theme also writes into {@code assets/search.js}
 * ({@link #intoScript}); the rules are repeated there, and the shared test vectors check both.
 * <p>
 * {@code Romaji.toKana("jouhou")} is {@code Optional.of("じょうほう")}; {@code Romaji.toKana("ict")} is empty,
 * because {@code c} alone is no syllable: a word that is not romaji throughout is left alone.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Romaji {
    /** The table's resource: the syllables as pairs {@code romaji かな}, several pairs a line, {@code #} comments. */
    public static final String RESOURCE = "/jp/tsunagu/site/ja/romaji.txt";
    /** Where the search client's script takes the table: {@code var TABLE = ROMAJI_TABLE;}. */
    public static final String PLACEHOLDER = "ROMAJI_TABLE";

    /** Vowels with a macron, then with a circumflex, in the order a i u e o. */
    private static final String LONG = "āīūēōâîûêô";
    private static final List<String> LINES = readTable();
    private static final Map<String, String> SYLLABLES = syllables(LINES);

    private Romaji() {
    }

    private static List<String> readTable() {
        try (InputStream in = Romaji.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("romaji table missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> syllables(List<String> lines) {
        Map<String, String> syllables = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length % 2 != 0) {
                throw new IllegalStateException(RESOURCE + ": a line of the table is not pairs of romaji and kana: " + line);
            }
            for (int i = 0; i < parts.length; i += 2) {
                syllables.put(parts[i], parts[i + 1]);
            }
        }
        return Map.copyOf(syllables);
    }

    /**
     * Puts the table into the search client's script, where it reads {@value #PLACEHOLDER}: as one JavaScript
     * string of the pairs separated by spaces, one line of the table per line of script, continued with
     * {@code +} and indented two more spaces than the placeholder's line.
     *
     * @param script  the script with the placeholder once, not null
     * @return the script with the table, not null
     * @throws IllegalArgumentException if the script has no placeholder
     */
    public static String intoScript(String script) {
        int at = script.indexOf(PLACEHOLDER);
        if (at < 0) {
            throw new IllegalArgumentException("the search script has no " + PLACEHOLDER + " for the romaji table");
        }
        int lineStart = script.lastIndexOf('\n', at) + 1;
        int spaces = 0;
        while (script.charAt(lineStart + spaces) == ' ') {
            spaces++;
        }
        String indent = " ".repeat(spaces + 2);
        StringJoiner table = new StringJoiner(" ' +\n" + indent + "'", "'", "'");
        LINES.forEach(table::add);
        return script.substring(0, at) + table + script.substring(at + PLACEHOLDER.length());
    }

    /**
     * Writes the long vowels of passports and signs as an IME takes them: a vowel with a macron or circumflex doubled
     * ({@code ō}, {@code ô} → {@code ou}, {@code ū} → {@code uu}, …), and {@code oh} before a consonant or at the end
     * as {@code ou} ({@code ohno} → {@code ouno}, {@code saitoh} → {@code saitou}).
     */
    private static String longVowels(String run) {
        StringBuilder out = new StringBuilder(run.length() + 4);
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int v = LONG.indexOf(c);
            if (v >= 0) {
                char vowel = "aiueo".charAt(v % 5);
                out.append(vowel).append(vowel == 'o' ? 'u' : vowel);
            } else {
                out.append(c);
            }
        }
        return out.toString().replaceAll("oh(?![aiueoy])", "ou");
    }

    /**
     * Converts a folded run of lower-case ASCII letters to hiragana; long vowels may be written with a macron or
     * circumflex, or {@code oh} ({@link #longVowels}).
     *
     * @param typed  a folded run, not null
     * @return the hiragana, or empty if the run is not romaji from start to end
     */
    public static Optional<String> toKana(String typed) {
        String run = longVowels(typed);
        if (run.isEmpty() || !run.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            char c = run.charAt(i);
            char next = i + 1 < run.length() ? run.charAt(i + 1) : 0;
            if (c == 'n' && next == 'n') {
                // "nn" is ん; before a vowel or y the second n starts the next syllable: konnichiha → こんにちは.
                char after = i + 2 < run.length() ? run.charAt(i + 2) : 0;
                out.append('ん');
                i += "aiueoy".indexOf(after) >= 0 && after != 0 ? 1 : 2;
                continue;
            }
            if (c == 'n' && (next == 0 || "aiueoy".indexOf(next) < 0)) {
                out.append('ん');
                i += 1;
                continue;
            }
            if (c == next && "aiueon".indexOf(c) < 0 || c == 't' && next == 'c') {
                out.append('っ');
                i += 1;
                continue;
            }
            String kana = null;
            int length = Math.min(4, run.length() - i);
            for (; length > 0; length--) {
                kana = SYLLABLES.get(run.substring(i, i + length));
                if (kana != null) {
                    break;
                }
            }
            if (kana == null) {
                return Optional.empty();
            }
            out.append(kana);
            i += length;
        }
        return Optional.of(out.toString());
    }
}
