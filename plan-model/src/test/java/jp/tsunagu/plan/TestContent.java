package jp.tsunagu.plan;

import java.nio.file.Path;

/** Where the repository's two content sets are: the real city and the fictional sample city. */
public final class TestContent {
    private TestContent() {
    }

    /** @return the repository root, from the {@code tsunagu.repo.root} system property set by the build */
    public static Path repoRoot() {
        String root = System.getProperty("tsunagu.repo.root");
        return root != null ? Path.of(root).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
    }

    /** @return 会津若松市's plan, {@code content/src/plan} */
    public static Path city() {
        return repoRoot().resolve("content/src/plan");
    }

    /** @return the fictional sample city, {@code test-fixtures/sample-city/src/plan} */
    public static Path sampleCity() {
        return repoRoot().resolve("test-fixtures/sample-city/src/plan");
    }
}
