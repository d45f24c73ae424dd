package jp.tsunagu.site.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.files.Folders;

/**
 * Builds of one corpus repeated in one JVM, for {@link BuildBenchmark}: what a build costs once the JVM has loaded its
 * classes and compiled its hot code, which {@link BuildOnce} — a fresh JVM, as {@code mvn package} runs the build —
 * pays for every time. Each round copies the corpus, builds it clean into an empty site and an empty build cache,
 * edits one file ({@link PlanCorpus#editOne}) and builds again with that cache. It prints the last round's figures:
 * {@code clean <wall ms> <cpu ms>} and {@code edit <wall ms> <cpu ms>} (the process's CPU time during the build
 * call), and {@code jit <ms>}, the JIT compilation time of the whole process.
 * <p>
 * This is a figure for a design, not for the tool as it is used: a build that kept one JVM between builds (a
 * daemon, as Gradle's) would pay the start and the compilation once.
 */
public final class WarmBuilds {
    private WarmBuilds() {
    }

    /**
     * Runs the rounds.
     *
     * @param args  the corpus (holding {@code plan/}), a work folder (emptied), the number of rounds (at least 1)
     * @throws IOException if the corpus cannot be copied
     */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long[] last = new long[4];
        for (int round = 0; round < rounds; round++) {
            Folders.delete(work);
            Path source = work.resolve("src");
            copy(corpus, source);
            Path site = work.resolve("site");
            Path cache = work.resolve("cache");
            long[] clean = build(source, site, cache);
            PlanCorpus.editOne(source);
            long[] edit = build(source, site, cache);
            last = new long[] {clean[0], clean[1], edit[0], edit[1]};
        }
        Folders.delete(work);
        System.out.println("clean " + last[0] + " " + last[1]);
        System.out.println("edit " + last[2] + " " + last[3]);
        System.out.println("jit " + ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    /** @return the build call's wall and the process's CPU milliseconds */
    private static long[] build(Path source, Path site, Path cache) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        BuildResult result = SiteGenerator.build(BuildRequest.of(source, site).withCacheDirectory(cache));
        if (result.files() == 0) {
            throw new IllegalStateException("the build wrote no files");
        }
        return new long[] {(System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpu) / 1_000_000};
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target);
            }
        }
    }
}
