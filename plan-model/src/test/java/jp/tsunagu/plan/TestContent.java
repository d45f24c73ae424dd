package jp.tsunagu.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /**
     * Copies a folder of content, for a test that changes it.
     *
     * @param from  the folder, such as {@link #sampleCity()}, not null
     * @param to  where the copy goes, not null
     * @return {@code to}
     * @throws IOException if a file cannot be copied
     */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
