package jp.tsunagu.site.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jp.tsunagu.site.assemble.SitePaths;

/**
 * What a tool wrote, for {@link BuildBenchmark}: files, bytes, the largest HTML page and the largest furigana copy
 * (raw and gzip, as a resident's browser receives them from a server that compresses), and how many HTML files are
 * over the page budget of issue 17 ({@value #PAGE_BUDGET} bytes gzip; furigana copies {@value #FURIGANA_BUDGET}).
 *
 * @param files  the files under the folder
 * @param bytes  their bytes
 * @param largest  the largest HTML page that is not a furigana copy, by gzip size
 * @param largestFurigana  the largest furigana copy, by gzip size, or {@link Page#NONE}
 * @param overBudget  the HTML files over their budget
 */
record Output(long files, long bytes, Page largest, Page largestFurigana, long overBudget) {
    /** The most a page may weigh, gzip. */
    static final long PAGE_BUDGET = 30 * 1024;
    /** The most a furigana copy may weigh, gzip. */
    static final long FURIGANA_BUDGET = 60 * 1024;

    /**
     * One HTML file's size.
     *
     * @param path  its path in the output folder
     * @param raw  its bytes
     * @param gzip  its bytes gzip-compressed (default level)
     */
    record Page(String path, long raw, long gzip) {
        static final Page NONE = new Page("", 0, 0);

        String cell() {
            return this == NONE ? "–" : String.format(Locale.ROOT, "%.1f (%.1f) `%s`", raw / 1024.0, gzip / 1024.0, path);
        }
    }

    /**
     * Measures an output folder.
     *
     * @param folder  the folder, not null; a missing folder measures as empty
     * @return the figures, not null
     */
    static Output of(Path folder) {
        long files = 0;
        long bytes = 0;
        long over = 0;
        Page largest = Page.NONE;
        Page furigana = Page.NONE;
        if (!Files.isDirectory(folder)) {
            return new Output(0, 0, largest, furigana, 0);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files++;
                bytes += Files.size(file);
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith(".html")) {
                    continue;
                }
                Page page = new Page(name, Files.size(file), gzipSize(file));
                boolean isFurigana = SitePaths.isFurigana(name);
                if (page.gzip() > (isFurigana ? FURIGANA_BUDGET : PAGE_BUDGET)) {
                    over++;
                }
                if (isFurigana && page.gzip() > furigana.gzip()) {
                    furigana = page;
                } else if (!isFurigana && page.gzip() > largest.gzip()) {
                    largest = page;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(files, bytes, largest, furigana, over);
    }

    /** @return the table cells: output MB, files, largest page, largest furigana copy, pages over budget */
    String cells() {
        return String.format(Locale.ROOT, "%.1f | %,d | %s | %s | %,d", bytes / 1_000_000.0, files, largest.cell(),
                largestFurigana.cell(), overBudget);
    }

    private static long gzipSize(Path file) throws IOException {
        Counter counter = new Counter();
        try (OutputStream gzip = new GZIPOutputStream(counter)) {
            Files.copy(file, gzip);
        }
        return counter.count;
    }

    /** Counts what is written to it and keeps nothing. */
    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
