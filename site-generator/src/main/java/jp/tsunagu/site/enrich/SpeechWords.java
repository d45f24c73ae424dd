package jp.tsunagu.site.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;

/**
 * The words read aloud otherwise than the furigana say, or that have no furigana: the editors' speech dictionary
 * {@code src/speech/speech-dictionary.txt} ({@code 美波町 ミナミチョー}: written ミナミチョウ, spoken ミナミチョー),
 * then the glossary's terms written without kanji and not in kana alone ({@code ICT アイシーティー},
 * {@code OODAループ ウーダループ}), which have no ruby. The
 * file has the form of the search words ({@link UserWords}: {@code 表記 よみ}, {@code #} comments); the 表記 may be
 * any text without spaces, the よみ is kana ({@code ー} for a long vowel). The first entry of a spelling wins.
 * <pre>{@code
 * SpeechWords words = SpeechWords.read(Path.of("src"), glossary);
 * words.at("美波町役場", 0)   // Optional[美波町 ミナミチョー]
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class SpeechWords {
    /** Where the speech dictionary is, relative to the project's source folder. */
    public static final String FILE = "speech/speech-dictionary.txt";
    /** No words: the furigana's readings alone. */
    public static final SpeechWords NONE = new SpeechWords(List.of());

    private final Map<String, String> readings;
    /** The spellings by their first character, longest first, so most places of a text are passed over at once. */
    private final Map<Character, List<String>> byFirst;

    private SpeechWords(List<GlossaryWord> words) {
        Map<String, String> map = new LinkedHashMap<>();
        words.stream().filter(w -> !w.term().isEmpty()).forEach(w -> map.putIfAbsent(w.term(), w.reading()));
        this.readings = Map.copyOf(map);
        Map<Character, List<String>> first = new HashMap<>();
        map.keySet().forEach(t -> first.computeIfAbsent(t.charAt(0), c -> new ArrayList<>()).add(t));
        first.replaceAll((c, list) -> list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        this.byFirst = Map.copyOf(first);
    }

    /**
     * Obtains the words of a list, the first of a spelling winning.
     *
     * @param words  the words with their spoken readings in kana, not null, may be empty
     * @return the words, not null
     */
    public static SpeechWords of(List<GlossaryWord> words) {
        return new SpeechWords(words);
    }

    /**
     * Reads the words of a project: its speech dictionary, then the glossary's terms written without kanji and not
     * in kana alone.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @param glossary  the glossary's terms and readings, not null, may be empty
     * @return the words, not null
     * @throws IllegalArgumentException if lines of the speech dictionary are malformed, naming file, line and fix
     *         of each
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static SpeechWords read(Path sourceDirectory, List<GlossaryWord> glossary) {
        List<GlossaryWord> all = new ArrayList<>(UserWords.read(sourceDirectory, FILE, "美波町 ミナミチョー"));
        glossary.stream().filter(SpeechWords::withoutRuby).forEach(all::add);
        return new SpeechWords(all);
    }

    /**
     * Finds the longest word that starts at a place of a text. A word that begins or ends with a Latin letter or
     * digit is found only where the text has none beside it ({@code AI} is not found in {@code EMAIL}).
     *
     * @param text  the text, not null
     * @param at  where the word would start
     * @return the word as written and its reading as the editors wrote it, empty if none starts there
     */
    public Optional<Map.Entry<String, String>> at(String text, int at) {
        for (String word : byFirst.getOrDefault(text.charAt(at), List.of())) {
            if (text.startsWith(word, at) && bounded(text, at, at + word.length())) {
                return Optional.of(Map.entry(word, readings.get(word)));
            }
        }
        return Optional.empty();
    }

    /** @return true if there are no words */
    public boolean isEmpty() {
        return readings.isEmpty();
    }

    /**
     * Tells whether a glossary term is read by its reading alone: it has no kanji, whose readings the furigana give
     * (a term such as 情報格差（デジタルデバイド） is read by its parts, as its reading may leave some out), and is not
     * kana only, which is read as written.
     */
    private static boolean withoutRuby(GlossaryWord g) {
        String t = g.term();
        return !t.isBlank() && !Furigana.hasKanji(t, 0, t.length()) && !t.matches("[\\u3041-\\u30ff]+")
                && !t.matches(".*[\\s\u3000].*");
    }

    private static boolean bounded(String text, int start, int end) {
        return !(latin(text, start) && start > 0 && latin(text, start - 1))
                && !(latin(text, end - 1) && end < text.length() && latin(text, end));
    }

    private static boolean latin(String text, int i) {
        char c = text.charAt(i);
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
