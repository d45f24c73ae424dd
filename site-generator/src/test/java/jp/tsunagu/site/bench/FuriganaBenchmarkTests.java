package jp.tsunagu.site.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.enrich.FuriganaVariants;

/**
 * How long the furigana of the enrich stage takes: on the city's site (the stage's own timing in a real build) and on
 * {@link MunicipalCorpus} sites of 1,000 and 2,000 pages, with one thread and with all processors. The time must grow
 * no faster than the number of pages. Figures are written to {@code target/bench/furigana.md}.
 */
class FuriganaBenchmarkTests {

    @Test
    void furiganaTimeGrowsLinearlyWithTheSite(@TempDir Path tmp) throws IOException {
        BuildResult city = SiteGenerator.build(BuiltSites.request(BuiltSites.CITY).withOutputDirectory(tmp.resolve("city")));
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
        run(tmp.resolve("warm"), 200, processors);
        long[] perSize = new long[2];
        int[] sizes = {1000, 2000};
        for (int i = 0; i < sizes.length; i++) {
            for (int threads : List.of(1, processors)) {
                long ms = run(tmp.resolve(sizes[i] + "-" + threads), sizes[i], threads);
                report.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f |%n", sizes[i], threads, ms, (double) ms / sizes[i]));
                if (threads == processors) {
                    perSize[i] = ms;
                }
            }
        }
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("furigana.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);

        assertThat(cityPages).isGreaterThan(30);
        assertThat(perSize[1]).as("2,000 pages against 1,000 (linear: about twice)").isLessThan(perSize[0] * 3);
    }

    private static long run(Path site, int pages, int threads) throws IOException {
        MunicipalCorpus.write(site, pages);
        long start = System.nanoTime();
        int written = new FuriganaVariants(null, "https://example.jp/", threads).writeAll(site);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(written).isEqualTo(pages);
        return ms;
    }
}
