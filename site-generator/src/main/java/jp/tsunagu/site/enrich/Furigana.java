package jp.tsunagu.site.enrich;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import jp.tsunagu.site.ja.Kana;
import jp.tsunagu.site.ja.Readings;

/**
 * Finds where a run of Japanese text needs furigana and what they say, from Kuromoji's readings: one
 * {@link Ruby} per run of kanji of a word, in hiragana, with the word's kana left outside (推進する → 推進 すいしん;
 * 取り組み → 取 と, 組 く). A word whose reading cannot be lined up with its kana gets one ruby over the whole word.
 * Kana, Latin letters, digits and URLs or e-mail addresses in the text get none.
 * <p>
 * Each instance holds one Kuromoji tokenizer: this class is not thread-safe, use one instance per thread
 * (Kuromoji's dictionaries are loaded once per JVM and shared).
 */
public final class Furigana {
    /** URLs and e-mail addresses, whose characters never get ruby. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:https?|ftp)://[^\\s<>\"、。（）「」]+|www\\.[^\\s<>\"、。（）「」]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /**
     * A 五十音 row named as the site names it (か行 in the さくいん, the glossary and their headings): 行 after a row's
     * kana and before anything but the letters of a word, which Kuromoji reads くだり or ゆき. Not 行政 (や行政), not
     * 行う (か行う).
     */
    private static final Pattern ROW_NAME = Pattern.compile("(?<=[あかさたなはまやらわ])行(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々])");
    /**
     * Kanji runs at least this long are tried for a split into the words of Kuromoji's own dictionary. A compound
     * read as one word (a glossary term or user-dictionary entry such as 活用推進基本法) would otherwise carry one
     * long ruby, and a ruby cannot break across lines: at 320 CSS px with large text its reading alone can be wider
     * than the screen (WCAG 1.4.10).
     */
    static final int SPLIT_FROM = 3;

    private final JapaneseTokenizer tokenizer;
    private final OffsetAttribute offset;
    private final ReadingAttribute readingAttribute;
    private final JapaneseTokenizer plain;
    private final OffsetAttribute plainOffset;
    private final ReadingAttribute plainReading;
    private final RubyMemo memo;

    /**
     * A ruby over part of a text.
     *
     * @param start  the first character under the ruby
     * @param end  the character after the last one under the ruby
     * @param reading  what the ruby says, in hiragana, not empty
     */
    public record Ruby(int start, int end, String reading) {
        /**
         * Checks the parts.
         *
         * @param start  the first character under the ruby
         * @param end  the character after the last one under the ruby
         * @param reading  what the ruby says, in hiragana, not empty
         */
        public Ruby {
            if (start < 0 || end <= start || reading.isEmpty()) {
                throw new IllegalArgumentException("Invalid ruby (valid: 0 <= start < end, reading not empty): "
                        + start + "-" + end + " " + reading);
            }
        }

        Ruby shift(int by) {
            return new Ruby(start + by, end + by, reading);
        }
    }

    /**
     * Creates a finder with its own tokenizer.
     *
     * @param dictionary  the readings that win over Kuromoji's, may be null
     */
    public Furigana(UserDictionary dictionary) {
        this(dictionary, null);
    }

    /**
     * Creates a finder with its own tokenizer that shares what it reads with other finders of the same stage.
     *
     * @param dictionary  the readings that win over Kuromoji's, may be null
     * @param memo  the rubies already found by finders with the same dictionary, may be null
     */
    Furigana(UserDictionary dictionary, RubyMemo memo) {
        this.memo = memo;
        this.tokenizer = new JapaneseTokenizer(dictionary, false, JapaneseTokenizer.Mode.NORMAL);
        this.offset = tokenizer.addAttribute(OffsetAttribute.class);
        this.readingAttribute = tokenizer.addAttribute(ReadingAttribute.class);
        this.plain = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.SEARCH);
        this.plainOffset = plain.addAttribute(OffsetAttribute.class);
        this.plainReading = plain.addAttribute(ReadingAttribute.class);
    }

    /**
     * Finds the rubies of a text.
     *
     * @param text  Japanese text, not null
     * @return the rubies in text order, not overlapping, may be empty
     */
    public List<Ruby> rubies(String text) {
        if (!hasKanji(text, 0, text.length())) {
            return List.of();
        }
        return memo == null ? read(text) : memo.rubies(text, this::read);
    }

    private List<Ruby> read(String text) {
        List<Ruby> out = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (hasKanji(text, start, end)) {
                    String surface = text.substring(start, end);
                    Optional<String> reading = Readings.of(surface, readingAttribute.getReading());
                    reading.ifPresent(r -> align(surface, Kana.toHiragana(r)).forEach(ruby -> split(surface, ruby)
                            .forEach(part -> out.add(part.shift(start)))));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // Closing only drops the reader.
            }
        }
        return rowNames(text, withoutAddresses(text, out));
    }

    /**
     * Splits a long ruby into one ruby per word of Kuromoji's own dictionary (search mode, which cuts compounds),
     * when those words are all kanji and their readings, put together, are the ruby's reading; otherwise keeps it.
     * 活用推進基本法 かつようすいしんきほんほう → 活用 かつよう, 推進 すいしん, 基本 きほん, 法 ほう.
     */
    private List<Ruby> split(String surface, Ruby ruby) {
        if (ruby.end() - ruby.start() < SPLIT_FROM) {
            return List.of(ruby);
        }
        String base = surface.substring(ruby.start(), ruby.end());
        List<Ruby> parts = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        try {
            plain.setReader(new StringReader(base));
            plain.reset();
            while (plain.incrementToken()) {
                int start = plainOffset.startOffset();
                int end = plainOffset.endOffset();
                String word = base.substring(start, end);
                Optional<String> reading = Readings.of(word, plainReading.getReading()).map(Kana::toHiragana);
                if (reading.isEmpty() || !word.codePoints().allMatch(Furigana::isKanji)
                        || (!parts.isEmpty() && parts.get(parts.size() - 1).end() != ruby.start() + start)) {
                    parts = null;
                    break;
                }
                parts.add(new Ruby(ruby.start() + start, ruby.start() + end, reading.get()));
                joined.append(reading.get());
            }
            plain.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                plain.close();
            } catch (IOException e) {
                // Closing only drops the reader.
            }
        }
        boolean whole = parts != null && !parts.isEmpty() && parts.get(0).start() == ruby.start()
                && parts.get(parts.size() - 1).end() == ruby.end() && joined.toString().equals(ruby.reading());
        return whole ? parts : List.of(ruby);
    }

    /** Reads 行 in a 五十音 row's name ({@link #ROW_NAME}) ぎょう, over whatever Kuromoji made of it. */
    private static List<Ruby> rowNames(String text, List<Ruby> rubies) {
        Matcher m = ROW_NAME.matcher(text);
        if (!m.find()) {
            return rubies;
        }
        List<Ruby> out = new ArrayList<>(rubies);
        do {
            int at = m.start();
            out.removeIf(r -> r.start() <= at && at < r.end());
            out.add(new Ruby(at, at + 1, "ぎょう"));
        } while (m.find());
        out.sort(java.util.Comparator.comparingInt(Ruby::start));
        return out;
    }

    private static List<Ruby> withoutAddresses(String text, List<Ruby> rubies) {
        Matcher m = ADDRESS.matcher(text);
        if (rubies.isEmpty() || !m.find()) {
            return rubies;
        }
        List<int[]> spans = new ArrayList<>();
        do {
            spans.add(new int[] {m.start(), m.end()});
        } while (m.find());
        return rubies.stream().filter(r -> spans.stream().noneMatch(s -> r.start() < s[1] && s[0] < r.end())).toList();
    }

    /**
     * Lines a word's reading up with its kana: each run of kanji gets the part of the reading between the kana
     * around it. 取り組み + とりくみ → 取 と, 組 く.
     *
     * @param surface  the word as written, not null
     * @param reading  its reading in hiragana, not null
     * @return the rubies relative to the word; one over the whole word if the kana do not line up; none if the
     *         word has characters other than kanji and kana
     */
    static List<Ruby> align(String surface, String reading) {
        List<int[]> runs = new ArrayList<>(); // {start, end, kanji ? 1 : 0}
        for (int i = 0; i < surface.length(); ) {
            int cp = surface.codePointAt(i);
            int kind = isKanji(cp) ? 1 : isKana(cp) ? 0 : -1;
            if (kind < 0 || reading.isEmpty()) {
                return List.of();
            }
            int n = Character.charCount(cp);
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[2] == kind) {
                runs.get(runs.size() - 1)[1] = i + n;
            } else {
                runs.add(new int[] {i, i + n, kind});
            }
            i += n;
        }
        int[][] spans = new int[runs.size()][];
        if (!match(surface, reading, runs, 0, 0, spans)) {
            return List.of(new Ruby(0, surface.length(), reading));
        }
        List<Ruby> out = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            if (runs.get(k)[2] == 1) {
                out.add(new Ruby(runs.get(k)[0], runs.get(k)[1], reading.substring(spans[k][0], spans[k][1])));
            }
        }
        return out;
    }

    /**
     * Tells whether a word can take the given reading as furigana: it has kanji, is written in kanji and kana only,
     * and its kana line up with the reading.
     *
     * @param surface  the word as written, not null
     * @param reading  its reading in hiragana, not null
     * @return true if {@link #align} places the reading over the kanji alone
     */
    static boolean linesUp(String surface, String reading) {
        List<Ruby> rubies = align(surface, reading);
        boolean kanjiOnly = surface.codePoints().allMatch(Furigana::isKanji);
        boolean whole = rubies.size() == 1 && rubies.get(0).end() - rubies.get(0).start() == surface.length();
        return hasKanji(surface, 0, surface.length()) && !rubies.isEmpty() && (kanjiOnly || !whole);
    }

    /** Matches run k onward against the reading from pos; kanji runs take the shortest reading that works. */
    private static boolean match(String surface, String reading, List<int[]> runs, int k, int pos, int[][] spans) {
        if (k == runs.size()) {
            return pos == reading.length();
        }
        int[] run = runs.get(k);
        if (run[2] == 0) {
            String kana = Kana.toHiragana(surface.substring(run[0], run[1]));
            return reading.startsWith(kana, pos) && match(surface, reading, runs, k + 1, pos + kana.length(), spans);
        }
        for (int end = pos + 1; end <= reading.length(); end++) {
            spans[k] = new int[] {pos, end};
            if (match(surface, reading, runs, k + 1, end, spans)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a character is written with kanji for ruby's sake: CJK ideographs, 々 〆 〇, and the small ヶ ヵ
     * of place names (霞ヶ関), which are read like kanji.
     *
     * @param cp  a code point
     * @return true for a kanji
     */
    public static boolean isKanji(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && cp != '〻' || cp == 'ヶ' || cp == 'ヵ'
                || cp == '々' || cp == '〆' || cp == '〇';
    }

    static boolean hasKanji(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isKanji(s.charAt(i)) || Character.isHighSurrogate(s.charAt(i)) && i + 1 < end
                    && isKanji(Character.toCodePoint(s.charAt(i), s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKana(int cp) {
        return cp >= 'ぁ' && cp <= 'ゖ' || cp >= 'ァ' && cp <= 'ヺ' && cp != 'ヶ' && cp != 'ヵ' || cp == 'ー' || cp == 'ゝ'
                || cp == 'ゞ' || cp == 'ヽ' || cp == 'ヾ';
    }
}
