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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import jp.tsunagu.site.files.Folders;

/**
 * The Lucene index the index stage wrote in the last build, kept in the build cache's folder ({@link #FOLDER}), so
 * that a build updates it instead of adding every page again: a page whose key ({@link IndexCache}) has a document
 * there keeps it (its number set again if it moved), the documents of keys no page has any more are deleted, and only
 * the pages without one are added. Each document holds its page's key ({@link #KEY}, which decides everything it
 * holds but its number) and its page number as an updatable doc value ({@code page}); the kept index has no index
 * sort, so the scoring takes each document's page from that value.
 * <p>
 * The index is trusted only if its newest commit — Lucene writes the commit point last and atomically — carries this
 * layout's marker ({@link #FORMAT}), the cache's context (the tool and its code, the dictionaries, the glossary and
 * synonyms) and the count and digest of its keys, written with the commit, and if it is one segment without deletions
 * whose checksums ({@link LeafReader#checkIntegrity}) and keys agree with the marker. A build killed while updating it
 * leaves the last commit, which is whole; anything else (corrupt, cut short, foreign, of another tool) is not used and
 * the folder is written again from scratch.
 * <p>
 * Lookups ({@link #find}) are thread-safe; the rest is called by one thread.
 */
final class KeptIndex implements Closeable {
    /** The folder under the build cache's. */
    static final String FOLDER = "index-lucene";
    /** The layout of the kept index; a new number makes every older one foreign. */
    static final String FORMAT = "tsunagu-kept-index/1";
    /** The field of a document's page key. */
    static final String KEY = "key";
    private static final String MARK_FORMAT = "format";
    private static final String MARK_CONTEXT = "context";
    private static final String MARK_PAGES = "pages";
    private static final String MARK_KEYS = "keys";

    private final Directory directory;
    private final IndexWriter writer;
    private final boolean ignored;
    /** The last build's index, as committed: null when none was trusted, or once {@link #deleteUnused} is done. */
    private DirectoryReader kept;
    private TermsEnum keys;
    private PostingsEnum postings;
    private int[] pages;
    private FixedBitSet used;

    private KeptIndex(Directory directory, IndexWriter writer, DirectoryReader kept, boolean ignored) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.ignored = ignored;
        this.kept = kept;
        if (kept != null && !kept.leaves().isEmpty()) {
            LeafReader leaf = kept.leaves().get(0).reader();
            keys = leaf.terms(KEY).iterator();
            pages = new int[leaf.maxDoc()];
            NumericDocValues numbers = leaf.getNumericDocValues(SearchIndexer.PAGE);
            for (int doc = 0; doc < pages.length; doc++) {
                if (numbers == null || !numbers.advanceExact(doc)) {
                    throw new IllegalStateException("kept document " + doc + " has no page number");
                }
                pages[doc] = (int) numbers.longValue();
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
     * @param config  the writer's configuration, without index sort and not committing on close, not null
     * @return the kept index, its writer open, not null
     * @throws IOException if the folder cannot be written (another build holding its lock, among others)
     */
    static KeptIndex open(Path folder, String context, IndexWriterConfig config) throws IOException {
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
                return new KeptIndex(directory, writer, kept, ignored);
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

    /** Whether a commit's marker, segments, checksums and keys are those this layout writes under a context. */
    private static boolean trusted(DirectoryReader reader, Map<String, String> mark, String context) throws IOException {
        if (!FORMAT.equals(mark.get(MARK_FORMAT)) || !context.equals(mark.get(MARK_CONTEXT)) || reader.leaves().size() > 1
                || reader.hasDeletions()) {
            return false;
        }
        for (var leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
        }
        return marker(reader, context).equals(mark);
    }

    /**
     * The marker of an index: this layout, the context, and the count and digest of its keys in key order.
     *
     * @throws IllegalStateException if a key has more than one document or a document none
     */
    private static Map<String, String> marker(DirectoryReader reader, String context) throws IOException {
        MessageDigest digest = sha256();
        int count = 0;
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(KEY);
            TermsEnum term = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef key = term.next(); key != null; key = term.next()) {
                if (term.docFreq() != 1) {
                    throw new IllegalStateException("key " + key.utf8ToString() + " has " + term.docFreq() + " documents");
                }
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
        int doc = postings.nextDoc();
        used.set(doc);
        return pages[doc];
    }

    /**
     * Deletes the kept documents no page found, then lets the last build's index go.
     *
     * @return how many were deleted
     */
    int deleteUnused() throws IOException {
        int deleted = 0;
        if (keys != null) {
            TermsEnum all = kept.leaves().get(0).reader().terms(KEY).iterator();
            PostingsEnum docs = null;
            for (BytesRef key = all.next(); key != null; key = all.next()) {
                docs = all.postings(docs, PostingsEnum.NONE);
                int doc = docs.nextDoc();
                if (doc != DocIdSetIterator.NO_MORE_DOCS && !used.get(doc)) {
                    writer.deleteDocuments(new Term(KEY, BytesRef.deepCopyOf(key)));
                    deleted++;
                }
            }
        }
        dropKept();
        return deleted;
    }

    /**
     * Commits the index, merged into one segment, with its marker written in the commit.
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
