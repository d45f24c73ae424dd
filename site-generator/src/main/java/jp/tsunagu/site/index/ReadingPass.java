package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.CachingTokenFilter;
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
 * Segmentation is most of the cost of both, so the page is cut once and its words replayed.
 * <p>
 * One instance per thread: it holds a tokenizer.
 */
final class ReadingPass {
    private final Tokenizer words;

    /**
     * @param userDictionary  words and readings Kuromoji does not know (from the glossary), may be null
     */
    ReadingPass(UserDictionary userDictionary) {
        this.words = ReadingAnalyzer.words(userDictionary);
    }

    /**
     * Cuts a text into words, reports its nouns, and gives the reading field's tokens of the same words.
     *
     * @param text  the page's text, not null
     * @param nouns  gets each noun kept by {@link NounFilter} with its reading, in text order, not null
     * @return the tokens {@link ReadingAnalyzer} gives for the text; the caller must consume and close them (as
     *         Lucene's writer does with a field's tokens) before the next call
     * @throws IOException never for a string, as Lucene's API declares it
     */
    TokenStream run(String text, BiConsumer<String, String> nouns) throws IOException {
        words.setReader(new StringReader(text));
        CachingTokenFilter replay = new CachingTokenFilter(words);
        CharTermAttribute term = replay.addAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute partOfSpeech = replay.addAttribute(PartOfSpeechAttribute.class);
        ReadingAttribute reading = replay.addAttribute(ReadingAttribute.class);
        replay.reset();
        while (replay.incrementToken()) {
            String word = term.toString();
            String r = reading.getReading();
            if (NounFilter.keeps(word, partOfSpeech.getPartOfSpeech(), r)) {
                nouns.accept(word, r);
            }
        }
        // The cache is full: the reading field's reset() rewinds it, its close() closes the tokenizer.
        return ReadingAnalyzer.readings(replay);
    }
}
