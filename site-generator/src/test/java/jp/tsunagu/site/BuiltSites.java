package jp.tsunagu.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two content sets of the repository, each built once per test JVM into {@code target/sites/<name>} by the
 * real pipeline, for the tests that look at the output (files, browser, budgets).
 */
public final class BuiltSites {
    /** 会津若松市's plan: {@code content/src}. */
    public static final String CITY = "city";
    /** The fictional sample city: {@code test-fixtures/sample-city/src}. */
    public static final String SAMPLE = "sample";

    private static final Map<String, BuildResult> BUILT = new ConcurrentHashMap<>();

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
            default -> throw new IllegalArgumentException("Unknown content set (valid values: city, sample): " + name);
        };
    }

    /**
     * Builds a content set once and returns its site folder.
     *
     * @param name  {@link #CITY} or {@link #SAMPLE}
     * @return the published site, not null
     */
    public static synchronized Path site(String name) {
        return BUILT.computeIfAbsent(name, n -> SiteGenerator.build(BuildRequest.of(source(n),
                Path.of("target", "sites", n).toAbsolutePath()))).outputDirectory();
    }
}
