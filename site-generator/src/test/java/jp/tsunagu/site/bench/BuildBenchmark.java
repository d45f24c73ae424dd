package jp.tsunagu.site.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.site.files.Folders;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * The build benchmark of issue 7: the full Tsunagu build (what {@code SiteGenerator.build} does: site, search
 * index, さくいん, open data, feed, sitemap — and every stage added to it later) against Hugo + Pagefind and
 * stock JBake 2.7.0 on the same generated corpus ({@link PlanCorpus}).
 * <p>
 * Every tool runs in its own process under {@code /usr/bin/time -v}, so the figures are wall time (measured
 * here around the process, JVM start included), CPU time (user + system) and peak RSS (the kernel's maximum
 * resident set). Tsunagu runs with a fixed {@code -Xmx} ({@code -Dbench.xmx}, default 512m). Hugo (Debian
 * {@code hugo}) and Pagefind (npm {@code pagefind@1}, installed under the output folder on first use) run where
 * they can be found; stock JBake runs at the sizes in {@code -Dbench.jbakeSizes} (default 1000) on the same
 * pages with JBake headers. JBake 2.7.0's own Markdown engine needs flexmark's pegdown profile, which is not on
 * our class path, so each page body is converted to HTML beforehand (not timed) and JBake bakes {@code .html}
 * content — its cheapest path, which makes the ratio to it conservative.
 * <p>
 * Run: {@code mvn -B -Pbench -pl site-generator -am verify -DskipTests -Dbench.only=build} (sizes:
 * {@code -Dbench.sizes=1000,10000}; extra clean builds with other JVM options, side by side:
 * {@code -Dbench.variants=-XX:TieredStopAtLevel=1}, several separated by {@code ;}; rounds of builds in one JVM:
 * {@code -Dbench.warmRounds=3}, 0 for none). The table goes to standard output and
 * {@code site-generator/target/bench/build-report.md}.
 */
public final class BuildBenchmark {
    private static final Pattern TIME_FIELD = Pattern.compile("^\\s*(User time \\(seconds\\)|System time \\(seconds\\)"
            + "|Maximum resident set size \\(kbytes\\)): ([0-9.]+)\\s*$");

    /** Front-matter keys Hugo acts on (a {@code url} would move the page, {@code aliases} make redirects): renamed. */
    private static final Pattern HUGO_KEYS = Pattern.compile("(?m)^(url|aliases|slug|layout|type|outputs|date|draft|"
            + "weight|lastmod|publishDate|expiryDate|keywords|menu|menus|cascade|build|headless|sitemap|resources|markup):");

    private BuildBenchmark() {
    }

    /** One tool's figures on one corpus. */
    record Run(String tool, long wallMillis, long cpuMillis, long peakRssKb, Map<String, Long> stages, String note,
            Output output) {
        Run plus(Run other) {
            return new Run(tool + " + " + other.tool, wallMillis + other.wallMillis, cpuMillis + other.cpuMillis,
                    Math.max(peakRssKb, other.peakRssKb), Map.of(), "", other.output);
        }

        boolean failed() {
            return tool.contains("(failed: ");
        }

        Run with(Output measured) {
            return new Run(tool, wallMillis, cpuMillis, peakRssKb, stages, note, measured);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args  the output folder, the sample city's source folder, the sizes (default 1000,10000)
     * @throws Exception if a tool fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path sampleCity = Path.of(args[1]).toAbsolutePath();
        List<Integer> sizes = ints(args.length > 2 ? args[2] : "1000,10000");
        List<Integer> jbakeSizes = ints(System.getProperty("bench.jbakeSizes", "1000"));
        String xmx = System.getProperty("bench.xmx", "512m");
        // JVM option sets for extra clean builds of Tsunagu, ';'-separated: e.g. "-XX:TieredStopAtLevel=1", to measure
        // a JIT or GC setting side by side with the default in the same run (each its own site and empty cache)
        List<List<String>> variants = java.util.Arrays.stream(System.getProperty("bench.variants", "").split(";"))
                .map(String::strip).filter(v -> !v.isEmpty()).map(v -> List.of(v.split("\\s+"))).toList();
        Files.createDirectories(out);
        String classPath = classPath();
        Path pagefind = SearchBenchmark.installPagefind(out);
        boolean hugo = available("hugo", "version");
        // rounds of builds in one JVM (WarmBuilds): the last round's clean and edited builds, without the JVM's start
        // and JIT; 0 leaves them out
        int warmRounds = Integer.getInteger("bench.warmRounds", 3);
        String missing = (hugo ? "" : "Hugo (Debian package hugo) ") + (pagefind != null ? "" : "Pagefind (npm pagefind) ");
        if (!missing.isEmpty()) {
            System.err.println("Not found, left out of the report: " + missing);
        }

        Map<Integer, List<Run>> runs = new LinkedHashMap<>();
        for (int n : sizes) {
            Path source = PlanCorpus.write(sampleCity, out.resolve("corpus-" + n + "/src"), n);
            List<Run> list = new ArrayList<>();
            Path site = out.resolve("site-" + n);
            Folders.delete(site);
            // As tsunagu:build runs by default: the clean build starts from an empty build cache and fills it, the
            // build after a one-file edit uses it.
            Path cache = out.resolve("cache-" + n);
            Folders.delete(cache);
            list.add(tsunagu("Tsunagu", classPath, xmx, List.of(), source, site, cache).with(Output.of(site)));
            for (List<String> options : variants) {
                Path other = out.resolve("site-" + n + "-variant");
                Path otherCache = out.resolve("cache-" + n + "-variant");
                Folders.delete(other);
                Folders.delete(otherCache);
                list.add(tsunagu("Tsunagu, " + String.join(" ", options), classPath, xmx, options, source, other, otherCache)
                        .with(Output.of(other)));
                Folders.delete(other);
                Folders.delete(otherCache);
            }
            PlanCorpus.editOne(source);
            list.add(tsunagu("Tsunagu, one file edited", classPath, xmx, List.of(), source, site, cache).with(Output.of(site)));
            if (warmRounds > 0) {
                list.addAll(warm(classPath, xmx, warmRounds, source, out.resolve("warm-" + n)));
            }
            if (hugo) {
                Path project = hugoProject(source, out.resolve("hugo-" + n));
                Path published = project.resolve("public");
                Run h = timed("Hugo", project, List.of("hugo", "--quiet", "-s", project.toString(), "-d", "public"))
                        .with(Output.of(published));
                list.add(h);
                if (pagefind != null) {
                    Run p = timed("Pagefind", project, List.of(pagefind.toString(), "--site", published.toString()))
                            .with(Output.of(published.resolve("pagefind")));
                    list.add(p);
                    if (!p.failed() && !h.failed()) {
                        list.add(h.plus(p).with(Output.of(published)));
                    }
                }
            }
            if (jbakeSizes.contains(n)) {
                Path project = jbakeProject(source, out.resolve("jbake-" + n));
                Path jbakeOut = out.resolve("jbake-" + n + "-out");
                Folders.delete(jbakeOut);
                list.add(timed("stock JBake 2.7.0", project, List.of(java(), "-Xmx" + xmx, "-cp", classPath,
                        StockJBake.class.getName(), project.toString(), jbakeOut.toString())).with(Output.of(jbakeOut)));
            }
            runs.put(n, list);
            System.out.println(table(runs, xmx, missing));
        }
        String report = table(runs, xmx, missing);
        Files.writeString(out.resolve("build-report.md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static Run tsunagu(String tool, String classPath, String xmx, List<String> options, Path source, Path site,
            Path cache) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + xmx));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, BuildOnce.class.getName(), source.toString(), site.toString(), cache.toString()));
        Run run = timed(tool, source, command);
        Map<String, Long> stages = new LinkedHashMap<>();
        String files = "";
        for (String line : run.note().lines().toList()) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("stage")) {
                stages.put(parts[1], Long.parseLong(parts[2]));
            } else if (parts.length == 2 && parts[0].equals("jit")) {
                stages.put("(JIT compilation)", Long.parseLong(parts[1]));
            } else if (parts.length == 3 && parts[0].equals("build")) {
                stages.put("(build call)", Long.parseLong(parts[1]));
                files = parts[2] + " files";
            }
        }
        return new Run(run.tool(), run.wallMillis(), run.cpuMillis(), run.peakRssKb(), stages, files, null);
    }

    /**
     * The last round of {@link WarmBuilds} in one JVM under {@code /usr/bin/time -v}, as two rows: the clean build and the
     * build after the edit, each with the build call's wall time and the process's CPU time during it; the peak RSS is
     * the whole process's.
     */
    private static List<Run> warm(String classPath, String xmx, int rounds, Path source, Path work)
            throws IOException, InterruptedException {
        String tool = "Tsunagu, warm JVM (round " + rounds + " in one process)";
        Run run = timed(tool, source, List.of(java(), "-Xmx" + xmx, "-cp", classPath, WarmBuilds.class.getName(),
                source.toString(), work.toString(), String.valueOf(rounds)));
        if (run.failed()) {
            return List.of(run);
        }
        Map<String, long[]> figures = new LinkedHashMap<>();
        run.note().lines().map(l -> l.split(" ")).filter(parts -> parts.length >= 2).forEach(parts -> figures.put(parts[0],
                java.util.Arrays.stream(parts, 1, parts.length).mapToLong(Long::parseLong).toArray()));
        String jit = "JIT " + figures.get("jit")[0] / 1000 + " s over all rounds";
        return List.of(
                new Run(tool + ", clean", figures.get("clean")[0], figures.get("clean")[1], run.peakRssKb(), Map.of(), jit, null),
                new Run(tool + ", one file edited", figures.get("edit")[0], figures.get("edit")[1], run.peakRssKb(), Map.of(),
                        jit, null));
    }

    /** Runs a command under {@code /usr/bin/time -v}; the run's note holds the command's standard output. */
    private static Run timed(String tool, Path dir, List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        full.addAll(command);
        Path err = Files.createTempFile("bench-time", ".txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectError(err.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(tool + " did not finish in an hour");
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        // A tool that fails (Pagefind killed for want of memory at 100,000 pages, say) is a result, not the end of the
        // run: its row names the exit status, and the figures until then stay.
        String name = tool;
        if (p.exitValue() != 0) {
            name = tool + " (failed: exit " + p.exitValue() + (p.exitValue() == 137 ? ", killed, e.g. out of memory" : "") + ")";
            System.err.println(name + ":\n" + tail(stdout) + "\n" + tail(stderr));
        }
        double cpu = 0;
        long rss = 0;
        for (String line : stderr.lines().toList()) {
            Matcher m = TIME_FIELD.matcher(line);
            if (m.matches()) {
                if (m.group(1).startsWith("Maximum")) {
                    rss = Long.parseLong(m.group(2));
                } else {
                    cpu += Double.parseDouble(m.group(2));
                }
            }
        }
        return new Run(name, wall, Math.round(cpu * 1000), rss, Map.of(), stdout, null);
    }

    /** The last lines of a tool's output, for the log of a failed run. */
    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /**
     * The same Markdown files as Hugo content (front-matter keys Hugo would act on are renamed), with a minimal theme
     * that marks the body for Pagefind.
     */
    private static Path hugoProject(Path source, Path project) throws IOException {
        Folders.delete(project);
        Path content = project.resolve("content");
        Path plan = source.resolve("plan");
        for (Path md : PlanCorpus.markdownFiles(plan)) {
            Path target = content.resolve(plan.relativize(md).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, HUGO_KEYS.matcher(Files.readString(md, StandardCharsets.UTF_8)).replaceAll("x_$1:"),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(project.resolve("config.toml"), """
                baseURL = "http://localhost/"
                languageCode = "ja"
                title = "つなぎ野市"
                uglyURLs = true
                disableKinds = ["taxonomy", "term"]
                """, StandardCharsets.UTF_8);
        Path layouts = Files.createDirectories(project.resolve("layouts/_default"));
        String page = """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }} | つなぎ野市</title></head>
                <body><nav><a href="{{ "/" | relURL }}">ホーム</a> › {{ .Section }}</nav>
                <main data-pagefind-body><h1>{{ .Title }}</h1>
                %s
                </main></body></html>
                """;
        Files.writeString(layouts.resolve("single.html"), page.formatted("{{ .Content }}"), StandardCharsets.UTF_8);
        Files.writeString(layouts.resolve("list.html"), page.formatted(
                "{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>"),
                StandardCharsets.UTF_8);
        return project;
    }

    /**
     * The same pages as a stock JBake project: JBake headers, the body as HTML (see the class comment), one
     * FreeMarker page template; JBake's index, feed, archive, tag and sitemap pages are switched off, as our build
     * makes its own.
     */
    private static Path jbakeProject(Path source, Path project) throws IOException {
        Folders.delete(project);
        Path content = Files.createDirectories(project.resolve("content"));
        Path plan = source.resolve("plan");
        MarkdownRenderer markdown = MarkdownRenderer.standard();
        for (Path md : PlanCorpus.markdownFiles(plan)) {
            String text = Files.readString(md, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---\n", 4);
            String frontMatter = end < 0 ? "" : text.substring(4, end);
            String body = end < 0 ? text : text.substring(end + 5);
            String title = frontMatter.lines().filter(l -> l.startsWith("title: ") || l.startsWith("name: ")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 2)).orElse(md.getFileName().toString());
            String name = plan.relativize(md).toString().replace(File.separatorChar, '/').replace(".md", ".html")
                    .replace("_index", "index");
            Path target = content.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "title=" + title + "\ntype=page\nstatus=published\ndate=2024-04-01\n~~~~~~\n"
                    + markdown.toHtml(body), StandardCharsets.UTF_8);
        }
        Files.writeString(project.resolve("jbake.properties"), """
                render.index=false
                render.feed=false
                render.archive=false
                render.tags=false
                render.sitemap=false
                """, StandardCharsets.UTF_8);
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("page.ftl"), """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>${content.title} | つなぎ野市</title></head>
                <body><main><h1>${content.title}</h1>
                ${content.body}
                </main></body></html>
                """, StandardCharsets.UTF_8);
        return project;
    }

    private static String table(Map<Integer, List<Run>> runs, String xmx, String missing) {
        StringBuilder t = new StringBuilder("| pages | tool | wall s | CPU s | peak RSS MiB | output MB | files "
                + "| largest page KB (gzip) | largest furigana copy KB (gzip) | pages over budget |\n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |\n");
        runs.forEach((n, list) -> list.forEach(r -> t.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %d | %s |%n",
                n, r.tool(), r.wallMillis() / 1000.0, r.cpuMillis() / 1000.0, r.peakRssKb() / 1024,
                r.output() == null ? "| | | |" : r.output().cells()))));
        t.append("\nBudget: ").append(Output.PAGE_BUDGET / 1024).append(" KB gzip per HTML page, ")
                .append(Output.FURIGANA_BUDGET / 1024).append(" KB per furigana copy (issue 17). Hugo + Pagefind's output is "
                + "Hugo's folder with Pagefind's index in it.\n");
        if (!missing.isEmpty()) {
            t.append("\n**Not found on this machine, so left out: ").append(missing.strip()).append(".**\n");
        }
        t.append("\nTsunagu runs with -Xmx").append(xmx).append(" (JVM start included in its wall time). The warm JVM rows "
                + "are the last of several rounds of builds in one process (WarmBuilds): not what `mvn package` does, but what a "
                + "build costs without the JVM's start and JIT compilation (the `(JIT compilation)` stage row: the "
                + "compiler threads' time as the JVM counts it, beside the build's own; on an idle machine about their CPU time).\n\n");
        t.append("Tsunagu per stage (ms, as BuildResult reports them; `(build call)` is the whole SiteGenerator.build):\n\n");
        List<String> stageNames = new ArrayList<>();
        runs.values().forEach(list -> list.get(0).stages().keySet().forEach(s -> {
            if (!stageNames.contains(s)) {
                stageNames.add(s);
            }
        }));
        t.append("| stage |");
        runs.keySet().forEach(n -> t.append(String.format(Locale.ROOT, " %,d |", n)));
        t.append("\n| --- |").append(" ---: |".repeat(runs.size())).append('\n');
        for (String s : stageNames) {
            t.append("| ").append(s).append(" |");
            runs.values().forEach(list -> t.append(' ').append(list.get(0).stages().getOrDefault(s, 0L)).append(" |"));
            t.append('\n');
        }
        t.append("\nRatios:\n\n");
        runs.forEach((n, list) -> {
            Run ours = list.get(0);
            t.append(String.format(Locale.ROOT, "- %,d pages (%s): ", n, ours.note()));
            list.stream().filter(r -> r.tool().contains(" + ")).findFirst().ifPresent(r -> t.append(String.format(Locale.ROOT,
                    "Tsunagu / (Hugo + Pagefind) = %.2f; ", ours.wallMillis() / (double) r.wallMillis())));
            list.stream().filter(r -> r.tool().startsWith("stock JBake")).findFirst().ifPresent(r -> t.append(String.format(
                    Locale.ROOT, "stock JBake / Tsunagu = %.1f×; ", r.wallMillis() / (double) ours.wallMillis())));
            list.stream().filter(r -> r.tool().equals("Hugo")).findFirst().ifPresent(h -> list.stream()
                    .filter(r -> r.tool().startsWith("Tsunagu, one file")).findFirst().ifPresent(e -> t.append(String.format(
                            Locale.ROOT, "one-file edit / Hugo clean = %.2f; ", e.wallMillis() / (double) h.wallMillis()))));
            list.stream().filter(r -> r.tool().contains(" + ") && r.output() != null && ours.output() != null).findFirst()
                    .ifPresent(r -> t.append(String.format(Locale.ROOT, "output bytes Tsunagu / (Hugo + Pagefind) = %.2f; ",
                            ours.output().bytes() / (double) r.output().bytes())));
            list.stream().filter(r -> r.tool().contains(" + ")).findFirst().ifPresent(hp -> list.stream()
                    .filter(r -> r.tool().endsWith("in one process), clean")).findFirst().ifPresent(w -> t.append(String.format(
                            Locale.ROOT, "warm JVM clean / (Hugo + Pagefind) = %.2f; ", w.wallMillis() / (double) hp.wallMillis()))));
            list.stream().filter(r -> r.tool().equals("Hugo")).findFirst().ifPresent(h -> list.stream()
                    .filter(r -> r.tool().endsWith("in one process), one file edited")).findFirst().ifPresent(w -> t.append(
                            String.format(Locale.ROOT, "warm JVM edit / Hugo clean = %.2f; ", w.wallMillis() / (double) h.wallMillis()))));
            t.append(String.format(Locale.ROOT, "peak RSS %d MiB%n", ours.peakRssKb() / 1024));
        });
        List<Integer> sizes = new ArrayList<>(runs.keySet());
        for (int i = 1; i < sizes.size(); i++) {
            t.append(String.format(Locale.ROOT, "- %,d pages take %.1f× the time of %,d pages%n", sizes.get(i),
                    runs.get(sizes.get(i)).get(0).wallMillis() / (double) runs.get(sizes.get(0)).get(0).wallMillis(), sizes.get(0)));
        }
        return t.toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test class path: exec:java's class loader when run from Maven, else the JVM's. */
    private static String classPath() throws URISyntaxException {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> parts = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<Integer> ints(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }
}
