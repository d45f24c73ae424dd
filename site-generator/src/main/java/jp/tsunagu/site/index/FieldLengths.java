package jp.tsunagu.site.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.util.Bits;

/**
 * The length of each analysed field of a document of the kept index — how many tokens the writer took of it, which
 * is what the document adds to the field's total term frequency — kept as a doc value, so that the statistics BM25
 * reads of a field (its document count and total term frequency) can be those of the live documents of an index
 * whose segments still hold deleted ones: Lucene's own statistics count a deleted document until its segment is
 * merged, and a clean build's index has none.
 * <p>
 * A document's fields are counted as the writer takes their tokens, and the lengths are doc values added after them
 * ({@link #addTo}): the writer reads a document's fields in order, so it reads the lengths once it has taken the
 * tokens. Whatever breaks that is caught where the lengths are read ({@link #statistics}): the lengths of a segment's
 * documents must add up to its statistics, or none of them is used.
 * <p>
 * One instance counts one document; not thread-safe.
 */
final class FieldLengths {
    /** The doc-value field of a field's length: this prefix and the field's name. */
    static final String PREFIX = "length.";

    private final List<Counted> fields = new ArrayList<>();

    /**
     * A field that counts the tokens the writer takes of it.
     *
     * @param field  a field analysed by the writer (a text or a token stream), not null
     * @return the field to add to the document in its place, not null
     */
    Field count(Field field) {
        Counted counted = new Counted(field);
        fields.add(counted);
        return counted;
    }

    /**
     * Adds the length of each counted field as a doc value; call it once every counted field is in the document.
     *
     * @param doc  the document, not null
     */
    void addTo(Document doc) {
        for (Counted field : fields) {
            doc.add(new Length(PREFIX + field.name(), field));
        }
    }

    /**
     * The statistics of fields over the live documents of an index: its segments' own statistics less what their
     * deleted documents add to them ({@link #PREFIX}), which are checked against the segment's statistics first.
     * Without deletions these are the statistics {@link org.apache.lucene.search.IndexSearcher} gives. The sum of
     * document frequencies, which BM25 does not read, is the segments' (counting deleted documents) as far as
     * {@link CollectionStatistics} allows.
     *
     * @param reader  the index, not null
     * @param names  the fields, not null
     * @return each field's statistics, null for one no live document has; empty if a segment with deleted documents
     *         lacks lengths that add up to its statistics
     */
    static Optional<Map<String, CollectionStatistics>> statistics(IndexReader reader, Collection<String> names)
            throws IOException {
        Map<String, CollectionStatistics> all = new HashMap<>();
        for (String name : names) {
            long docCount = 0;
            long sumTotalTermFreq = 0;
            long sumDocFreq = 0;
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                Terms terms = leaf.terms(name);
                long segmentDocs = terms == null ? 0 : terms.getDocCount();
                long segmentFreq = terms == null ? 0 : terms.getSumTotalTermFreq();
                docCount += segmentDocs;
                sumTotalTermFreq += segmentFreq;
                sumDocFreq += terms == null ? 0 : terms.getSumDocFreq();
                Bits live = leaf.getLiveDocs();
                if (live == null) {
                    continue;
                }
                NumericDocValues lengths = leaf.getNumericDocValues(PREFIX + name);
                if (terms == null && lengths == null) {
                    // no document of the segment has the field
                    continue;
                }
                long docs = 0;
                long freq = 0;
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (lengths == null || !lengths.advanceExact(doc) || lengths.longValue() < 0) {
                        return Optional.empty();
                    }
                    long length = lengths.longValue();
                    docs += length > 0 ? 1 : 0;
                    freq += length;
                    if (!live.get(doc)) {
                        docCount -= length > 0 ? 1 : 0;
                        sumTotalTermFreq -= length;
                    }
                }
                if (docs != segmentDocs || freq != segmentFreq) {
                    return Optional.empty();
                }
            }
            all.put(name, docCount == 0 ? null : new CollectionStatistics(name, reader.numDocs(), docCount,
                    sumTotalTermFreq, Math.min(sumDocFreq, sumTotalTermFreq)));
        }
        return Optional.of(all);
    }

    /** A field whose tokens are counted as the writer takes them. */
    private static final class Counted extends Field {
        private final Field field;
        private long tokens;

        Counted(Field field) {
            super(field.name(), field.fieldType());
            this.field = field;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            tokens = 0;
            return new TokenFilter(field.tokenStream(analyzer, reuse)) {
                @Override
                public boolean incrementToken() throws IOException {
                    if (!input.incrementToken()) {
                        return false;
                    }
                    tokens++;
                    return true;
                }
            };
        }
    }

    /** The length of a counted field, read by the writer after it has taken the field's tokens. */
    private static final class Length extends Field {
        private final Counted field;

        Length(String name, Counted field) {
            super(name, NumericDocValuesField.TYPE);
            this.field = field;
        }

        @Override
        public Number numericValue() {
            return field.tokens;
        }
    }
}
