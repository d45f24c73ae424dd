package jp.tsunagu.site.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.index.SearchIndex;
import jp.tsunagu.site.index.SearchIndexer;
import jp.tsunagu.site.index.SearchPage;
import jp.tsunagu.site.render.Theme;
import jp.tsunagu.site.files.Folders;

/**
 * The search benchmark (not a test): for each corpus size, generates {@link MunicipalCorpus} pages, indexes them
 * with the index stage ({@link SearchIndexer}) and, where {@code npm install pagefind} works, with Pagefind, then
 * runs the same queries in Chromium through each engine's own JavaScript and reports index size, the bytes the
 * first and later queries download (each file counted as it would travel gzip-compressed, or as is where that is
 * smaller, as for Pagefind's already-compressed files; script and WebAssembly code apart) and query time.
 * <p>
 * Run: {@code mvn -B -Pbench -pl site-generator -am verify -DskipTests} (sizes: {@code -Dbench.sizes=1000,10000}).
 * The report is written to {@code site-generator/target/bench/report.md}.
 */
public final class SearchBenchmark {
    /** The queries, in the order a resident might type them: the first runs with an empty cache. */
    static final List<String> QUERIES = List.of("除雪", "じょせつ", "マイナンバーカード", "ICT", "ｵﾝﾗｲﾝ申請", "kosodate",
            "高齢者福祉 相談", "市");

    private SearchBenchmark() {
    }

    /** One engine's figures on one corpus. */
    record Figures(String engine, long indexMillis, long indexBytes, int indexFiles, long codeBytes,
            List<Long> queryBytes, List<Double> queryMillis, List<Integer> hits) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the output folder (default {@code target/bench}) and the sizes (default 1000,10000)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        String sizes = args.length > 1 ? args[1] : System.getProperty("bench.sizes", "1000,10000");
        Files.createDirectories(out);
        Path pagefind = installPagefind(out);
        StringBuilder report = new StringBuilder("# Search benchmark\n\n");
        report.append("Queries, in order (the first with an empty cache): ").append(String.join("、", QUERIES)).append("\n\n");
        try (Browser browser = Browser.start()) {
            for (String size : sizes.split(",")) {
                int n = Integer.parseInt(size.strip());
                Path site = out.resolve("corpus-" + n);
                Folders.delete(site);
                List<SearchPage> pages = MunicipalCorpus.write(site, n);
                long textBytes = folderBytes(site, false);
                List<Figures> figures = new ArrayList<>();
                figures.add(tsunagu(browser, site, pages));
                if (pagefind != null) {
                    figures.add(pagefind(browser, site, pagefind));
                }
                report.append(table(n, textBytes, figures));
            }
        }
        if (pagefind == null) {
            report.append("Pagefind could not be installed from npm here; only Tsunagu's figures are shown.\n");
        }
        Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static Figures tsunagu(Browser browser, Path site, List<SearchPage> pages) throws IOException {
        long start = System.nanoTime();
        SearchIndex index = new SearchIndexer(List.of()).index(site, pages);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path assets = site.resolve("assets");
        Theme.writeAssets(assets, site.resolve("no-project-assets")); // search.js as published, with its romaji table
        Files.writeString(site.resolve("bench-tsunagu.html"), """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>bench</title>
                <script src="assets/search.js" defer></script></head><body>
                <form id="search-form"><input id="search-q"></form><div id="search-nojs"></div>
                <p id="search-status"></p><ol id="search-results"></ol><button id="search-more"></button>
                <script>
                window.benchQuery = async (q) => {
                  const r = await window.tsunaguSearch.search(q);
                  await Promise.all(r.hits.slice(0, 10).map(h => fetch('search/d/' + h.page + '.json?v=' + r.version).then(x => x.json())));
                  return r.hits.length;
                };
                </script></body></html>
                """, StandardCharsets.UTF_8);
        return measure(browser, site, "Tsunagu (Lucene + search.js)", "bench-tsunagu.html", millis,
                folderBytes(site.resolve("search"), true), fileCount(site.resolve("search")), index.keys());
    }

    private static Figures pagefind(Browser browser, Path site, Path pagefind) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(pagefind.toString(), "--site", site.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("index: pagefind failed:\n" + log);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.writeString(site.resolve("bench-pagefind.html"), """
                <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>bench</title></head><body>
                <script>
                let pf = null;
                window.benchQuery = async (q) => {
                  if (!pf) { pf = await import('./pagefind/pagefind.js'); await pf.init(); }
                  const r = await pf.search(q);
                  await Promise.all(r.results.slice(0, 10).map(x => x.data()));
                  return r.results.length;
                };
                </script></body></html>
                """, StandardCharsets.UTF_8);
        return measure(browser, site, "Pagefind " + version(pagefind), "bench-pagefind.html", millis,
                folderBytes(site.resolve("pagefind"), true), fileCount(site.resolve("pagefind")), 0);
    }

    @SuppressWarnings("unchecked")
    private static Figures measure(Browser browser, Path site, String engine, String page, long indexMillis,
            long indexBytes, int indexFiles, int keys) throws IOException {
        try (RecordingServer server = new RecordingServer(site)) {
            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open(server.uriOf(page));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
            long code = server.drain().stream().filter(p -> p.endsWith(".js")).mapToLong(p -> wireBytes(site, p)).sum();
            List<Long> bytes = new ArrayList<>();
            List<Double> millis = new ArrayList<>();
            List<Integer> hits = new ArrayList<>();
            for (String q : QUERIES) {
                Map<String, Object> r = (Map<String, Object>) browser.driver().executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const t = performance.now();
                        window.benchQuery(arguments[0]).then(n => done({n: n, ms: performance.now() - t}))
                          .catch(e => done({error: String(e)}));
                        """, q);
                if (r.containsKey("error")) {
                    throw new IllegalStateException(engine + " failed on 「" + q + "」: " + r.get("error"));
                }
                long data = 0;
                for (String path : server.drain()) {
                    boolean isCode = path.endsWith(".js") || path.contains("wasm");
                    if (isCode) {
                        code += wireBytes(site, path);
                    } else {
                        data += wireBytes(site, path);
                    }
                }
                bytes.add(data);
                millis.add(((Number) r.get("ms")).doubleValue());
                hits.add(((Number) r.get("n")).intValue());
            }
            return new Figures(engine, indexMillis, indexBytes, indexFiles, code, bytes, millis, hits);
        }
    }

    /** The bytes a file travels with gzip, or as is if that is smaller (files already compressed). */
    private static long wireBytes(Path site, String path) {
        Path file = site.resolve(path);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            byte[] raw = Files.readAllBytes(file);
            return Math.min(raw.length, gzip(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(bytes);
        }
        return out.size();
    }

    private static String table(int n, long textBytes, List<Figures> figures) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "## %,d pages (%.1f MB of HTML)%n%n", n, textBytes / 1e6));
        t.append("| | ").append(String.join(" | ", figures.stream().map(Figures::engine).toList())).append(" |\n");
        t.append("|---|").append("---|".repeat(figures.size())).append('\n');
        row(t, "index build", figures, f -> String.format(Locale.ROOT, "%.1f s", f.indexMillis() / 1000.0));
        row(t, "index size on disk (files)", figures, f -> String.format(Locale.ROOT, "%.2f MB (%,d)", f.indexBytes() / 1e6,
                f.indexFiles()));
        row(t, "client code, gzip", figures, f -> kb(f.codeBytes()));
        row(t, "1st query 「" + QUERIES.get(0) + "」: index data + 10 results", figures, f -> kb(f.queryBytes().get(0)));
        row(t, "2nd query 「" + QUERIES.get(1) + "」", figures, f -> kb(f.queryBytes().get(1)));
        row(t, "later queries, median", figures, f -> kb(median(f.queryBytes().subList(2, f.queryBytes().size()))));
        row(t, "1st query time (cold, incl. downloads)", figures, f -> ms(f.queryMillis().get(0)));
        row(t, "later query time, median", figures, f -> ms(median(f.queryMillis().subList(1, f.queryMillis().size()))));
        row(t, "hits per query", figures, f -> f.hits().toString());
        return t.append('\n').toString();
    }

    private interface Cell {
        String of(Figures f);
    }

    private static void row(StringBuilder t, String label, List<Figures> figures, Cell cell) {
        t.append("| ").append(label).append(" | ").append(String.join(" | ", figures.stream().map(cell::of).toList())).append(" |\n");
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    /** Installs Pagefind from npm into the output folder; null if npm or the package is not available. */
    static Path installPagefind(Path out) {
        Path prefix = out.resolve("pagefind-npm");
        Path bin = prefix.resolve("node_modules/.bin/pagefind");
        if (Files.isExecutable(bin)) {
            return bin;
        }
        try {
            Files.createDirectories(prefix);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", prefix.toString(),
                    "pagefind@1").redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isExecutable(bin)) {
                System.err.println("index: pagefind is not installable here, comparing without it:\n" + log);
                return null;
            }
            return bin;
        } catch (IOException | InterruptedException e) {
            System.err.println("index: npm is not available, comparing without Pagefind: " + e.getMessage());
            return null;
        }
    }

    private static String version(Path pagefind) {
        try {
            Process p = new ProcessBuilder(pagefind.toString(), "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor(1, TimeUnit.MINUTES);
            return v.replace("pagefind ", "");
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static long folderBytes(Path folder, boolean all) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> all || f.toString().endsWith(".html"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static int fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }
}
