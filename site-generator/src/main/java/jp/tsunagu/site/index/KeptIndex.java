package jp.tsunagu.site.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import jp.tsunagu.site.files.Folders;

/**
 * The Lucene index the index stage wrote in the last build, kept in the build cache's folder ({@link #FOLDER}), so
 * that a build updates it instead of adding every page again: a page whose key ({@link IndexCache}) has a document
 * there keeps it (its number set again if it moved), the documents of keys no page has any more are deleted, and only
 * the pages without one are added. Each document holds its page's key ({@link #KEY}, which decides everything it
 * holds but its number), its page number as an updatable doc value ({@code page}) and the length of each of its
 * fields ({@link FieldLengths}); the kept index has no index sort, so the scoring takes each document's page from
 * that value.
 * <p>
 * The index is not merged into one segment after an update (that rewrote the whole index for one edited page): the
 * pages added go to a new segment, the deleted documents stay in theirs, and the scoring reads the live documents
 * of every segment with the statistics of the live documents only ({@link FieldLengths#statistics}). Segments are
 * merged only when the build finishes ({@link #settle}), as Lucene's {@link TieredMergePolicy} asks (many small
 * segments, or too many deleted documents in one), so the index does not grow without bound; an index written from
 * scratch is merged into one segment.
 * <p>
 * The index is trusted only if its newest commit — Lucene writes the commit point last and atomically — carries this
 * layout's marker ({@link #FORMAT}), the cache's context (the tool and its code, the dictionaries, the glossary and
 * synonyms) and the count and digest of its live documents' keys, written with the commit, and if its segments'
 * checksums ({@link LeafReader#checkIntegrity}) and keys agree with the marker. A build killed while updating it
 * leaves the last commit, which is whole; anything else (corrupt, cut short, foreign, of another tool) is not used and
 * the folder is written again from scratch.
 * <p>
 * Lookups ({@link #find}) are thread-safe; the rest is called by one thread.
 */
final class KeptIndex implements Closeable {
    /** The folder under the build cache's. */
    static final String FOLDER = "index-lucene";
    /** The layout of the kept index; a new number makes every older one foreign. */
    static final String FORMAT = "tsunagu-kept-index/2";
    /** The field of a document's page key. */
    static final String KEY = "key";
    private static final String MARK_FORMAT = "format";
    private static final String MARK_CONTEXT = "context";
    private static final String MARK_PAGES = "pages";
    private static final String MARK_KEYS = "keys";

    private final Directory directory;
    private final IndexWriter writer;
    private final FinishingMergePolicy merges;
    private final boolean ignored;
    /** Whether the index was written from scratch in this build (no last build's index was trusted). */
    private final boolean fresh;
    /** The last build's index, as committed: null when none was trusted, or once {@link #deleteUnused} is done. */
    private DirectoryReader kept;
    private TermsEnum keys;
    private PostingsEnum postings;
    private Bits live;
    private int[] pages;
    private FixedBitSet used;

    private KeptIndex(Directory directory, IndexWriter writer, FinishingMergePolicy merges, DirectoryReader kept,
            boolean ignored) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.merges = merges;
        this.ignored = ignored;
        this.fresh = kept == null;
        this.kept = kept;
        if (kept != null && kept.numDocs() > 0) {
            keys = MultiTerms.getTerms(kept, KEY).iterator();
            live = MultiBits.getLiveDocs(kept);
            pages = new int[kept.maxDoc()];
            for (LeafReaderContext leaf : kept.leaves()) {
                NumericDocValues numbers = leaf.reader().getNumericDocValues(SearchIndexer.PAGE);
                Bits alive = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (alive != null && !alive.get(doc)) {
                        continue;
                    }
                    if (numbers == null || !numbers.advanceExact(doc)) {
                        throw new IllegalStateException("kept document " + (leaf.docBase + doc) + " has no page number");
                    }
                    pages[leaf.docBase + doc] = (int) numbers.longValue();
                }
            }
            used = new FixedBitSet(pages.length);
        }
    }

    /**
     * Opens the kept index under a build cache's folder, trusting the last build's if its marker and checksums hold,
     * and starts its writer: on it, if trusted, or on an empty index written over whatever was there.
     *
     * @param folder  the kept index's folder ({@link #FOLDER} under the cache's), not null
     * @param context  the cache's context ({@link IndexCache#keptContext()}), not null
     * @param config  the writer's configuration, without index sort and not committing on close, not null; its merge
     *                policy and scheduler are set here
     * @return the kept index, its writer open, not null
     * @throws IOException if the folder cannot be written (another build holding its lock, among others)
     */
    static KeptIndex open(Path folder, String context, IndexWriterConfig config) throws IOException {
        FinishingMergePolicy merges = new FinishingMergePolicy();
        // merges run in the thread that asks for them, when the build finishes (settle), never behind its back
        config.setMergePolicy(merges).setMergeScheduler(new SerialMergeScheduler());
        Files.createDirectories(folder);
        // read with positional reads, not mapped: mapped index files count in the build's resident memory (100,000 pages)
        Directory directory = new NIOFSDirectory(folder);
        DirectoryReader kept = null;
        boolean ignored = false;
        try {
            if (DirectoryReader.indexExists(directory)) {
                try {
                    kept = DirectoryReader.open(directory);
                    Map<String, String> mark = kept.getIndexCommit().getUserData();
                    if (!context.equals(mark.get(MARK_CONTEXT)) && FORMAT.equals(mark.get(MARK_FORMAT))) {
                        // another tool, glossary or dictionary: every page has a new key, nothing to keep
                        kept.close();
                        kept = null;
                    } else if (!trusted(kept, mark, context)) {
                        kept.close();
                        kept = null;
                        ignored = true;
                    }
                } catch (IOException | RuntimeException e) {
                    // corrupt, cut short or of another Lucene: not trusted
                    if (kept != null) {
                        kept.close();
                        kept = null;
                    }
                    ignored = true;
                }
            }
            if (kept == null) {
                directory.close();
                Folders.deleteQuietly(folder);
                Files.createDirectories(folder);
                directory = new NIOFSDirectory(folder);
            }
            IndexWriter writer = new IndexWriter(directory, config.setOpenMode(kept == null
                    ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND));
            try {
                return new KeptIndex(directory, writer, merges, kept, ignored);
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            if (kept != null) {
                kept.close();
            }
            directory.close();
            throw e;
        }
    }

    /** Whether a commit's marker, checksums and keys are those this layout writes under a context. */
    private static boolean trusted(DirectoryReader reader, Map<String, String> mark, String context) throws IOException {
        if (!FORMAT.equals(mark.get(MARK_FORMAT)) || !context.equals(mark.get(MARK_CONTEXT))) {
            return false;
        }
        for (var leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
        }
        return marker(reader, context).equals(mark);
    }

    /**
     * The marker of an index: this layout, the context, and the count and digest of its live documents' keys in key
     * order.
     *
     * @throws IllegalStateException if a key has more than one live document or a live document none
     */
    private static Map<String, String> marker(DirectoryReader reader, String context) throws IOException {
        MessageDigest digest = sha256();
        int count = 0;
        Terms terms = MultiTerms.getTerms(reader, KEY);
        TermsEnum term = terms == null ? TermsEnum.EMPTY : terms.iterator();
        Bits alive = MultiBits.getLiveDocs(reader);
        PostingsEnum docs = null;
        for (BytesRef key = term.next(); key != null; key = term.next()) {
            int found = 0;
            docs = term.postings(docs, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (alive == null || alive.get(doc)) {
                    found++;
                }
            }
            if (found > 1) {
                throw new IllegalStateException("key " + key.utf8ToString() + " has " + found + " documents");
            }
            if (found == 1) {
                digest.update(key.bytes, key.offset, key.length);
                digest.update((byte) '\n');
                count++;
            }
        }
        if (count != reader.numDocs()) {
            throw new IllegalStateException(count + " keys for " + reader.numDocs() + " documents");
        }
        return Map.of(MARK_FORMAT, FORMAT, MARK_CONTEXT, context, MARK_PAGES, Integer.toString(count),
                MARK_KEYS, HexFormat.of().formatHex(digest.digest()));
    }

    /** @return the writer, on the kept index or on a new one */
    IndexWriter writer() {
        return writer;
    }

    /** @return whether an index was found there but not trusted (corrupt, cut short, foreign) */
    boolean ignored() {
        return ignored;
    }

    /**
     * Finds the kept document of a page's key and keeps it.
     *
     * @param key  the page's key, not null
     * @return the document's page number in the last build, or -1 if no kept document has the key
     */
    synchronized int find(String key) throws IOException {
        if (keys == null || !keys.seekExact(new BytesRef(key))) {
            return -1;
        }
        postings = keys.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                used.set(doc);
                return pages[doc];
            }
        }
        return -1;
    }

    /**
     * Deletes the kept documents no page found, then lets the last build's index go.
     *
     * @return how many were deleted
     */
    int deleteUnused() throws IOException {
        int deleted = 0;
        if (keys != null) {
            TermsEnum all = MultiTerms.getTerms(kept, KEY).iterator();
            PostingsEnum docs = null;
            for (BytesRef key = all.next(); key != null; key = all.next()) {
                docs = all.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && !used.get(doc)) {
                        writer.deleteDocuments(new Term(KEY, BytesRef.deepCopyOf(key)));
                        deleted++;
                        break;
                    }
                }
            }
        }
        dropKept();
        return deleted;
    }

    /**
     * Writes the documents added and the deletions into the index's segments, and merges segments: all into one if
     * the index was written from scratch in this build, otherwise those Lucene's {@link TieredMergePolicy} picks (a
     * few small segments into one, or a segment with many deleted documents), not the whole index for one page.
     *
     * @return a reader of the index as it is to be committed, not null
     */
    DirectoryReader settle() throws IOException {
        writer.flush();
        if (fresh) {
            writer.forceMerge(1);
        } else {
            merges.natural = true;
            try {
                writer.maybeMerge();
            } finally {
                merges.natural = false;
            }
        }
        return DirectoryReader.open(writer);
    }

    /**
     * A reader of the index merged into one segment without deletions, whatever its segments: a reader's
     * statistics are then exact without reading the lengths of the deleted documents.
     */
    DirectoryReader mergedWhole() throws IOException {
        writer.forceMergeDeletes(true);
        writer.forceMerge(1);
        return DirectoryReader.open(writer);
    }

    /**
     * Commits the index with its marker written in the commit.
     *
     * @param reader  a reader of the writer's index as it is to be committed, not null
     * @param context  the cache's context, not null
     */
    void commit(DirectoryReader reader, String context) throws IOException {
        writer.setLiveCommitData(marker(reader, context).entrySet());
        writer.commit();
    }

    private void dropKept() throws IOException {
        keys = null;
        live = null;
        pages = null;
        used = null;
        if (kept != null) {
            kept.close();
            kept = null;
        }
    }

    /** Closes the writer, dropping what was not committed, and the folder. */
    @Override
    public void close() throws IOException {
        try {
            dropKept();
        } finally {
            try {
                writer.rollback();
            } finally {
                directory.close();
            }
        }
    }

    /**
     * Lucene's tiered merges, but only while {@link #settle} asks for them: adding pages never merges (a merge then
     * would run again, or be dropped, when the build finishes), and forced merges are always allowed.
     */
    private static final class FinishingMergePolicy extends FilterMergePolicy {
        private volatile boolean natural;

        FinishingMergePolicy() {
            super(new TieredMergePolicy());
        }

        @Override
        public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
                throws IOException {
            return natural ? super.findMerges(trigger, infos, context) : null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
