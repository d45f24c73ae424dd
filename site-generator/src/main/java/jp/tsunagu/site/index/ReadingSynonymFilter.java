package jp.tsunagu.site.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.Readings;

/**
 * Stacks each word's reading on the word, at the same position, so that a whole word is found by its spelling
 * (情報) and by its reading (じょうほう). The reading carries the word as its payload, so the index can tell the
 * client which spelling to highlight for a kana query.
 */
public final class ReadingSynonymFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
    private State word;
    private String pendingReading;
    private BytesRef pendingPayload;

    /**
     * Creates a filter.
     *
     * @param input  Kuromoji's words, not null
     */
    public ReadingSynonymFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingReading != null) {
            restoreState(word);
            term.setEmpty().append(pendingReading);
            increment.setPositionIncrement(0);
            payload.setPayload(pendingPayload);
            pendingReading = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        Optional<String> r = Readings.of(term, reading.getReading());
        if (r.isPresent() && !Fold.fold(r.get()).equals(Fold.fold(term))) {
            word = captureState();
            pendingReading = r.get();
            pendingPayload = new BytesRef(term.toString().getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
        pendingReading = null;
        pendingPayload = null;
    }
}
