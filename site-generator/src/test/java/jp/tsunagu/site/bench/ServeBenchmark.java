package jp.tsunagu.site.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.serve.DevServer;
import jp.tsunagu.site.serve.ServeListener;
import jp.tsunagu.site.serve.ServeRequest;

/**
 * The {@code tsunagu:serve} rebuild after a one-file edit, without a browser: a {@link DevServer} on a
 * {@link PlanCorpus} of N initiatives; one initiative's title is edited and saved, and the time from the save to
 * the new build version (the moment open pages are told to reload: watcher, debounce and rebuild included) is
 * measured, several times after a first warm-up edit. {@code LiveReloadBrowserTests} measures the same in
 * Chromium, page reload included.
 * <p>
 * Run: {@code java -cp … jp.tsunagu.site.bench.ServeBenchmark <work folder> <sample city src> [N] [edits]}.
 */
public final class ServeBenchmark {
    private ServeBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the work folder, the sample city's source folder, N (default 1000), edits (default 5)
     * @throws Exception if the server fails
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path source = PlanCorpus.write(Path.of(args[1]), work.resolve("serve-" + n + "/src"), n);
        Path file = source.resolve("plan/initiatives/bench-00002.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        List<String> results = new ArrayList<>();
        ServeListener listener = new ServeListener() {
            @Override
            public void built(BuildResult result, java.time.Duration took, boolean first) {
                results.add(took.toMillis() + " ms, " + result.files() + " files " + result.stageTimes());
            }
        };
        long start = System.nanoTime();
        try (DevServer server = DevServer.start(ServeRequest.of(BuildRequest.of(source, work.resolve("serve-" + n + "/site")))
                .withPort(0), listener)) {
            System.out.printf(Locale.ROOT, "first build %d ms%n", (System.nanoTime() - start) / 1_000_000);
            List<Long> times = new ArrayList<>();
            for (int e = 0; e <= edits; e++) {
                long version = server.version();
                long saved = System.nanoTime();
                Files.writeString(file, original.replaceFirst("title: (.*)", "title: $1（編集" + e + "）"), StandardCharsets.UTF_8);
                while (server.version() == version) {
                    Thread.sleep(5);
                }
                long ms = (System.nanoTime() - saved) / 1_000_000;
                System.out.printf(Locale.ROOT, "edit %d: save → reload signal %d ms (%s)%n", e, ms, results.get(results.size() - 1));
                if (e > 0) {
                    times.add(ms);
                }
                Thread.sleep(300);
            }
            times.sort(null);
            System.out.printf(Locale.ROOT, "serve rebuild at %,d pages: median %d ms, max %d ms over %d edits (after one warm-up)%n",
                    n, times.get(times.size() / 2), times.get(times.size() - 1), times.size());
        }
    }
}
