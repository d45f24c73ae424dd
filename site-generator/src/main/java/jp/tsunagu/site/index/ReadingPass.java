package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One Kuromoji pass over a page's text for two analyses that cut it the same way: the nouns of the keyword index
 * ({@link NounAnalyzer}: normal mode, punctuation dropped) and the reading field ({@link ReadingAnalyzer}: normal
 * mode, punctuation kept). Dropping punctuation does not change Kuromoji's segmentation, only which words it
 * reports, and {@link NounFilter} keeps no punctuation, so the words of the reading analysis give the same nouns.
 * Segmentation is most of the cost of both, so each page is cut once: a filter between Kuromoji and the reading
 * filters reports the nouns as the words stream past. Nothing is held per word, so a list page of 10,000 titles
 * costs no more memory than a short one.
 * <p>
 * One instance per thread: it holds a tokenizer.
 */
final class ReadingPass {
    private final Tokenizer words;
    private final NounTap tap;
    private final TokenStream readings;

    /**
     * @param userDictionary  words and readings Kuromoji does not know (from the glossary), may be null
     */
    ReadingPass(UserDictionary userDictionary) {
        this.words = ReadingAnalyzer.words(userDictionary);
        this.tap = new NounTap(words);
        this.readings = ReadingAnalyzer.readings(tap);
    }

    /**
     * Gives the reading field's tokens of a text, reporting its nouns as they are read.
     *
     * @param text  the page's text, not null
     * @param nouns  gets each noun kept by {@link NounFilter} with its reading, in text order, while the tokens are
     *        consumed, not null
     * @return the tokens {@link ReadingAnalyzer} gives for the text; the caller must consume and close them (as
     *         Lucene's writer does with a field's tokens) before the next call
     */
    TokenStream run(String text, BiConsumer<String, String> nouns) {
        tap.nouns = nouns;
        words.setReader(new StringReader(text));
        return readings;
    }

    /** Passes every word on, and reports those {@link NounFilter} keeps. */
    private static final class NounTap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
        private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
        private BiConsumer<String, String> nouns = (word, r) -> { };

        NounTap(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String pos = partOfSpeech.getPartOfSpeech();
            if (pos != null && NounFilter.KEPT.stream().anyMatch(pos::startsWith)) {
                String word = term.toString();
                String r = reading.getReading();
                if (NounFilter.keeps(word, pos, r)) {
                    nouns.accept(word, r);
                }
            }
            return true;
        }
    }
}
