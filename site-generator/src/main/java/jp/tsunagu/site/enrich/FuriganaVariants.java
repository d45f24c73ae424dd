package jp.tsunagu.site.enrich;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Pools;

/**
 * The {@code enrich} stage's furigana: writes beside every HTML page of a rendered site its furigana variant,
 * {@code x.html} → {@code x.furigana.html} ({@link SitePaths#furigana}; see {@link FuriganaPage}). The variant sits in the same folder, so its
 * relative links to styles, scripts and images need no change, and Japanese file names keep working
 * ({@code お知らせ.html} → {@code お知らせ.furigana.html}).
 * <p>
 * Pages are done in parallel on a fixed pool of threads, each with its own Kuromoji tokenizer; the dictionaries
 * are loaded once. Each page is parsed, changed and written on its own, so the time grows with the number of pages
 * and the output does not depend on the order the threads run in.
 * <p>
 * The plain page stays the one published and listed: the variant keeps the plain page's {@code rel=canonical}
 * (it is the same text with readings), is left out of the sitemap and the search index, and has no
 * {@code robots noindex}: a canonical link and a noindex on the same page send search engines conflicting signals
 * (if the variant were picked as canonical, the page would vanish from results), and the canonical alone already
 * points them to the plain page.
 * <p>
 * From the variant it also writes the speech text of the page's sentences, {@code x.speech.json}
 * ({@link SitePaths#speech}, {@link SpeechPage}), which read-aloud fetches when it starts, on the plain page and on
 * the variant alike: the furigana's readings, with no second reading by Kuromoji.
 * <p>
 * Create one instance per build. This class is thread-safe.
 */
public final class FuriganaVariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BiConsumer<Path, Document> NO_ONE = (page, doc) -> { };
    private final UserDictionary dictionary;
    private final SpeechPage speech;
    private final String baseUrl;
    private final int threads;
    /** The rubies already found, shared by this instance's threads (one dictionary). */
    private final RubyMemo memo = new RubyMemo();
    /** Each thread's reading finder (one Kuromoji tokenizer a thread). */
    private final ThreadLocal<FuriganaPage> perThread;

    /**
     * Creates the stage.
     *
     * @param dictionary  the readings that win over Kuromoji's ({@link FuriganaWords}), may be null
     * @param baseUrl  the site's address ending in {@code /}, not null
     */
    public FuriganaVariants(UserDictionary dictionary, String baseUrl) {
        this(dictionary, baseUrl, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates the stage with the words read aloud otherwise than their furigana.
     *
     * @param dictionary  the readings that win over Kuromoji's ({@link FuriganaWords}), may be null
     * @param speech  the words of the speech text ({@link SpeechWords}), not null
     * @param baseUrl  the site's address ending in {@code /}, not null
     */
    public FuriganaVariants(UserDictionary dictionary, SpeechWords speech, String baseUrl) {
        this(dictionary, speech, baseUrl, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates the stage with a given number of threads.
     *
     * @param dictionary  the readings that win over Kuromoji's, may be null
     * @param baseUrl  the site's address ending in {@code /}, not null
     * @param threads  how many pages to do at once, at least 1
     */
    public FuriganaVariants(UserDictionary dictionary, String baseUrl, int threads) {
        this(dictionary, SpeechWords.NONE, baseUrl, threads);
    }

    /**
     * Creates the stage with the words of the speech text and a given number of threads.
     *
     * @param dictionary  the readings that win over Kuromoji's, may be null
     * @param speech  the words of the speech text ({@link SpeechWords}), not null
     * @param baseUrl  the site's address ending in {@code /}, not null
     * @param threads  how many pages to do at once, at least 1
     */
    public FuriganaVariants(UserDictionary dictionary, SpeechWords speech, String baseUrl, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be a positive number: " + threads);
        }
        this.dictionary = dictionary;
        this.speech = new SpeechPage(java.util.Objects.requireNonNull(speech, "speech"));
        this.baseUrl = java.util.Objects.requireNonNull(baseUrl, "baseUrl");
        this.threads = threads;
        this.perThread = ThreadLocal.withInitial(() -> new FuriganaPage(new Furigana(dictionary, memo), baseUrl));
    }

    /**
     * Writes the variants of every HTML page under a folder that has none yet.
     *
     * @param site  the rendered site's root, not null
     * @return how many variants were written
     * @throws UncheckedIOException if a page cannot be read or written
     */
    public int writeAll(Path site) {
        return writeAll(site, FileBudget.of(FileBudget.DEFAULT_LIMIT));
    }

    /**
     * Writes the variants of every HTML page under a folder that has none yet, each page within a budget: a page
     * that goes over it (time, memory, stack) gets no variant and is recorded in the budget, named by its path in
     * the site; the other pages are still done.
     *
     * @param site  the rendered site's root, not null
     * @param budget  the budget of each page, not null
     * @return how many pages were read
     * @throws UncheckedIOException if a page cannot be read or written
     */
    public int writeAll(Path site, FileBudget budget) {
        return writeAll(site, budget, NO_ONE);
    }

    /**
     * Writes the variants as {@link #writeAll(Path, FileBudget)} does, and hands each page's parse, before the
     * furigana change it, to another reader: the page is parsed once for both (the build's link check reads the
     * links from it). The reader is called on the stage's threads, once for every page read (pages not in Japanese
     * too), within the page's budget; it must keep only what it needs, not the document.
     *
     * @param site  the rendered site's root, not null
     * @param budget  the budget of each page, not null
     * @param alsoRead  called with each page's file and its parse, not null; thread-safe
     * @return how many pages were read
     * @throws UncheckedIOException if a page cannot be read or written
     */
    public int writeAll(Path site, FileBudget budget, BiConsumer<Path, Document> alsoRead) {
        java.util.Objects.requireNonNull(alsoRead, "alsoRead");
        return write(pages(site), p -> site.relativize(p).toString().replace('\\', '/'), p -> true, budget, alsoRead);
    }

    /**
     * Returns the pages of a rendered site that this stage reads: every HTML file but the furigana copies.
     *
     * @param site  the rendered site's root, not null
     * @return the pages, in path order, not null
     * @throws UncheckedIOException if the folder cannot be read
     */
    public static List<Path> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".html") && !SitePaths.isFurigana(name);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the variants of the given pages.
     *
     * @param pages  HTML files, not null
     * @return how many pages were read (pages not in Japanese get no variant)
     * @throws UncheckedIOException if a page cannot be read or written
     */
    public int write(List<Path> pages) {
        return write(pages, Path::toString, p -> true, FileBudget.of(FileBudget.DEFAULT_LIMIT), NO_ONE);
    }

    /**
     * Reads every page of a rendered site as {@link #writeAll(Path, FileBudget, BiConsumer)} does, handing each parse
     * to {@code alsoRead}, but writes the variants of only the pages {@code make} accepts (the build cache gives the
     * others).
     *
     * @param site  the rendered site's root, not null
     * @param pages  HTML files under it ({@link #pages}), not null
     * @param make  which pages get their variants written, not null
     * @param budget  the budget of each page, not null
     * @param alsoRead  given each page's parse before its ruby, not null
     * @return how many pages were read
     * @throws UncheckedIOException if a page cannot be read or written
     */
    public int write(Path site, List<Path> pages, java.util.function.Predicate<Path> make, FileBudget budget,
            BiConsumer<Path, Document> alsoRead) {
        return write(pages, p -> site.relativize(p).toString().replace('\\', '/'), make, budget, alsoRead);
    }

    private int write(List<Path> pages, java.util.function.Function<Path, String> names,
            java.util.function.Predicate<Path> make, FileBudget budget, BiConsumer<Path, Document> alsoRead) {
        if (pages.isEmpty()) {
            return 0;
        }
        int n = Math.min(threads, pages.size());
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tsunagu-furigana");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path page : pages) {
                done.add(pool.submit(() -> budget.run(names.apply(page), () -> {
                    writeVariant(page, make.test(page), alsoRead);
                    return page;
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("furigana interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            Pools.stop(pool);
        }
        return pages.size();
    }

    private void writeVariant(Path page, boolean make, BiConsumer<Path, Document> alsoRead) {
        try {
            Document doc = parse(page, Files.readAllBytes(page));
            alsoRead.accept(page, doc);
            if (make) {
                write(page, doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a page for the build's one pass over the pages, from the bytes the pass read, as
     * {@code Jsoup.parse(File, "UTF-8")} parses its file. Hand the parse to the other readers (the link check) before
     * {@link #write} changes it.
     *
     * @param page  the page's file, its base address, not null
     * @param html  the page's bytes, not null
     * @return the page's parse, not null
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public static Document parse(Path page, byte[] html) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), "UTF-8", page.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a page's furigana variant and its speech text beside it, from its parse ({@link #parse}), which this
     * changes; a page not in Japanese gets neither. Call it within the page's budget; the work of one page is on the
     * calling thread, which gets its own Kuromoji tokenizer.
     *
     * @param page  the page's file, not null
     * @param doc  the page's parse, changed into the variant, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Path page, Document doc) {
        if (!FuriganaPage.inJapanese(doc)) {
            return; // an English page: nothing to read in kana, and it offers no furigana link
        }
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        perThread.get().enrich(doc);
        try {
            // made whole in memory and encoded at once: jsoup writes a page in many small pieces, which a Writer
            // (locked and checked on every call) makes costly
            Files.writeString(page.resolveSibling(SitePaths.furigana(page.getFileName().toString())),
                    doc.html(new StringBuilder(64 * 1024)), StandardCharsets.UTF_8);
            Map<String, String> sentences = speech.sentences(doc);
            if (!sentences.isEmpty()) {
                Files.writeString(page.resolveSibling(SitePaths.speech(page.getFileName().toString())),
                        JSON.writeValueAsString(sentences), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
