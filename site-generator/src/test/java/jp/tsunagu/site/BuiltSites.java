package jp.tsunagu.site;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.site.bench.PlanCorpus;
import jp.tsunagu.site.browser.StaticServer;
import jp.tsunagu.site.publish.License;

/**
 * The two content sets of the repository and a generated one ({@link #CORPUS}), each built once per test JVM into {@code target/sites/<name>} by the
 * real pipeline, for the tests that look at the output (files, browser, budgets). Every test that only reads a site
 * takes it from here; a test that changes content or output builds its own copy.
 * <p>
 * The folder is named by the system property {@code tsunagu.sites}. Within one Maven run (the system property
 * {@code tsunagu.sites.run}, set by site-generator/pom.xml to the run's start time) every test JVM, surefire's and
 * failsafe's forks alike, shares it: the first JVM to need a content set builds it while holding a file lock
 * ({@code <name>.lock}) and then writes the run's name beside it ({@code <name>.built}); the others wait for the lock
 * and take that site as it is. So each content set is built once per {@code mvn verify} instead of once per JVM, and
 * no build ever replaces a site another JVM is reading. A site of an earlier run is built again; without
 * {@code tsunagu.sites.run} (a test started from an IDE) each JVM builds its sites on first use, as before.
 */
public final class BuiltSites {
    /** 会津若松市's plan: {@code content/src}. */
    public static final String CITY = "city";
    /** The fictional sample city: {@code test-fixtures/sample-city/src}. */
    public static final String SAMPLE = "sample";
    /**
     * A generated site with lists longer than a page ({@link PlanCorpus}: the sample city with
     * {@value #CORPUS_INITIATIVES} more initiatives, each in the 2023 action plan, and {@value #CORPUS_PAGES} free
     * pages), for the tests of pages that must stay small however large the site.
     */
    public static final String CORPUS = "corpus";
    /** The initiatives {@link #CORPUS} adds. */
    public static final int CORPUS_INITIATIVES = 700;
    /** The free pages {@link #CORPUS} adds. */
    public static final int CORPUS_PAGES = 50;
    /** The licence of the fictional sample city's open data (in its test configuration only). */
    public static final License SAMPLE_LICENSE = License.of("クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）",
            "https://creativecommons.org/licenses/by/4.0/");

    private static boolean corpusWritten;
    private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();
    private static final Map<String, StaticServer> SERVED = new ConcurrentHashMap<>();

    private BuiltSites() {
    }

    /** @return the repository root, from the {@code tsunagu.repo.root} system property set by the build */
    public static Path repoRoot() {
        String root = System.getProperty("tsunagu.repo.root");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** @param name {@link #CITY} or {@link #SAMPLE} @return the project's source folder */
    public static Path source(String name) {
        return switch (name) {
            case CITY -> repoRoot().resolve("content/src");
            case SAMPLE -> repoRoot().resolve("test-fixtures/sample-city/src");
            case CORPUS -> corpus();
            default -> throw new IllegalArgumentException("Unknown content set (valid values: city, sample, corpus): " + name);
        };
    }

    /** Writes the generated content set once per test JVM, beside the built sites. */
    private static synchronized Path corpus() {
        Path folder = sites().resolve("corpus-src").toAbsolutePath();
        if (!corpusWritten) {
            try {
                PlanCorpus.write(source(SAMPLE), folder, CORPUS_INITIATIVES, CORPUS_PAGES, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the generated content set to " + folder, e);
            }
            corpusWritten = true;
        }
        return folder;
    }

    private static Path sites() {
        return Path.of(System.getProperty("tsunagu.sites", Path.of("target", "sites").toString()));
    }

    /**
     * Builds a content set once and returns its site folder.
     *
     * @param name  {@link #CITY} or {@link #SAMPLE}
     * @return the published site, not null
     */
    public static synchronized Path site(String name) {
        return BUILT.computeIfAbsent(name, BuiltSites::buildOrReuse);
    }

    /**
     * Builds a content set, or takes the site another JVM of the same Maven run built (see the class comment).
     */
    @SuppressWarnings("try") // the resource is held open for the body, not called
    private static Path buildOrReuse(String name) {
        String run = System.getProperty("tsunagu.sites.run", "");
        if (run.isBlank()) {
            return SiteGenerator.build(request(name)).outputDirectory();
        }
        Path folder = sites().toAbsolutePath();
        Path marker = folder.resolve(name + ".built");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(folder.resolve(name + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                Path site = folder.resolve(name);
                if (Files.isDirectory(site) && Files.isRegularFile(marker) && Files.readString(marker, UTF_8).equals(run)) {
                    return site;
                }
                Files.deleteIfExists(marker);
                Path built = SiteGenerator.build(request(name)).outputDirectory();
                Files.writeString(marker, run, UTF_8);
                return built;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot share the built site " + name + " in " + folder, e);
        }
    }

    /**
     * Serves a content set's site over HTTP, built and started once per test JVM and left running until the JVM
     * ends, for browser tests that only read it.
     *
     * @param name  {@link #CITY} or {@link #SAMPLE}
     * @return the running server, not null; not to be closed
     */
    public static synchronized StaticServer served(String name) {
        return SERVED.computeIfAbsent(name, n -> StaticServer.serve(site(n)));
    }

    /**
     * Gets the request a content set is built with. Only the fictional sample city gets a licence (CC BY 4.0);
     * the real city's licence is the city's to choose, so its build states none.
     *
     * @param name  {@link #CITY} or {@link #SAMPLE}
     * @return the request, not null
     */
    public static BuildRequest request(String name) {
        BuildRequest request = BuildRequest.of(source(name), sites().resolve(name).toAbsolutePath());
        return name.equals(SAMPLE) ? request.withLicense(SAMPLE_LICENSE) : request;
    }
}
