package jp.tsunagu.site.index;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;

/**
 * The text field: folded text cut into runs, each run into character unigrams and bigrams. The JavaScript client
 * cuts a query the same way ({@code search/vectors.json} of the tests holds the examples both must reproduce).
 * <p>
 * {@code "ＩＣＴを活用"} gives i, ic, c, ct, t, tを, を, を活, 活, 活用, 用.
 */
public final class TextAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer runs = new RunTokenizer();
        TokenStream grams = new NGramTokenFilter(runs, 1, 2, false);
        return new TokenStreamComponents(runs, grams);
    }
}
