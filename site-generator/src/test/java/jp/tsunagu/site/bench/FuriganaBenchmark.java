package jp.tsunagu.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.enrich.FuriganaVariants;
import jp.tsunagu.site.files.Folders;

/**
 * How long the furigana of the enrich stage takes: on the city's site (the stage's own timing in a real build) and on
 * {@link MunicipalCorpus} sites of 1,000 and 2,000 pages, with one thread and with all processors. The time should
 * grow no faster than the number of pages: the run fails if 2,000 pages take three times as long as 1,000 or more.
 * Figures are written to {@code <work folder>/furigana.md}.
 * <p>
 * A timing, so not a test: it runs with {@code -Pbench} ({@code mvn -B -Pbench -pl site-generator -am verify
 * -DskipTests}), or {@code java -cp … jp.tsunagu.site.bench.FuriganaBenchmark <work folder> <city src>}.
 */
public final class FuriganaBenchmark {
    private FuriganaBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the work folder and the city's source folder ({@code content/src})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]).toAbsolutePath().resolve("furigana");
        Folders.delete(work);
        BuildResult city = SiteGenerator.build(BuildRequest.of(Path.of(args[1]).toAbsolutePath(), work.resolve("city")));
        long cityPages;
        try (var s = Files.walk(city.outputDirectory())) {
            cityPages = s.filter(p -> p.toString().endsWith(".furigana.html")).count();
        }
        StringBuilder report = new StringBuilder("# Furigana (enrich stage)\n\n")
                .append(String.format(Locale.ROOT, "City site: %d variants, enrich stage %d ms (whole build %d ms)%n%n",
                        cityPages, city.stageTimes().get(Stage.ENRICH).toMillis(),
                        city.stageTimes().values().stream().mapToLong(Duration::toMillis).sum()))
                .append("| pages | threads | ms | ms per page |\n|---:|---:|---:|---:|\n");
        int processors = Runtime.getRuntime().availableProcessors();
        // Warm up Kuromoji's dictionaries and the JIT on a small site first.
        run(work.resolve("warm"), 200, processors);
        long[] perSize = new long[2];
        int[] sizes = {1000, 2000};
        for (int i = 0; i < sizes.length; i++) {
            for (int threads : List.of(1, processors)) {
                long ms = run(work.resolve(sizes[i] + "-" + threads), sizes[i], threads);
                report.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f |%n", sizes[i], threads, ms, (double) ms / sizes[i]));
                if (threads == processors) {
                    perSize[i] = ms;
                }
            }
        }
        Files.writeString(work.getParent().resolve("furigana.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        if (perSize[1] >= perSize[0] * 3) {
            throw new IllegalStateException("Furigana time grows faster than the site: 2,000 pages took " + perSize[1]
                    + " ms, 1,000 pages " + perSize[0] + " ms (linear: about twice)");
        }
    }

    private static long run(Path site, int pages, int threads) throws IOException {
        MunicipalCorpus.write(site, pages);
        long start = System.nanoTime();
        int written = new FuriganaVariants(null, "https://example.jp/", threads).writeAll(site);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (written != pages) {
            throw new IllegalStateException("Furigana variants written: " + written + ", expected " + pages);
        }
        return ms;
    }
}
