package jp.tsunagu.site.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the static search index, under {@code search/} in the site, and the binary layout of a shard.
 * <pre>
 * search/index.json      table of contents: {"format":1,"version":"…","pages":N,"weights":[32 weights],
 *                        "shards":[first key of each shard], "synonyms":[[folded words of a group], …]}
 *                        ("synonyms" only if the site has any: {@link Synonyms})
 * search/s/&lt;i&gt;.bin       shard i: the keys from its first key up to the next shard's, sorted by code point
 * search/d/&lt;n&gt;.json      page n: {"u":url,"t":title,"b":[breadcrumb labels],"x":text for snippets}
 * search/pages.json      the page list: [[url, title], …] in page-number order
 * </pre>
 * A key is a field letter and a folded term: {@code r} a kana bigram of readings, {@code t} a character unigram
 * or bigram of the text, {@code w} a whole Kuromoji word or its reading. A shard is a sequence of entries:
 * <pre>
 * varint keyLength, key (UTF-8), varint count, count × varint (page delta × 32 + weight class),
 * and for w keys: varint n, n × (varint length, spelling in UTF-8)
 * </pre>
 * The first page delta is the page number. A weight class stands for the page's BM25 score for the key (text
 * plus {@value SearchIndexer#TITLE_BOOST} × title), computed by Lucene at build time, on a logarithmic scale of
 * {@value #WEIGHT_CLASSES} steps of {@value #WEIGHT_RATIO}× from {@value #WEIGHT_BASE}; the whole-number weight of
 * each class is listed in {@code index.json}. Packing the class with the delta makes a posting of a common term
 * one byte. Queries add whole numbers only, so the JavaScript client and {@link SiteSearcher} rank identically.
 */
public final class SearchFormat {
    /** The format version in {@code index.json}. */
    public static final int FORMAT = 1;
    /** The folder of the index in the site. */
    public static final String FOLDER = "search";
    /** The table of contents. */
    public static final String INDEX = FOLDER + "/index.json";
    /** The member of the table of contents that lists the {@link Synonyms} groups. */
    public static final String SYNONYMS = "synonyms";
    /** The page list. */
    public static final String PAGES = FOLDER + "/pages.json";
    /** The number of weight classes. */
    public static final int WEIGHT_CLASSES = 32;
    /** The score of weight class 0. */
    public static final double WEIGHT_BASE = 0.05;
    /** The ratio between the scores of two adjacent weight classes. */
    public static final double WEIGHT_RATIO = 1.22;

    private SearchFormat() {
    }

    /**
     * @param i  a shard number
     * @return its path in the site
     */
    public static String shard(int i) {
        return FOLDER + "/s/" + i + ".bin";
    }

    /**
     * @param n  a page number
     * @return its snippet file in the site
     */
    public static String doc(int n) {
        return FOLDER + "/d/" + n + ".json";
    }

    /**
     * Turns a BM25 score into a weight class.
     *
     * @param score  the score, not negative
     * @return the class, 0–31
     */
    public static int weightClass(double score) {
        if (score <= WEIGHT_BASE) {
            return 0;
        }
        long q = Math.round(Math.log(score / WEIGHT_BASE) / Math.log(WEIGHT_RATIO));
        return (int) Math.min(WEIGHT_CLASSES - 1, q);
    }

    /**
     * Lists the whole-number weight of each class: its score times 100, rounded. Written into {@code index.json},
     * so that every reader adds the very same numbers.
     *
     * @return the weights by class, not null
     */
    public static int[] weightTable() {
        int[] table = new int[WEIGHT_CLASSES];
        for (int q = 0; q < WEIGHT_CLASSES; q++) {
            table[q] = (int) Math.round(WEIGHT_BASE * Math.pow(WEIGHT_RATIO, q) * 100);
        }
        return table;
    }

    /**
     * Compares two keys by code point, the order of Lucene's terms and of the shards.
     *
     * @param a  a key, not null
     * @param b  another key, not null
     * @return negative, zero or positive
     */
    public static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The pages and weights (classes when written, whole-number weights when read) of one key, and for a whole
     * word, the spellings to highlight. */
    public record Postings(int[] pages, int[] weights, List<String> spellings) {
    }

    /**
     * Encodes one entry of a shard.
     *
     * @param key  the key, not null
     * @param postings  its pages in increasing order, weights and spellings, not null
     * @return the bytes, not null
     */
    static byte[] entry(String key, Postings postings) {
        Bytes out = new Bytes(16 + key.length() * 3 + postings.pages().length * 2);
        out.string(key);
        int[] pages = postings.pages();
        out.varint(pages.length);
        int previous = 0;
        for (int i = 0; i < pages.length; i++) {
            out.varint((pages[i] - previous) * WEIGHT_CLASSES + postings.weights()[i]);
            previous = pages[i];
        }
        if (key.startsWith("w")) {
            out.varint(postings.spellings().size());
            postings.spellings().forEach(out::string);
        }
        return out.toArray();
    }

    /**
     * The key of an encoded entry.
     *
     * @param entry  an entry ({@link #entry}), not null
     * @return its key, not null
     */
    static String key(byte[] entry) {
        return readString(entry, new int[] {0});
    }

    /** A growing byte array, unsynchronised (a {@code ByteArrayOutputStream} locks on every byte), of unsigned LEB128
     * varints and UTF-8 strings led by their length; also {@link PageKeywords}' entries. */
    static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void varint(int value) {
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 5));
            }
            int v = value;
            while ((v & ~0x7f) != 0) {
                bytes[size++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            bytes[size++] = (byte) v;
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            raw(utf8);
        }

        void raw(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /**
     * Reads a shard.
     *
     * @param bytes  the shard file, not null
     * @param weights  the weight of each class, from {@code index.json}, not null
     * @return its entries by key, in file order, with whole-number weights, not null
     * @throws IllegalArgumentException if the shard is cut short
     */
    public static Map<String, Postings> readShard(byte[] bytes, int[] weights) {
        Map<String, Postings> entries = new LinkedHashMap<>();
        int[] at = {0};
        try {
            while (at[0] < bytes.length) {
                String key = readString(bytes, at);
                int count = readVarint(bytes, at);
                int[] pages = new int[count];
                int[] weight = new int[count];
                int previous = 0;
                for (int i = 0; i < count; i++) {
                    int packed = readVarint(bytes, at);
                    previous += packed / WEIGHT_CLASSES;
                    pages[i] = previous;
                    weight[i] = weights[packed % WEIGHT_CLASSES];
                }
                List<String> spellings = new ArrayList<>();
                if (key.startsWith("w")) {
                    int n = readVarint(bytes, at);
                    for (int i = 0; i < n; i++) {
                        spellings.add(readString(bytes, at));
                    }
                }
                entries.put(key, new Postings(pages, weight, List.copyOf(spellings)));
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Invalid shard (cut short at byte " + at[0] + " of " + bytes.length + ")", e);
        }
        return entries;
    }

    private static int readVarint(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = bytes[at[0]++] & 0xff;
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static String readString(byte[] bytes, int[] at) {
        int length = readVarint(bytes, at);
        String s = new String(bytes, at[0], length, StandardCharsets.UTF_8);
        at[0] += length;
        return s;
    }
}
