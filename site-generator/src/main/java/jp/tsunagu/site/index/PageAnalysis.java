package jp.tsunagu.site.index;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the index stage makes of one page that does not depend on the other pages nor on the page's number, as the
 * build cache keeps it ({@link IndexCache}): the snippet file, the main text (the text fields' cheap analysis is
 * run on it again), the glossary terms and Kuromoji's nouns the page gives the さくいん, and the tokens of the fields
 * Kuromoji analyses ({@link RecordedTokens}). The page's number is added when the page is added to an index.
 *
 * @param doc  the snippet file's bytes ({@link SearchFormat#doc}), not null
 * @param text  the page's main text ({@link MainText}), not null
 * @param glossary  the glossary terms found, as pairs of the term's place in the glossary and its count, not null
 * @param nouns  the nouns with their readings and counts, not null
 * @param fields  the recorded tokens of {@link #RECORDED} fields, by field name, not null
 */
record PageAnalysis(byte[] doc, String text, int[] glossary, List<Noun> nouns, Map<String, RecordedTokens> fields) {
    /** The fields whose tokens are recorded: those Kuromoji analyses. */
    static final List<String> RECORDED = List.of("yomi", "word", "title.yomi", "title.word");
    private static final String DOC = "doc";
    private static final String ANALYSIS = "analysis";
    /** The most items of one list of an entry, so that a damaged count cannot ask for gigabytes. */
    private static final int MAX_COUNT = 1 << 26;

    /**
     * A noun as {@link KeywordCollector#noun} counts it.
     *
     * @param word  as written, not null
     * @param reading  Kuromoji's reading, null if it has none (kana, a word it does not know)
     * @param times  how often the page has it with that reading
     */
    record Noun(String word, String reading, int times) {
    }

    /**
     * What a page gives the index besides its document: all a build needs of a page whose document the kept index
     * ({@link KeptIndex}) has.
     *
     * @param doc  the snippet file's bytes, not null
     * @param glossary  pairs of a glossary term's place and its count, not null
     * @param nouns  the nouns, not null
     */
    record Keywords(byte[] doc, int[] glossary, List<Noun> nouns) {
    }

    /** @return the snippet file, glossary terms and nouns */
    Keywords keywords() {
        return new Keywords(doc, glossary, nouns);
    }

    /**
     * Copies the parts.
     *
     * @param doc  the snippet file's bytes, not null
     * @param text  the page's main text, not null
     * @param glossary  pairs of a glossary term's place and its count, not null
     * @param nouns  the nouns, not null
     * @param fields  the tokens of every field of {@link #RECORDED}, not null
     */
    PageAnalysis {
        fields = Map.copyOf(fields);
        if (!fields.keySet().equals(java.util.Set.copyOf(RECORDED))) {
            throw new IllegalArgumentException("fields " + fields.keySet() + ", expected " + RECORDED);
        }
        nouns = List.copyOf(nouns);
    }

    /** @return the entry's files, for {@link jp.tsunagu.site.cache.BuildCache#write} */
    Map<String, byte[]> toEntry() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, text);
            out.writeInt(glossary.length);
            for (int g : glossary) {
                out.writeInt(g);
            }
            out.writeInt(nouns.size());
            for (Noun n : nouns) {
                writeText(out, n.word());
                out.writeBoolean(n.reading() != null);
                if (n.reading() != null) {
                    writeText(out, n.reading());
                }
                out.writeInt(n.times());
            }
            for (String field : RECORDED) {
                fields.get(field).writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> entry = new LinkedHashMap<>();
        entry.put(DOC, doc);
        entry.put(ANALYSIS, bytes.toByteArray());
        return entry;
    }

    /**
     * Reads an entry's files back.
     *
     * @param entry  the files of a trustworthy entry, not null
     * @return the analysis, empty if the files are not those of an analysis (another stage's, or of another layout)
     */
    static Optional<PageAnalysis> fromEntry(Map<String, byte[]> entry) {
        return read(entry, true).map(PageAnalysis.class::cast);
    }

    /**
     * Reads the snippet file, glossary terms and nouns of an entry, skipping its text and leaving its tokens unread
     * (the entry's checksum has vouched for them: {@link jp.tsunagu.site.cache.BuildCache#read}).
     *
     * @param entry  the files of a trustworthy entry, not null
     * @return what the page gives the index besides its document, empty if the files are not those of an analysis
     */
    static Optional<Keywords> keywordsFromEntry(Map<String, byte[]> entry) {
        return read(entry, false).map(Keywords.class::cast);
    }

    /** Reads an entry: the whole analysis, or only its {@link Keywords}. */
    private static Optional<Object> read(Map<String, byte[]> entry, boolean whole) {
        byte[] analysis = entry.get(ANALYSIS);
        if (entry.size() != 2 || entry.get(DOC) == null || analysis == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(analysis))) {
            String text = null;
            if (whole) {
                text = readText(in);
            } else {
                int length = count(in);
                if (in.skipBytes(length) != length) {
                    throw new EOFException();
                }
            }
            int[] glossary = new int[count(in)];
            for (int i = 0; i < glossary.length; i++) {
                glossary[i] = in.readInt();
            }
            if (glossary.length % 2 != 0) {
                return Optional.empty();
            }
            int nounCount = count(in);
            List<Noun> nouns = new java.util.ArrayList<>(nounCount);
            for (int i = 0; i < nounCount; i++) {
                String word = readText(in);
                String reading = in.readBoolean() ? readText(in) : null;
                int times = in.readInt();
                if (times < 1) {
                    return Optional.empty();
                }
                nouns.add(new Noun(word, reading, times));
            }
            if (!whole) {
                return Optional.of(new Keywords(entry.get(DOC), glossary, nouns));
            }
            Map<String, RecordedTokens> fields = new LinkedHashMap<>();
            for (String field : RECORDED) {
                fields.put(field, RecordedTokens.readFrom(in));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new PageAnalysis(entry.get(DOC), text, glossary, nouns, fields));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = count(in);
        byte[] b = in.readNBytes(length);
        if (b.length != length) {
            throw new EOFException();
        }
        return new String(b, UTF_8);
    }

    /** Reads a count, refusing one that no page gives. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) {
            throw new IOException("count " + n);
        }
        return n;
    }
}
