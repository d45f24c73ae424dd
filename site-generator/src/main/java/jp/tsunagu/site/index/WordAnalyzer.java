package jp.tsunagu.site.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The whole-word field: Kuromoji's content words (search mode, so compounds and their parts), each with its
 * reading stacked on it, folded (kana words also {@linkplain SoundFilter as they sound}). A query that is exactly
 * one of these words — 情報, じょうほう — is boosted.
 * <p>
 * {@code "情報化を推進する"} gives 情報, じょうほう, 化, か, 推進, すいしん (particles and auxiliaries dropped).
 */
public final class WordAnalyzer extends Analyzer {
    private final UserDictionary userDictionary;

    /**
     * Creates an analyzer.
     *
     * @param userDictionary  words and readings Kuromoji does not know (from the glossary), may be null
     */
    public WordAnalyzer(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new JapaneseTokenizer(userDictionary, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream content = new JapanesePartOfSpeechStopFilter(words, JapaneseAnalyzer.getDefaultStopTags());
        TokenStream withReadings = new ReadingSynonymFilter(content);
        TokenStream folded = new SoundFilter(new FoldFilter(withReadings));
        return new TokenStreamComponents(words, folded);
    }
}
