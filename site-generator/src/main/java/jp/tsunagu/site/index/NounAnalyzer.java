package jp.tsunagu.site.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The nouns of a page for the 五十音順 keyword index (さくいん): Kuromoji's words in normal mode, filtered by
 * {@link NounFilter}. Terms keep their spelling; the reading is in Kuromoji's {@code ReadingAttribute}.
 */
public final class NounAnalyzer extends Analyzer {
    private final UserDictionary userDictionary;

    /**
     * Creates an analyzer.
     *
     * @param userDictionary  words and readings Kuromoji does not know (from the glossary), may be null
     */
    public NounAnalyzer(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new JapaneseTokenizer(userDictionary, true, JapaneseTokenizer.Mode.NORMAL);
        TokenStream nouns = new NounFilter(words);
        return new TokenStreamComponents(words, nouns);
    }
}
