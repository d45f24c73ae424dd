package jp.tsunagu.site.index;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page gives the index stage besides its Lucene document, as the build cache keeps it ({@link IndexCache}):
 * its snippet file, and the glossary terms and Kuromoji's nouns it gives the さくいん. That is all a build needs of a
 * page whose document the kept index has ({@link KeptIndex}); none of it depends on the other pages nor on the page's
 * number (the number is given when the page is added).
 * <p>
 * An entry holds two files: {@code doc}, the snippet file's bytes, and {@link #FORMAT}, the keywords in numbers of
 * 7 bits a byte and texts in UTF-8 (a page's nouns take a few hundred bytes). An entry of another layout — such as
 * the earlier one, which kept the page's text and the tokens of its Kuromoji fields in a file {@code analysis} — has
 * not these two files and is not read ({@link #fromEntry}): the page is analysed again.
 *
 * @param doc  the snippet file's bytes ({@link SearchFormat#doc}), not null
 * @param glossary  the glossary terms found, as pairs of the term's place in the glossary and its count, not null
 * @param nouns  the nouns with their readings and counts, not null
 */
record PageKeywords(byte[] doc, int[] glossary, List<Noun> nouns) {
    /** The name of the entry's file of keywords, which names their layout: a new one makes older entries foreign. */
    static final String FORMAT = "keywords-1";
    private static final String DOC = "doc";

    /**
     * A noun as {@link KeywordCollector#noun} counts it.
     *
     * @param word  as written, not null
     * @param reading  Kuromoji's reading, null if it has none (kana, a word it does not know)
     * @param times  how often the page has it with that reading, at least 1
     */
    record Noun(String word, String reading, int times) {
    }

    /**
     * Copies the nouns.
     *
     * @param doc  the snippet file's bytes, not null
     * @param glossary  pairs of a glossary term's place and its count, not null
     * @param nouns  the nouns, not null
     */
    PageKeywords {
        nouns = List.copyOf(nouns);
    }

    /** @return the entry's files, for {@link jp.tsunagu.site.cache.BuildCache#write} */
    Map<String, byte[]> toEntry() {
        SearchFormat.Bytes out = new SearchFormat.Bytes(64 + 16 * nouns.size());
        out.varint(glossary.length);
        for (int g : glossary) {
            out.varint(g);
        }
        out.varint(nouns.size());
        for (Noun n : nouns) {
            out.string(n.word());
            if (n.reading() == null) {
                out.varint(0);
            } else {
                byte[] b = n.reading().getBytes(UTF_8);
                out.varint(b.length + 1);
                out.raw(b);
            }
            out.varint(n.times());
        }
        Map<String, byte[]> entry = new LinkedHashMap<>();
        entry.put(DOC, doc);
        entry.put(FORMAT, out.toArray());
        return entry;
    }

    /**
     * Reads an entry's files back.
     *
     * @param entry  the files of a trustworthy entry ({@link jp.tsunagu.site.cache.BuildCache#read}), not null
     * @return the keywords, empty if the files are not those of this layout (another stage's, an older layout's, or
     *         numbers that no page gives), not null
     */
    static Optional<PageKeywords> fromEntry(Map<String, byte[]> entry) {
        byte[] doc = entry.get(DOC);
        byte[] keywords = entry.get(FORMAT);
        if (entry.size() != 2 || doc == null || keywords == null) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(keywords);
        try {
            int[] glossary = new int[count(in)];
            if (glossary.length % 2 != 0) {
                return Optional.empty();
            }
            for (int i = 0; i < glossary.length; i++) {
                glossary[i] = readNumber(in);
            }
            int nounCount = count(in);
            List<Noun> nouns = new ArrayList<>(nounCount);
            for (int i = 0; i < nounCount; i++) {
                String word = readText(in, count(in));
                int reading = readNumber(in);
                String r = reading == 0 ? null : readText(in, reading - 1);
                int times = readNumber(in);
                if (times < 1) {
                    return Optional.empty();
                }
                nouns.add(new Noun(word, r, times));
            }
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new PageKeywords(doc, glossary, nouns));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String readText(ByteBuffer in, int length) {
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        String s = new String(in.array(), in.position(), length, UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** Reads a number written by {@link SearchFormat.Bytes#varint}: 7 bits a byte, the lowest first. */
    private static int readNumber(ByteBuffer in) {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.get() & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative number");
                }
                return v;
            }
        }
        throw new IllegalArgumentException("number too long");
    }

    /** Reads a count of items of a byte or more each, refusing one larger than the bytes left (a damaged count). */
    private static int count(ByteBuffer in) {
        int n = readNumber(in);
        if (n > in.remaining()) {
            throw new IllegalArgumentException("count " + n);
        }
        return n;
    }
}
