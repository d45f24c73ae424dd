package jp.tsunagu.site.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.Kana;
import jp.tsunagu.site.ja.UserWords;

/**
 * The readings of the furigana: Kuromoji's, corrected by the editors' words. Three lists feed Kuromoji's user
 * dictionary, the first spelling winning: {@code src/furigana/readings.txt} (furigana only, may give a word with
 * its context, such as {@code 市民の方 しみんのかた}), {@code src/search/user-dictionary.txt} (search and furigana)
 * and the glossary's terms with their readings.
 * <p>
 * The furigana file has the form of the search file ({@link UserWords}: {@code 表記 よみ}, {@code #} comments); in
 * addition, the kana written in the 表記 must appear in the よみ, so the ruby can be placed over the kanji only.
 */
public final class FuriganaWords {
    /** Where the furigana readings are, relative to the project's source folder. */
    public static final String FILE = "furigana/readings.txt";

    private FuriganaWords() {
    }

    /**
     * Reads the words of a project: its furigana readings first, then its search words, then the glossary.
     *
     * @param sourceDirectory  the project's source folder, not null
     * @param glossary  the glossary's terms and readings, not null, may be empty
     * @return the words, in the order they win, not null
     * @throws IllegalArgumentException if a line of the furigana file is malformed, naming file, line and fix
     */
    public static List<GlossaryWord> read(Path sourceDirectory, List<GlossaryWord> glossary) {
        List<GlossaryWord> own = UserWords.read(sourceDirectory, FILE);
        checkAligned(sourceDirectory.resolve(FILE), own);
        List<GlossaryWord> all = new ArrayList<>(own);
        Stream.concat(searchWords(sourceDirectory).stream(), glossary.stream()).filter(FuriganaWords::fits)
                .map(w -> new GlossaryWord(w.term(), w.reading(), List.of(), w.href())).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * Tells whether a search word or glossary term can give furigana: written in kanji and kana only, its kana
     * lining up with its reading. Aliases are left out: they share the term's reading (人工知能 is an alias of AI).
     */
    private static boolean fits(GlossaryWord w) {
        return Furigana.linesUp(w.term(), Kana.toHiragana(w.reading()));
    }

    /** The search words; a malformed search file is left to the index stage, whose file it is, to report. */
    private static List<GlossaryWord> searchWords(Path sourceDirectory) {
        try {
            return UserWords.read(sourceDirectory);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * Builds Kuromoji's user dictionary of the words.
     *
     * @param words  the words in the order they win, not null
     * @return the dictionary, null if there are no words
     */
    public static UserDictionary dictionary(List<GlossaryWord> words) {
        return UserWords.dictionary(words);
    }

    private static void checkAligned(Path file, List<GlossaryWord> words) {
        if (words.isEmpty()) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " を読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
        List<String> problems = new ArrayList<>();
        for (GlossaryWord w : words) {
            boolean hasKanji = Furigana.hasKanji(w.term(), 0, w.term().length());
            if (!hasKanji) {
                problems.add(FILE + ":" + line(lines, w.term()) + ": 「" + w.term() + "」には漢字がないので、ふりがなは付きません。"
                        + "この行を消してください");
            } else if (!Furigana.linesUp(w.term(), Kana.toHiragana(w.reading()))) {
                problems.add(FILE + ":" + line(lines, w.term()) + ": よみ「" + w.reading() + "」が表記「" + w.term()
                        + "」のかなと合いません。表記のひらがな・カタカナをよみにもそのまま書いてください"
                        + "（例：取り組み とりくみ）。表記に使えるのは漢字とかなだけです");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** The first line that starts with the word, for the message. */
    private static int line(List<String> lines, String term) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(term)) {
                return i + 1;
            }
        }
        return 1;
    }
}
