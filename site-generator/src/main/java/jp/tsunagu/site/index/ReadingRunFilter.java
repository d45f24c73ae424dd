package jp.tsunagu.site.index;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import jp.tsunagu.site.ja.Readings;

/**
 * Joins the readings of adjacent Kuromoji words into one token, so that kana bigrams also cross word boundaries
 * the way a resident types: 情報/化 becomes ジョウホウカ, found by じょうほうか. Punctuation, spaces and words
 * without a reading ({@link Readings}) end a run. Expects a tokenizer that keeps punctuation.
 */
public final class ReadingRunFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder run = new StringBuilder();
    private boolean exhausted;

    /**
     * Creates a filter.
     *
     * @param input  Kuromoji's words, punctuation kept, not null
     */
    public ReadingRunFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        run.setLength(0);
        int start = -1;
        int end = -1;
        while (!exhausted) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            Optional<String> r = Readings.of(term, reading.getReading());
            if (r.isEmpty()) {
                if (run.length() > 0) {
                    break;
                }
                continue;
            }
            if (start < 0) {
                start = offset.startOffset();
            }
            end = offset.endOffset();
            run.append(r.get());
        }
        if (run.length() == 0) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(run);
        offset.setOffset(start, end);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        exhausted = false;
        run.setLength(0);
    }
}
