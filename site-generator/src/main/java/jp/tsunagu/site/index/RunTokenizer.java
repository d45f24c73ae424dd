package jp.tsunagu.site.index;

import org.apache.lucene.analysis.util.CharTokenizer;

import jp.tsunagu.site.ja.Fold;

/**
 * Cuts folded text into runs of letters, digits and marks ({@link Fold#isRunChar}); everything else — spaces,
 * punctuation, symbols — separates runs. {@code "ictを活用。2020年"} gives {@code ictを活用} and {@code 2020年}.
 * <p>
 * A run may be as long as a paragraph without punctuation; the limit is Lucene's largest (1,048,576 characters),
 * so no run is cut where the JavaScript client would not cut it.
 */
public final class RunTokenizer extends CharTokenizer {
    /** The longest run, Lucene's limit for a {@link CharTokenizer}. */
    public static final int MAX_RUN = 1024 * 1024;

    /** Creates a tokenizer. */
    public RunTokenizer() {
        super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_RUN);
    }

    @Override
    protected boolean isTokenChar(int c) {
        return Fold.isRunChar(c);
    }
}
