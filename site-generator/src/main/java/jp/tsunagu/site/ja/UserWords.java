package jp.tsunagu.site.ja;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The readings Kuromoji gets wrong or does not know, written by the city's editors in
 * {@code src/search/user-dictionary.txt}: one word and its reading per line, separated by spaces, {@code #}
 * starting a comment. For example {@code 健診 けんしん} (Kuromoji reads 健/ミ) or {@code 本市 ほんし}. These words
 * join the glossary terms in Kuromoji's user dictionary ({@link #dictionary}), so kana queries find them, the さくいん
 * sorts them right and the furigana read them right.
 */
public final class UserWords {
    /** Where the file is, relative to the project's source folder. */
    public static final String FILE = "search/user-dictionary.txt";

    private UserWords() {
    }

    /**
     * Reads the file of a project, if it has one.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @return the words with their readings, empty if there is no file
     * @throws IllegalArgumentException if a line is not a word and a kana reading, naming the file and line
     */
    public static List<GlossaryWord> read(Path sourceDirectory) {
        return read(sourceDirectory, FILE);
    }

    /**
     * Reads a file of the same form elsewhere in a project, such as the furigana readings.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @param name  the file, relative to the source folder, not null
     * @return the words with their readings, empty if there is no file
     * @throws IllegalArgumentException if a line is not a word and a kana reading, naming the file and line
     */
    public static List<GlossaryWord> read(Path sourceDirectory, String name) {
        return read(sourceDirectory, name, "健診 けんしん");
    }

    /**
     * Reads a file of the same form elsewhere in a project, with an example line of its own for the messages.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @param name  the file, relative to the source folder, not null
     * @param example  a well-formed line, such as {@code 健診 けんしん}, not null
     * @return the words with their readings, empty if there is no file
     * @throws IllegalArgumentException if a line is not a word and a kana reading, naming the file and line
     */
    public static List<GlossaryWord> read(Path sourceDirectory, String name, String example) {
        Path file = sourceDirectory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " を読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
        List<GlossaryWord> words = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s\u3000]+");
            if (parts.length != 2 || !Readings.isKana(parts[1]) || parts[0].contains(",") || parts[0].contains("\"")) {
                problems.add(name + ":" + (i + 1) + ": 「" + line + "」は「単語 よみ」の形で書いてください"
                        + "（よみはひらがなかカタカナ、例：" + example + "）");
                continue;
            }
            words.add(new GlossaryWord(parts[0], parts[1], List.of(), ""));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return List.copyOf(words);
    }

    /**
     * Builds Kuromoji's user dictionary: each word (and alias) of kana-free spelling, as one word with its reading.
     * Words with characters the dictionary format cannot hold (commas, quotes, spaces) are left out; of two entries
     * for one spelling the first wins.
     *
     * @param words  the words in the order they win, not null, may be empty
     * @return Kuromoji's user dictionary, null if there are no words
     * @throws IllegalArgumentException if Kuromoji rejects the dictionary
     */
    public static UserDictionary dictionary(List<GlossaryWord> words) {
        StringBuilder csv = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (GlossaryWord g : words) {
            String reading = Kana.toKatakana(g.reading().replaceAll("[・\\s\u3000]", ""));
            List<String> spellings = new ArrayList<>();
            spellings.add(g.term());
            spellings.addAll(g.aliases());
            for (String s : spellings) {
                if (!s.isBlank() && !s.matches(".*[,\"#\\s\u3000].*") && !reading.isEmpty() && seen.add(s)) {
                    csv.append(s).append(',').append(s).append(',').append(reading).append(",カスタム名詞\n");
                }
            }
        }
        if (csv.length() == 0) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(csv.toString()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("用語集と検索の辞書（src/search/user-dictionary.txt）から Kuromoji の辞書を作れませんでした。"
                    + "よみがひらがなかカタカナだけで書かれているか、1行に「単語 よみ」の2つだけがあるかを確かめてください。", e);
        }
    }
}
