package jp.tsunagu.site.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * One field's tokens as Lucene's writer takes them from an analysis, kept so that a later build adds the same field
 * without analysing the text again ({@link IndexCache}): each token's term, position increment and payload, which is
 * all the index holds of a token (the fields index no offsets: {@link #replay()} gives offsets of 0, which Lucene
 * accepts as never going backwards). Terms and payloads are stored once each and the tokens as numbers into them.
 * <pre>{@code
 * RecordedTokens.Recorder recorder = RecordedTokens.recorder(analyzer.tokenStream("word", text));
 * doc.add(new Field("word", recorder, type));   // the writer consumes it
 * RecordedTokens tokens = recorder.tokens();
 * doc.add(new Field("word", tokens.replay(), type));   // the same postings, positions and payloads, no analysis
 * }</pre>
 * Instances are immutable; a replay or a recorder is one stream, not thread-safe.
 */
final class RecordedTokens {
    private final String[] terms;
    private final byte[][] payloads;
    /** Per token: term number, position increment, payload number + 1 (0 for none). */
    private final int[] tokens;

    private RecordedTokens(String[] terms, byte[][] payloads, int[] tokens) {
        this.terms = terms;
        this.payloads = payloads;
        this.tokens = tokens;
    }

    /**
     * Wraps a field's token stream so that the tokens passing through are recorded.
     *
     * @param input  the analysis of the field, not null
     * @return the stream to hand to the writer, not null
     */
    static Recorder recorder(TokenStream input) {
        return new Recorder(input);
    }

    /**
     * A stream that gives the recorded tokens again.
     *
     * @return a new stream, not null
     */
    TokenStream replay() {
        return new Replay();
    }

    /** @return how many tokens were recorded */
    int size() {
        return tokens.length / 3;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(terms.length);
        for (String t : terms) {
            PageAnalysis.writeText(out, t);
        }
        out.writeInt(payloads.length);
        for (byte[] p : payloads) {
            out.writeInt(p.length);
            out.write(p);
        }
        out.writeInt(tokens.length);
        for (int v : tokens) {
            writeVInt(out, v);
        }
    }

    static RecordedTokens readFrom(DataInputStream in) throws IOException {
        String[] terms = new String[PageAnalysis.count(in)];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = PageAnalysis.readText(in);
        }
        byte[][] payloads = new byte[PageAnalysis.count(in)][];
        for (int i = 0; i < payloads.length; i++) {
            int length = PageAnalysis.count(in);
            payloads[i] = in.readNBytes(length);
            if (payloads[i].length != length) {
                throw new java.io.EOFException();
            }
        }
        int[] tokens = new int[PageAnalysis.count(in)];
        if (tokens.length % 3 != 0) {
            throw new IOException("token table of " + tokens.length + " numbers");
        }
        for (int i = 0; i < tokens.length; i += 3) {
            tokens[i] = readVInt(in);
            tokens[i + 1] = readVInt(in);
            tokens[i + 2] = readVInt(in);
            if (tokens[i] >= terms.length || tokens[i + 2] > payloads.length) {
                throw new IOException("token " + i / 3 + " names a term or payload that is not stored");
            }
        }
        return new RecordedTokens(terms, payloads, tokens);
    }

    private static void writeVInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    throw new IOException("negative number in the token table");
                }
                return v;
            }
        }
        throw new IOException("number too long in the token table");
    }

    /** Passes the tokens on and records them. */
    static final class Recorder extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
        private final Map<String, Integer> termNumbers = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final Map<BytesRef, Integer> payloadNumbers = new HashMap<>();
        private final List<byte[]> payloads = new ArrayList<>();
        private int[] tokens = new int[3 * 64];
        private int size;

        private Recorder(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (size + 3 > tokens.length) {
                tokens = Arrays.copyOf(tokens, tokens.length * 2);
            }
            String t = term.toString();
            Integer number = termNumbers.get(t);
            if (number == null) {
                number = terms.size();
                termNumbers.put(t, number);
                terms.add(t);
            }
            tokens[size++] = number;
            tokens[size++] = increment.getPositionIncrement();
            BytesRef p = payload.getPayload();
            int payloadNumber = 0;
            if (p != null) {
                BytesRef copy = BytesRef.deepCopyOf(p);
                Integer known = payloadNumbers.get(copy);
                if (known == null) {
                    known = payloads.size();
                    payloadNumbers.put(copy, known);
                    payloads.add(Arrays.copyOfRange(copy.bytes, copy.offset, copy.offset + copy.length));
                }
                payloadNumber = known + 1;
            }
            tokens[size++] = payloadNumber;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            termNumbers.clear();
            terms.clear();
            payloadNumbers.clear();
            payloads.clear();
            size = 0;
        }

        /** @return the tokens that passed, once the writer has consumed the stream */
        RecordedTokens tokens() {
            return new RecordedTokens(terms.toArray(String[]::new), payloads.toArray(byte[][]::new),
                    Arrays.copyOf(tokens, size));
        }
    }

    /** The recorded tokens, one after the other. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
        private int at;

        @Override
        public boolean incrementToken() {
            if (at >= tokens.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[tokens[at]]);
            increment.setPositionIncrement(tokens[at + 1]);
            int p = tokens[at + 2];
            payload.setPayload(p == 0 ? null : new BytesRef(payloads[p - 1]));
            at += 3;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
        }
    }
}
