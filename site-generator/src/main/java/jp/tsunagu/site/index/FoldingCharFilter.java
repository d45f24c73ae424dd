package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

import jp.tsunagu.site.ja.Fold;

/**
 * {@linkplain Fold#fold Folds} a field's text before it is cut into runs: NFKC, lower case, katakana to hiragana.
 * <p>
 * NFKC composes and expands across characters (ｶﾞ → ガ, ㈱ → (株)), so the whole value is read and folded at once,
 * exactly as the JavaScript client folds a query. Offsets are then only approximate where folding changed the
 * length (scaled to the original length, so they stay in order and in range); the search index stores no offsets.
 */
public final class FoldingCharFilter extends CharFilter {
    private String folded;
    private int originalLength;
    private int position;

    /**
     * Creates a filter.
     *
     * @param input  the text to fold, not null
     */
    public FoldingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            StringBuilder original = new StringBuilder();
            char[] chunk = new char[4096];
            for (int n; (n = input.read(chunk)) > 0; ) {
                original.append(chunk, 0, n);
            }
            originalLength = original.length();
            folded = Fold.fold(original);
        }
        if (position >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - position);
        folded.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        if (folded == null || folded.length() == originalLength || folded.isEmpty()) {
            return Math.min(currentOff, originalLength);
        }
        return (int) Math.min(originalLength, (long) currentOff * originalLength / folded.length());
    }
}
