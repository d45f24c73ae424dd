package jp.tsunagu.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.UserWords;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Folders;
import jp.tsunagu.site.files.Pools;

/**
 * The {@code index} stage: builds the static search index of a rendered site with Lucene, and gathers the
 * keywords of the 五十音順 さくいん.
 * <p>
 * Pages are streamed: each page's main text is read from its HTML, its snippet file written, its keywords
 * counted, and it is added to a Lucene index on disk under three analyses ({@link TextAnalyzer},
 * {@link ReadingAnalyzer}, {@link WordAnalyzer}) of its text and of its title; then the text is dropped. The
 * index is sorted by page number and merged into one segment. Each term's live postings are then scored with Lucene's
 * {@link BM25Similarity} (text plus {@value #TITLE_BOOST} × title) with the statistics of the live documents
 * ({@link FieldLengths}), each document's score going to its page's number, and written in key order into shards
 * ({@link SearchFormat}); the three field letters are scored on three threads.
 * <p>
 * With a build cache ({@link IndexCache}), the cache's folder keeps the Lucene index itself ({@link KeptIndex}): a
 * build updates the last build's, so that a page whose document is there is not analysed nor added to Lucene at all
 * (its snippet file and keywords come from its entry, {@link PageKeywords}; its number is set again if it moved), the
 * documents of pages gone or changed are deleted and only the pages without one are analysed and added, their snippet
 * files and keywords stored; the kept index's documents are in no order and in several segments that may hold
 * deleted documents, so the scoring takes each one's page from its number and counts only the live ones. Scoring and
 * the shards are the same work with or without the cache. Nothing but the document holds what Lucene takes of a page:
 * when there is no kept index to trust (the first build with a cache, a kept index corrupt, foreign or written with
 * other dictionaries, or its folder held by another build), every page is analysed, as without a cache, and a page
 * whose document is kept but whose entry is missing or not trusted is analysed again and its document replaced.
 * <p>
 * Kuromoji's dictionaries and the analyzers are built once, when the indexer is created; use one indexer per build.
 * Pages are analysed on several threads: the indexer's own ({@link #index}, which reads each page), or the caller's,
 * which hands in each page's bytes ({@link #start}: the build reads each page once for the index and the furigana
 * copy); the class itself is not thread-safe.
 */
public final class SearchIndexer {
    /** How much more a word in the title counts than one in the text. */
    public static final double TITLE_BOOST = 2.0;
    /** The uncompressed size a shard is filled up to, in bytes. */
    public static final int SHARD_TARGET = 3 * 1024;
    /** The longest text kept per page for snippets, in characters. */
    public static final int SNIPPET_TEXT = 1500;
    /** The most spellings kept for a reading. */
    static final int MAX_SPELLINGS = 3;

    /** The doc-values field of a document's page number. */
    static final String PAGE = "page";
    private static final String[][] FIELDS = {{"r", "yomi", "title.yomi"}, {"t", "text", "title.text"},
        {"w", "word", "title.word"}};
    private static final List<String> FIELD_NAMES = Arrays.stream(FIELDS).flatMap(f -> Stream.of(f[1], f[2])).toList();
    private static final FieldType COUNTED = fieldType(IndexOptions.DOCS_AND_FREQS);
    private static final FieldType POSITIONED = fieldType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GlossaryWord> glossary;
    private final Synonyms synonyms;
    private final Analyzer analyzer;
    private final UserDictionary dictionary;
    private final Similarity similarity = new BM25Similarity();

    /**
     * Creates an indexer, loading Kuromoji with the glossary's words and readings as its user dictionary.
     *
     * @param glossary  the glossary, not null, may be empty
     */
    public SearchIndexer(List<GlossaryWord> glossary) {
        this(glossary, List.of());
    }

    /**
     * Creates an indexer, loading Kuromoji with the glossary's words and the editors' own readings
     * ({@link UserWords}) as its user dictionary.
     *
     * @param glossary  the glossary, not null, may be empty
     * @param userWords  more words and readings, not null, may be empty
     */
    public SearchIndexer(List<GlossaryWord> glossary, List<GlossaryWord> userWords) {
        this(glossary, userWords, Synonyms.NONE);
    }

    /**
     * Creates an indexer with the editors' readings ({@link UserWords}) and the site's {@link Synonyms}, which the
     * index's table of contents carries to the search client.
     *
     * @param glossary  the glossary, not null, may be empty
     * @param userWords  more words and readings, not null, may be empty
     * @param synonyms  the groups of words that mean the same, not null
     */
    public SearchIndexer(List<GlossaryWord> glossary, List<GlossaryWord> userWords, Synonyms synonyms) {
        this.glossary = List.copyOf(glossary);
        this.synonyms = java.util.Objects.requireNonNull(synonyms, "synonyms");
        List<GlossaryWord> all = new ArrayList<>(userWords);
        all.addAll(glossary);
        this.dictionary = UserWords.dictionary(all);
        Analyzer text = new TextAnalyzer();
        Analyzer reading = new ReadingAnalyzer(dictionary);
        Analyzer word = new WordAnalyzer(dictionary);
        Map<String, Analyzer> perField = new HashMap<>();
        perField.put("text", text);
        perField.put("title.text", text);
        perField.put("yomi", reading);
        perField.put("title.yomi", reading);
        perField.put("word", word);
        perField.put("title.word", word);
        this.analyzer = new PerFieldAnalyzerWrapper(text, perField);
    }

    private static FieldType fieldType(IndexOptions options) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }

    /**
     * Indexes the pages of a rendered site and writes the index under {@code search/} in it.
     *
     * @param site  the rendered site's root, not null
     * @param pages  the pages to index, in page-number order, not null
     * @return what was written, not null
     * @throws UncheckedIOException if a page cannot be read or a file written
     * @throws IllegalStateException if a page takes longer than {@link FileBudget#DEFAULT_LIMIT} or runs out of memory
     */
    public SearchIndex index(Path site, List<SearchPage> pages) {
        FileBudget budget = FileBudget.of(FileBudget.DEFAULT_LIMIT);
        return index(site, pages, budget).orElseThrow(() -> new IllegalStateException("Pages over the budget of "
                + budget.limit() + " a page: " + budget.overruns()));
    }

    /**
     * Indexes the pages of a rendered site, each page within a budget, and writes the index under {@code search/}
     * in it. A page that goes over its budget (time, memory, stack) is recorded there, named by its path, and the
     * other pages are still read; the index is then not written (it would lack the page).
     *
     * @param site  the rendered site's root, not null
     * @param pages  the pages to index, in page-number order, not null
     * @param budget  the budget of each page, not null
     * @return what was written, empty if a page went over its budget, not null
     * @throws UncheckedIOException if a page cannot be read or a file written
     */
    public java.util.Optional<SearchIndex> index(Path site, List<SearchPage> pages, FileBudget budget) {
        return index(site, pages, budget, java.util.Optional.empty());
    }

    /**
     * Indexes the pages of a rendered site like {@link #index(Path, List, FileBudget)}, keeping the Lucene index in
     * a build cache and taking from it what each unchanged page gives the index (its document, snippet file and
     * keywords) and storing what the other pages give. The index written is byte for byte the one a build without the cache writes.
     *
     * @param site  the rendered site's root, not null
     * @param pages  the pages to index, in page-number order, not null
     * @param budget  the budget of each page, not null
     * @param cache  the index stage's build cache, empty for none, not null
     * @return what was written, empty if a page went over its budget, not null
     * @throws UncheckedIOException if a page cannot be read or a file written
     */
    public java.util.Optional<SearchIndex> index(Path site, List<SearchPage> pages, FileBudget budget,
            java.util.Optional<IndexCache> cache) {
        try {
            return write(site, pages, budget, cache.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<SearchIndex> write(Path site, List<SearchPage> pages, FileBudget budget, IndexCache cache)
            throws IOException {
        try (Writing writing = start(site, pages, budget, java.util.Optional.ofNullable(cache))) {
            addAll(site, pages, writing, budget);
            return writing.finish();
        }
    }

    /**
     * Starts writing the index of a rendered site whose pages the caller adds one by one ({@link Writing#add}), from
     * as many threads as it likes, each page within its budget, and then finishes ({@link Writing#finish}): the
     * build's one pass over the pages hands each page's bytes, read once, to the index and to the other stages.
     *
     * @param site  the rendered site's root, not null
     * @param pages  the pages to index, in page-number order, not null
     * @param budget  the budget of each page (only its overruns are read here: the caller runs each page in it), not null
     * @param cache  the index stage's build cache, empty for none, not null
     * @return the index being written, to close when done, not null
     * @throws UncheckedIOException if the index's folders cannot be made
     */
    public Writing start(Path site, List<SearchPage> pages, FileBudget budget, java.util.Optional<IndexCache> cache) {
        try {
            return new Writing(site, pages, budget, cache.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index being written: pages are added from any threads, in any order (page-number order keeps the keyword
     * counts cheapest), then merged, scored and written into shards. Each thread adding pages gets its own Kuromoji
     * tokenizer and keyword collector, merged at the end; the index is sorted by page number and the collectors'
     * results do not depend on the order pages were counted in, so the output is the same whatever the threads' timing.
     * Nothing of a page is held once it is added but its Lucene postings and its keyword counts.
     * <p>
     * {@link #add} is thread-safe; {@link #finish} and {@link #close} are called once, by one thread, after the adds.
     */
    public final class Writing implements AutoCloseable {
        private final Path site;
        private final List<SearchPage> pages;
        private final FileBudget budget;
        private final IndexCache cache;
        /** The kept index in the build cache's folder, or null: then the index is written in a work folder. */
        private final KeptIndex kept;
        private final Path work;
        private final Directory directory;
        private final IndexWriter writer;
        private final List<KeywordCollector> collectors = java.util.Collections.synchronizedList(new ArrayList<>());
        private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(this::newThread);
        private final java.util.concurrent.atomic.AtomicLong docBytes = new java.util.concurrent.atomic.AtomicLong();
        private boolean closed;

        private Writing(Path site, List<SearchPage> pages, FileBudget budget, IndexCache cache) throws IOException {
            this.site = site;
            this.pages = List.copyOf(pages);
            this.budget = budget;
            this.cache = cache;
            Files.createDirectories(site.resolve(SearchFormat.FOLDER).resolve("s"));
            Files.createDirectories(site.resolve(SearchFormat.FOLDER).resolve("d"));
            this.kept = cache == null ? null : openKept(cache);
            if (kept != null) {
                this.work = null;
                this.directory = null;
                this.writer = kept.writer();
                return;
            }
            this.work = Files.createTempDirectory("tsunagu-index-");
            Directory d = null;
            try {
                // not mapped, as KeptIndex: mapped files count in the build's resident memory
                d = new NIOFSDirectory(work);
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setSimilarity(similarity)
                        .setIndexSort(new Sort(new SortField(PAGE, SortField.Type.INT)))
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setRAMBufferSizeMB(64);
                this.writer = new IndexWriter(d, config);
                this.directory = d;
            } catch (IOException | RuntimeException e) {
                if (d != null) {
                    d.close();
                }
                Folders.deleteQuietly(work);
                throw e;
            }
        }

        /**
         * The last build's index kept in the cache's folder, to update, or a new one there; null if the folder cannot
         * be written (another build holding it) or read, and then the pages are added to a work folder's index as
         * without it.
         */
        private KeptIndex openKept(IndexCache cache) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setSimilarity(similarity)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            try {
                KeptIndex index = KeptIndex.open(cache.folder().resolve(KeptIndex.FOLDER), cache.keptContext(), config);
                if (index.ignored()) {
                    cache.keptIgnored();
                }
                return index;
            } catch (IOException | RuntimeException e) {
                // the pages are indexed as without a kept index: the output is the same, only slower
                return null;
            }
        }

        /**
         * One adding thread's Kuromoji pass, made when the thread first analyses a page (a build after an edit takes
         * almost every page from the cache), and keyword counts.
         */
        private final class PerThread implements java.util.function.Supplier<ReadingPass> {
            private final KeywordCollector keywords = new KeywordCollector(glossary);
            private ReadingPass pass;

            KeywordCollector keywords() {
                return keywords;
            }

            @Override
            public ReadingPass get() {
                if (pass == null) {
                    pass = new ReadingPass(dictionary);
                }
                return pass;
            }
        }

        private PerThread newThread() {
            PerThread state = new PerThread();
            collectors.add(state.keywords());
            return state;
        }

        /**
         * Adds a page: its snippet file is written, its keywords counted, its document given to Lucene. With a build
         * cache, a page whose document the kept index has and whose entry is trusted is not analysed (its snippet
         * file and keywords come from the entry); any other page is analysed and its entry stored.
         *
         * @param n  the page's number, its place in the pages given
         * @param html  the page's bytes, as rendered, not null
         * @throws UncheckedIOException if a file cannot be written
         */
        public void add(int n, byte[] html) {
            PerThread state = perThread.get();
            try {
                docBytes.addAndGet(addPage(site, n, pages.get(n), html, writer, state.keywords(), state, cache, kept));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Merges the pages added, scores every key and writes the shards, the table of contents and the page list.
         *
         * @return what was written, empty if a page went over its budget (the index would lack it), not null
         * @throws UncheckedIOException if a file cannot be written
         */
        public java.util.Optional<SearchIndex> finish() {
            try {
                return finished();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private java.util.Optional<SearchIndex> finished() throws IOException {
            if (!budget.overruns().isEmpty()) {
                return java.util.Optional.empty();
            }
            KeywordCollector keywords = new KeywordCollector(glossary);
            synchronized (collectors) {
                collectors.forEach(keywords::addAll);
            }
            DirectoryReader reader;
            if (kept != null) {
                kept.deleteUnused();
                reader = kept.settle();
            } else {
                writer.forceMerge(1);
                writer.close();
                reader = DirectoryReader.open(directory);
            }
            ShardWriter shards = new ShardWriter(site, SHARD_TARGET);
            int keys = 0;
            try {
                java.util.Optional<Map<String, CollectionStatistics>> statistics = FieldLengths.statistics(reader, FIELD_NAMES);
                if (statistics.isEmpty()) {
                    // deleted documents without lengths that agree with their segments: merged away instead
                    reader.close();
                    reader = kept.mergedWhole();
                    statistics = FieldLengths.statistics(reader, FIELD_NAMES);
                }
                int[] pageOf = pageNumbers(reader, pages.size());
                if (kept != null) {
                    // every page in it once: kept for the next build, its marker written last
                    kept.commit(reader, cache.keptContext());
                }
                if (reader.numDocs() > 0) {
                    keys = writeAllKeys(reader, statistics.orElseThrow(), pageOf, shards);
                }
            } finally {
                reader.close();
            }
            shards.finish();
            writeToc(site, pages, shards);
            return java.util.Optional.of(new SearchIndex(pages, keys, shards.firstKeys().size(), shards.bytes(), docBytes.get(),
                    keywords.keywords(pages.size())));
        }

        /** Drops the index's work folder (and the writer, if {@link #finish} did not close it). */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (kept != null) {
                try {
                    kept.close();
                } catch (IOException | RuntimeException e) {
                    // what was not committed is dropped; a failure is what the caller reports
                }
                return;
            }
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                // the index is dropped: what failed is what the caller reports
            }
            try {
                directory.close();
            } catch (IOException e) {
                // as above
            }
            Folders.deleteQuietly(work);
        }
    }

    /**
     * Reads and adds every page, on as many threads as there are processors (one per 50 pages at most), each page
     * within its budget: Lucene's writer takes documents from several threads.
     */
    private static void addAll(Path site, List<SearchPage> pages, Writing writing, FileBudget budget) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size() / 50));
        List<Integer> numbers = java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        Pools.each("tsunagu-index", numbers, threads, page -> budget.run(pages.get(page).path(), () -> {
            try {
                writing.add(page, Files.readAllBytes(site.resolve(pages.get(page).path())));
                return page;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * Adds a page. With the last build's index kept ({@link KeptIndex}), a page whose key has a document there keeps
     * it (its number set again if it moved) and takes only its snippet file and keywords from its cache entry. Any
     * other page is analysed and its document added (into the kept index with its key, replacing a kept document
     * that had no trustworthy entry); with a build cache, its snippet file and keywords are stored under its key.
     *
     * @param cache  the index stage's build cache, or null for none
     * @param kept  the kept index the writer writes, or null for none
     */
    private long addPage(Path site, int n, SearchPage page, byte[] html, IndexWriter writer, KeywordCollector keywords,
            java.util.function.Supplier<ReadingPass> pass, IndexCache cache, KeptIndex kept) throws IOException {
        String key = cache == null ? null : cache.keyOf(page, html);
        int keptAs = kept == null ? -1 : kept.find(key);
        if (keptAs >= 0) {
            java.util.Optional<PageKeywords> entry = cache.read(key);
            if (entry.isPresent()) {
                addKeywords(site, n, entry.get(), keywords);
                if (keptAs != n) {
                    writer.updateNumericDocValue(new Term(KeptIndex.KEY, key), PAGE, n);
                }
                return entry.get().doc().length;
            }
            // no entry to go with the document: the page is analysed again, its document replaced
        }
        Adding adding = new Adding(writer, kept == null ? null : key, keptAs >= 0);
        String text = MainText.of(new String(html, StandardCharsets.UTF_8));
        byte[] doc = docBytes(page, text);
        Files.write(site.resolve(SearchFormat.doc(n)), doc);
        int[] glossaryTerms = keywords.glossaryTerms(text);
        keywords.addGlossaryTerms(n, glossaryTerms);
        Map<List<String>, Integer> nouns = cache == null ? null : new LinkedHashMap<>();
        // one Kuromoji pass gives the さくいん's nouns and the reading field's tokens
        TokenStream yomi = pass.get().run(text, (word, reading) -> {
            keywords.noun(n, word, reading);
            if (nouns != null) {
                nouns.merge(Arrays.asList(word, reading), 1, Integer::sum);
            }
        });
        adding.add(document(n, text, page.title(), yomi, adding.counted()));
        if (cache != null) {
            cache.write(key, new PageKeywords(doc, glossaryTerms, nouns.entrySet().stream()
                    .map(e -> new PageKeywords.Noun(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList()));
        }
        return doc.length;
    }

    /** Writes a page's snippet file and counts its keywords, as an entry gives them. */
    private static void addKeywords(Path site, int n, PageKeywords entry, KeywordCollector keywords)
            throws IOException {
        Files.write(site.resolve(SearchFormat.doc(n)), entry.doc());
        keywords.addGlossaryTerms(n, entry.glossary());
        entry.nouns().forEach(noun -> keywords.noun(n, noun.word(), noun.reading(), noun.times()));
    }

    /**
     * How a page's document goes to the writer: as it is, or, into the kept index, with its key, replacing the kept
     * document of that key if there is one.
     *
     * @param key  the page's key, null if the index is not kept
     */
    private record Adding(IndexWriter writer, String key, boolean replace) {
        /** @return whether the document's fields are counted ({@link FieldLengths}): into the kept index */
        boolean counted() {
            return key != null;
        }

        void add(Document doc) throws IOException {
            if (key == null) {
                writer.addDocument(doc);
                return;
            }
            doc.add(new StringField(KeptIndex.KEY, key, Field.Store.NO));
            if (replace) {
                writer.updateDocument(new Term(KeptIndex.KEY, key), doc);
            } else {
                writer.addDocument(doc);
            }
        }
    }

    /**
     * A page's document: its number, its text and title as the indexer's analyzer takes them when the writer does
     * (the analyzer's tokenizers are shared by fields, so a field's stream is made only once the writer is done with
     * the one before), and the reading field's tokens of the page's Kuromoji pass; with {@code counted}, the length of
     * each field too ({@link FieldLengths}).
     */
    private static Document document(int n, String text, String title, TokenStream yomi, boolean counted) {
        FieldLengths lengths = counted ? new FieldLengths() : null;
        java.util.function.UnaryOperator<Field> field = f -> counted ? lengths.count(f) : f;
        Document doc = new Document();
        doc.add(new NumericDocValuesField(PAGE, n));
        doc.add(field.apply(new Field("text", text, COUNTED)));
        doc.add(field.apply(new Field("yomi", yomi, COUNTED)));
        doc.add(field.apply(new Field("word", text, POSITIONED)));
        doc.add(field.apply(new Field("title.text", title, COUNTED)));
        doc.add(field.apply(new Field("title.yomi", title, COUNTED)));
        doc.add(field.apply(new Field("title.word", title, POSITIONED)));
        if (counted) {
            lengths.addTo(doc);
        }
        return doc;
    }

    /**
     * The page number of each live Lucene document of an index (-1 for a deleted one), checking that each page has
     * one: in the work folder's index, sorted by page number, document {@code n} is page {@code n}; in the kept
     * index, documents are in no order and its segments may hold deleted ones.
     *
     * @throws IllegalStateException if a page has no document or more than one, or a document none
     */
    private static int[] pageNumbers(DirectoryReader reader, int count) throws IOException {
        if (reader.numDocs() != count) {
            throw new IllegalStateException(reader.leaves().size() + " segments, " + reader.numDocs() + " documents for "
                    + count + " pages");
        }
        int[] pageOf = new int[reader.maxDoc()];
        boolean[] seen = new boolean[count];
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            NumericDocValues numbers = leaf.getNumericDocValues(PAGE);
            Bits live = leaf.getLiveDocs();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    pageOf[context.docBase + doc] = -1;
                    continue;
                }
                long page = numbers != null && numbers.advanceExact(doc) ? numbers.longValue() : -1;
                if (page < 0 || page >= count || seen[(int) page]) {
                    throw new IllegalStateException("Lucene document " + (context.docBase + doc) + " has page " + page
                            + " of " + count);
                }
                seen[(int) page] = true;
                pageOf[context.docBase + doc] = (int) page;
            }
        }
        return pageOf;
    }

    /** The snippet file of a page: what the search client shows of a hit. */
    private static byte[] docBytes(SearchPage page, String text) throws IOException {
        String body = text.startsWith(page.title() + "\n") ? text.substring(page.title().length() + 1) : text;
        if (body.length() > SNIPPET_TEXT) {
            int cut = Character.isHighSurrogate(body.charAt(SNIPPET_TEXT - 1)) ? SNIPPET_TEXT - 1 : SNIPPET_TEXT;
            body = body.substring(0, cut);
        }
        ObjectNode doc = JSON.createObjectNode();
        doc.put("u", page.path());
        doc.put("t", page.title());
        ArrayNode crumbs = doc.putArray("b");
        page.breadcrumbs().forEach(crumbs::add);
        doc.put("x", body);
        return JSON.writeValueAsBytes(doc);
    }

    private void writeToc(Path site, List<SearchPage> pages, ShardWriter shards) throws IOException {
        ObjectNode toc = JSON.createObjectNode();
        toc.put("format", SearchFormat.FORMAT);
        toc.put("version", shards.version());
        toc.put("pages", pages.size());
        ArrayNode weights = toc.putArray("weights");
        for (int w : SearchFormat.weightTable()) {
            weights.add(w);
        }
        ArrayNode first = toc.putArray("shards");
        shards.firstKeys().forEach(first::add);
        if (!synonyms.groups().isEmpty()) {
            ArrayNode groups = toc.putArray(SearchFormat.SYNONYMS);
            for (List<String> group : synonyms.groups()) {
                ArrayNode words = groups.addArray();
                group.forEach(words::add);
            }
        }
        Files.write(site.resolve(SearchFormat.INDEX), JSON.writeValueAsBytes(toc));
        ArrayNode list = JSON.createArrayNode();
        pages.forEach(p -> list.addArray().add(p.path()).add(p.title()));
        Files.write(site.resolve(SearchFormat.PAGES), JSON.writeValueAsBytes(list));
    }

    /** Where the keys of one field letter go, in key order. */
    @FunctionalInterface
    private interface Keys {
        void add(String key, SearchFormat.Postings postings) throws IOException;
    }

    /**
     * Scores the keys of the three field letters on up to three threads, each letter's entries written in key order
     * to a file of a work folder, then hands the entries to the shards letter after letter: the shards are those
     * written one key after the other, and nothing is held in memory but each thread's one key.
     *
     * @return how many keys were written
     */
    private int writeAllKeys(IndexReader reader, Map<String, CollectionStatistics> statistics, int[] pageOf,
            ShardWriter shards) throws IOException {
        Bits live = MultiBits.getLiveDocs(reader);
        Path folder = Files.createTempDirectory("tsunagu-keys-");
        try {
            int[] counts = new int[FIELDS.length];
            int threads = Math.max(1, Math.min(FIELDS.length, Runtime.getRuntime().availableProcessors()));
            Pools.each("tsunagu-keys", java.util.stream.IntStream.range(0, FIELDS.length).boxed().toList(), threads, i -> {
                String[] f = FIELDS[i];
                try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                        Files.newOutputStream(folder.resolve(f[0])), 1 << 16))) {
                    counts[i] = writeKeys(reader, live, statistics, f[0], f[1], f[2], pageOf, (key, postings) -> {
                        byte[] entry = SearchFormat.entry(key, postings);
                        out.writeInt(entry.length);
                        out.write(entry);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            int keys = 0;
            for (int i = 0; i < FIELDS.length; i++) {
                try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                        Files.newInputStream(folder.resolve(FIELDS[i][0])), 1 << 16))) {
                    for (int k = 0; k < counts[i]; k++) {
                        byte[] entry = new byte[in.readInt()];
                        in.readFully(entry);
                        shards.add(entry);
                    }
                    if (in.read() >= 0) {
                        throw new IllegalStateException("more entries than keys for " + FIELDS[i][0]);
                    }
                }
                keys += counts[i];
            }
            return keys;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    /**
     * Writes the keys of one field letter, merging the text field and the title field: each term's live postings,
     * scored with the statistics of the live documents, so that the keys do not depend on how the index's documents
     * lie in segments nor on deleted ones.
     */
    private int writeKeys(IndexReader reader, Bits live, Map<String, CollectionStatistics> statistics, String letter,
            String textField, String titleField, int[] pageOf, Keys shards) throws IOException {
        Scores scores = new Scores(pageOf, reader.numDocs());
        FieldScorer text = FieldScorer.of(reader, live, similarity, textField, statistics.get(textField));
        FieldScorer title = FieldScorer.of(reader, live, similarity, titleField, statistics.get(titleField));
        TermsEnum a = text == null ? null : text.terms.iterator();
        TermsEnum b = title == null ? null : title.terms.iterator();
        BytesRef termA = a == null ? null : a.next();
        BytesRef termB = b == null ? null : b.next();
        boolean spellings = letter.equals("w");
        int keys = 0;
        while (termA != null || termB != null) {
            int c = termA == null ? 1 : termB == null ? -1 : termA.compareTo(termB);
            String term = (c <= 0 ? termA : termB).utf8ToString();
            Map<String, Integer> seen = spellings ? new HashMap<>() : null;
            boolean found = false;
            if (c <= 0) {
                found |= text.score(a, 1.0, scores, seen);
                termA = a.next();
            }
            if (c >= 0) {
                found |= title.score(b, TITLE_BOOST, scores, seen);
                termB = b.next();
            }
            if (found) {
                // a term only deleted documents hold is not in a clean build's index
                shards.add(letter + term, scores.drain(spellings ? top(seen, term) : List.of()));
                keys++;
            }
        }
        return keys;
    }

    private static List<String> top(Map<String, Integer> seen, String term) {
        return seen.entrySet().stream()
                .filter(e -> !e.getKey().equals(term))
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(MAX_SPELLINGS).map(Map.Entry::getKey).toList();
    }

    /**
     * One field's terms, statistics and norms, for BM25. The scorer of a term depends on its document frequency only
     * (BM25 reads no other statistic of a term), so one is made per document frequency, not per term.
     */
    private static final class FieldScorer {
        private final Terms terms;
        private final Bits live;
        private final Similarity similarity;
        private final CollectionStatistics collection;
        private final byte[] norms;
        private final Map<Integer, Similarity.SimScorer> scorers = new HashMap<>();
        private PostingsEnum postings;
        private int[] docs = new int[64];
        private int[] freqs = new int[64];

        private FieldScorer(Terms terms, Bits live, Similarity similarity, CollectionStatistics collection, byte[] norms) {
            this.terms = terms;
            this.live = live;
            this.similarity = similarity;
            this.collection = collection;
            this.norms = norms;
        }

        static FieldScorer of(IndexReader reader, Bits live, Similarity similarity, String field,
                CollectionStatistics collection) throws IOException {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null || collection == null) {
                return null;
            }
            byte[] norms = new byte[reader.maxDoc()];
            for (LeafReaderContext context : reader.leaves()) {
                NumericDocValues values = context.reader().getNormValues(field);
                for (int doc = 0; values != null && doc < context.reader().maxDoc(); doc++) {
                    norms[context.docBase + doc] = values.advanceExact(doc) ? (byte) values.longValue() : 0;
                }
            }
            return new FieldScorer(terms, live, similarity, collection, norms);
        }

        /**
         * Adds the scores of a term's live postings and, for a whole word, counts its spellings.
         *
         * @return whether a live document has the term
         */
        boolean score(TermsEnum term, double boost, Scores scores, Map<String, Integer> spellings) throws IOException {
            postings = term.postings(postings, spellings != null ? PostingsEnum.PAYLOADS : PostingsEnum.FREQS);
            int count = 0;
            long totalTermFreq = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int freq = postings.freq();
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, count * 2);
                    freqs = Arrays.copyOf(freqs, count * 2);
                }
                docs[count] = doc;
                freqs[count] = freq;
                count++;
                totalTermFreq += freq;
                if (spellings != null) {
                    for (int i = 0; i < freq; i++) {
                        postings.nextPosition();
                        BytesRef payload = postings.getPayload();
                        if (payload != null) {
                            spellings.merge(Fold.fold(payload.utf8ToString()), 1, Integer::sum);
                        }
                    }
                }
            }
            if (count == 0) {
                return false;
            }
            Similarity.SimScorer scorer = scorers.get(count);
            if (scorer == null) {
                scorer = similarity.scorer(1f, collection, new TermStatistics(term.term(), count, totalTermFreq));
                scorers.put(count, scorer);
            }
            for (int i = 0; i < count; i++) {
                scores.add(docs[i], boost * scorer.score(freqs[i], norms[docs[i]]));
            }
            return true;
        }
    }

    /**
     * Adds scores per page for one key, each Lucene document's to its page, then hands them out in page order: the
     * pages touched, sorted, or, when they are many, read off a bit set of the pages in order (the kept index's
     * documents are in no order, and a key's text and title postings come one after the other).
     */
    private static final class Scores {
        private final int[] pageOf;
        private final double[] score;
        private final int[] touched;
        private final long[] bits;
        private int count;

        Scores(int[] pageOf, int pages) {
            this.pageOf = pageOf;
            score = new double[pages];
            touched = new int[pages];
            bits = new long[(pages + 63) / 64];
        }

        void add(int doc, double s) {
            int page = pageOf[doc];
            if (score[page] == 0) {
                touched[count++] = page;
                bits[page >>> 6] |= 1L << page;
            }
            score[page] += s;
        }

        SearchFormat.Postings drain(List<String> spellings) {
            int[] pages;
            if ((long) count * (32 - Integer.numberOfLeadingZeros(count)) > bits.length) {
                // sorting would cost more than reading every word of the bit set
                pages = new int[count];
                int at = 0;
                for (int w = 0; w < bits.length; w++) {
                    for (long word = bits[w]; word != 0; word &= word - 1) {
                        pages[at++] = w * 64 + Long.numberOfTrailingZeros(word);
                    }
                    bits[w] = 0;
                }
            } else {
                pages = Arrays.copyOf(touched, count);
                Arrays.sort(pages);
                for (int page : pages) {
                    bits[page >>> 6] = 0;
                }
            }
            int[] weights = new int[count];
            for (int i = 0; i < count; i++) {
                weights[i] = SearchFormat.weightClass(score[pages[i]]);
                score[pages[i]] = 0;
            }
            count = 0;
            return new SearchFormat.Postings(pages, weights, spellings);
        }
    }

    /** @return the keywords of pages, as map for tests */
    static Map<String, Keyword> byWord(List<Keyword> keywords) {
        Map<String, Keyword> map = new LinkedHashMap<>();
        keywords.forEach(k -> map.put(k.word(), k));
        return map;
    }
}
