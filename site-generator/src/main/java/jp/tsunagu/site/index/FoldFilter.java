package jp.tsunagu.site.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import jp.tsunagu.site.ja.Fold;

/**
 * {@linkplain Fold#fold Folds} each term: NFKC, lower case, katakana to hiragana. Used after Kuromoji, whose
 * words and readings must meet the folded query ({@code ジョウホウ} becomes {@code じょうほう}).
 */
public final class FoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /**
     * Creates a filter.
     *
     * @param input  the words, not null
     */
    public FoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = Fold.fold(term);
        term.setEmpty().append(folded);
        return true;
    }
}
