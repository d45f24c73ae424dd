package jp.tsunagu.site.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import jp.tsunagu.site.ja.Fold;

/**
 * Folds each kana term {@linkplain Fold#sound as it sounds} (づ → ず, おお and おー → おう), after {@link FoldFilter}:
 * readings and kana words then meet a resident's spelling of them ({@code あいづ} and {@code aizu}'s あいず).
 * Terms with other characters are left as they are, as {@link QueryPlan} leaves such runs.
 */
public final class SoundFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    /**
     * Creates a filter.
     *
     * @param input  folded terms, not null
     */
    public SoundFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = term.toString();
        if (Fold.isKana(folded)) {
            String sound = Fold.sound(folded);
            if (!sound.equals(folded)) {
                term.setEmpty().append(sound);
            }
        }
        return true;
    }
}
