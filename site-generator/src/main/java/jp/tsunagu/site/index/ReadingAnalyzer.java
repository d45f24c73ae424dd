package jp.tsunagu.site.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;

/**
 * The reading field: Kuromoji's readings of the words, joined across words up to the next punctuation, folded to
 * hiragana, {@linkplain SoundFilter folded as they sound} and cut into kana bigrams and trigrams. {@code "情報化"}
 * gives じょ, じょう, ょう, ょうほ, うほ, うほう, ほう, ほうか, うか: a resident's じょうほう finds 情報; {@code "会津"}
 * (アイヅ) gives あい, あいず, いず: {@code aizu} finds it.
 */
public final class ReadingAnalyzer extends Analyzer {
    private final UserDictionary userDictionary;

    /**
     * Creates an analyzer.
     *
     * @param userDictionary  words and readings Kuromoji does not know (from the glossary), may be null
     */
    public ReadingAnalyzer(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = words(userDictionary);
        return new TokenStreamComponents(words, readings(words));
    }

    /**
     * Creates the tokenizer of this analysis: Kuromoji in normal mode, punctuation kept.
     *
     * @param userDictionary  words and readings Kuromoji does not know, may be null
     * @return a new tokenizer
     */
    static Tokenizer words(UserDictionary userDictionary) {
        return new JapaneseTokenizer(userDictionary, false, JapaneseTokenizer.Mode.NORMAL);
    }

    /**
     * Builds the filters of this analysis on Kuromoji's words.
     *
     * @param words  the words of {@link #words}, or a replay of them, not null
     * @return the reading field's tokens
     */
    static TokenStream readings(TokenStream words) {
        TokenStream runs = new ReadingRunFilter(words);
        TokenStream folded = new SoundFilter(new FoldFilter(runs));
        return new NGramTokenFilter(folded, 2, 3, false);
    }
}
