package jp.tsunagu.site.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;

/**
 * One full build in its own JVM, for {@link BuildBenchmark}: {@code SiteGenerator.build} of a source folder into
 * an output folder, as {@code tsunagu:build} runs it. Prints one {@code stage <name> <millis>} line per stage and
 * {@code build <millis> <files>} for the whole call and {@code jit <millis>} for the JIT compilation of the process,
 * so the parent can read the figures from standard output.
 */
public final class BuildOnce {
    private BuildOnce() {
    }

    /**
     * Runs the build.
     *
     * @param args  the source folder (holding {@code plan/}) and the output folder; optionally the build cache's
     *              folder ({@link BuildRequest#withCacheDirectory}), as {@code tsunagu:build} uses it by default
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        BuildRequest request = BuildRequest.of(Path.of(args[0]), Path.of(args[1]));
        BuildResult result = SiteGenerator.build(args.length > 2 ? request.withCacheDirectory(Path.of(args[2])) : request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Map.Entry<Stage, Duration> e : result.stageTimes().entrySet()) {
            System.out.println("stage " + e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue().toMillis());
        }
        System.out.println("build " + millis + " " + result.files());
        // the JIT compiler threads' time in this process as the JVM counts it (about their CPU time on an idle machine)
        System.out.println("jit " + java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        result.notes().forEach(n -> System.out.println("note " + n));
    }
}
