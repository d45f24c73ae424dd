package jp.tsunagu.site.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
/**
 * The speech text of a page's sentences, for read-aloud ({@code assets/reading.js}): what the browser's speech
 * engine is given instead of the visible sentence, with the readings of the furigana where the sentence has kanji
 * (会津若松市の市場 → あいづわかまつしのしじょう) and the {@link SpeechWords} over them (美波町 → ミナミチョー,
 * ICT → アイシーティー).
 * <p>
 * It reads the page's furigana variant, made by {@link FuriganaPage}: each {@code <ruby>} gives its base and its
 * {@code <rt>}, so the speech has the very readings of the furigana (hand-written ruby included), and the page is not
 * read by Kuromoji a second time. Sentences are cut as the script cuts them: the text of {@code main} block by block
 * (without {@code rt}, {@code rp}, hidden and decorative parts), then at 。！？!? and a full stop before a space, with
 * the closing marks after them. Each sentence is keyed by {@link #key} of its visible text; only sentences in
 * Japanese whose speech differs from their text are listed, so a page without kanji needs no file.
 * <p>
 * This class is immutable and thread-safe.
 */
final class SpeechPage {
    private static final Set<String> BLOCKS = Set.of("p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "th",
            "td", "caption", "figcaption", "blockquote", "pre", "summary", "div", "section", "article", "main");
    private static final Set<String> SKIPPED = Set.of("rt", "rp", "script", "style", "template", "noscript", "svg");
    /** JavaScript's {@code \s}. */
    private static final String SPACE = "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
            + "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private static final Pattern SPACES = Pattern.compile("[" + SPACE + "]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final String ENDS = "。！？!?．";
    private static final String CLOSES = "。！？!?．.」』）)\"'’”";

    private final SpeechWords words;

    /**
     * @param words  the words spoken otherwise than their furigana, not null
     */
    SpeechPage(SpeechWords words) {
        this.words = words;
    }

    /**
     * Finds the speech of a page's sentences.
     *
     * @param page  the page's furigana variant, not null
     * @return the speech by {@linkplain #key key} of each Japanese sentence of {@code main} whose speech differs
     *         from its text, in page order, empty if none does or there is no {@code main}
     */
    Map<String, String> sentences(Document page) {
        Map<String, String> out = new LinkedHashMap<>();
        Element main = page.selectFirst("main");
        if (main == null) {
            return out;
        }
        Element html = page.selectFirst("html");
        String pageLang = html != null && html.hasAttr("lang") ? html.attr("lang") : "ja";
        Element tagged = main.closest("[lang]");
        String lang = tagged != null ? tagged.attr("lang") : pageLang;
        Blocks blocks = new Blocks(out);
        blocks.walk(main, main, lang, lang);
        blocks.flush();
        return out;
    }

    /**
     * Gives a sentence its key, as the script computes it: FNV-1a of its UTF-16 code units, unsigned, in base 36.
     *
     * @param sentence  the visible sentence, spaces folded, not null
     * @return the key, such as {@code 1x3k9vq}, not null
     */
    static String key(String sentence) {
        int h = 0x811c9dc5;
        for (int i = 0; i < sentence.length(); i++) {
            h = (h ^ sentence.charAt(i)) * 0x01000193;
        }
        return Integer.toUnsignedString(h, 36);
    }

    /**
     * Cuts a text into sentences as the script does: at 。！？!?． or a full stop before a space or the end (3.5 stays
     * whole), each with the closing marks after it, without the spaces around it; pieces without a letter or digit
     * are dropped.
     *
     * @param text  the text of a block, not null
     * @return the sentences as {start, end}, in order, not null
     */
    static List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ENDS.indexOf(c) >= 0 || c == '.' && (i + 1 == text.length() || SPACE.indexOf(text.charAt(i + 1)) >= 0)) {
                int j = i + 1;
                while (j < text.length() && CLOSES.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                push(text, start, j, out);
                start = j;
                i = j - 1;
            }
        }
        push(text, start, text.length(), out);
        return out;
    }

    private static void push(String text, int a, int b, List<int[]> out) {
        while (a < b && SPACE.indexOf(text.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && SPACE.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        if (WORD.matcher(text.substring(a, b)).find()) {
            out.add(new int[] {a, b});
        }
    }

    /**
     * Gets the speech of a piece of text: the words first ({@link SpeechWords}, longest first), then the rubies that
     * no word overlaps, except those right after a digit ({@link #afterDigit}); the rest as written (the kanji of a
     * ruby a word cuts too), spaces folded as the script folds the sentence's.
     *
     * @param text  the visible text, not null
     * @param rubies  the rubies over it, in order, not null
     * @return the speech, not null
     */
    String speech(String text, List<Furigana.Ruby> rubies) {
        List<Furigana.Ruby> read = rubies.stream().filter(r -> !afterDigit(text, r.start())).toList();
        List<Furigana.Ruby> spoken = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            Optional<Map.Entry<String, String>> word = words.isEmpty() ? Optional.empty() : words.at(text, i);
            if (word.isPresent()) {
                int end = i + word.get().getKey().length();
                spoken.add(new Furigana.Ruby(i, end, word.get().getValue()));
                i = end;
            } else {
                i++;
            }
        }
        if (!spoken.isEmpty()) {
            for (Furigana.Ruby r : read) {
                if (spoken.stream().noneMatch(w -> r.start() < w.end() && w.start() < r.end())) {
                    spoken.add(r);
                }
            }
            spoken.sort(java.util.Comparator.comparingInt(Furigana.Ruby::start));
        } else {
            spoken = read;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Furigana.Ruby r : spoken) {
            out.append(text, at, r.start()).append(r.reading());
            at = r.end();
        }
        out.append(text, at, text.length());
        return SPACES.matcher(out).replaceAll(" ");
    }

    /**
     * Tells whether a ruby follows a digit: a counter (3月, 第7次, 10件), which Kuromoji reads alone (月 つき) and a
     * speech engine reads right with its number (さんがつ), so it is left as written.
     */
    private static boolean afterDigit(String text, int at) {
        return at > 0 && Character.isDigit(text.charAt(at - 1));
    }

    /**
     * The text of {@code main} block by block, as the script walks it, with the rubies found on the way. The walk
     * knows each element's language (its own {@code lang}, or the nearest one above it, or the page's) and so each
     * block's.
     */
    private final class Blocks {
        private final Map<String, String> out;
        private final StringBuilder text = new StringBuilder();
        private final List<Furigana.Ruby> rubies = new ArrayList<>();
        private Element block;
        private String blockLang;

        Blocks(Map<String, String> out) {
            this.out = out;
        }

        /**
         * @param lang  the element's language
         * @param inBlockLang  the language of the block the element is in
         */
        void walk(Element element, Element inBlock, String lang, String inBlockLang) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    at(inBlock, inBlockLang);
                    text.append(t.getWholeText());
                } else if (child instanceof Element e && !skipped(e)) {
                    String tag = e.normalName();
                    String own = e.hasAttr("lang") ? e.attr("lang") : lang;
                    boolean isBlock = BLOCKS.contains(tag);
                    Element b = isBlock ? e : inBlock;
                    String bLang = isBlock ? own : inBlockLang;
                    if (tag.equals("ruby")) {
                        ruby(e, b, bLang);
                    } else {
                        walk(e, b, own, bLang);
                    }
                }
            }
        }

        /** A ruby: each {@code rt} reads the base text before it; a base without {@code rt} is plain text. */
        private void ruby(Element ruby, Element inBlock, String inBlockLang) {
            at(inBlock, inBlockLang);
            int base = text.length();
            for (Node child : ruby.childNodes()) {
                if (child instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (child instanceof Element e && e.normalName().equals("rt")) {
                    String reading = e.text().strip();
                    if (text.length() > base && !reading.isEmpty()) {
                        rubies.add(new Furigana.Ruby(base, text.length(), reading));
                    }
                    base = text.length();
                } else if (child instanceof Element e && !skipped(e)) {
                    text.append(e.text());
                }
            }
        }

        private void at(Element inBlock, String inBlockLang) {
            if (inBlock != block) {
                flush();
                block = inBlock;
                blockLang = inBlockLang;
            }
        }

        void flush() {
            if (block != null && japanese(blockLang)) {
                String all = text.toString();
                int next = 0; // rubies and sentences are both in text order
                for (int[] s : split(all)) {
                    String sentence = SPACES.matcher(all.substring(s[0], s[1])).replaceAll(" ");
                    List<Furigana.Ruby> inside = new ArrayList<>();
                    for (; next < rubies.size() && rubies.get(next).start() < s[1]; next++) {
                        Furigana.Ruby r = rubies.get(next);
                        if (r.start() >= s[0] && r.end() <= s[1]) {
                            inside.add(r.shift(-s[0]));
                        }
                    }
                    String speech = speech(all.substring(s[0], s[1]), inside);
                    if (!speech.equals(sentence)) {
                        out.putIfAbsent(key(sentence), speech);
                    }
                }
            }
            text.setLength(0);
            rubies.clear();
        }

        private static boolean japanese(String blockLang) {
            String lang = blockLang.strip().toLowerCase(Locale.ROOT);
            return lang.equals("ja") || lang.startsWith("ja-");
        }
    }

    private static boolean skipped(Element e) {
        return SKIPPED.contains(e.normalName()) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"));
    }
}
