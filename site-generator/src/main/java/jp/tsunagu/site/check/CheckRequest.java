package jp.tsunagu.site.check;

import java.nio.file.Path;
import java.util.Objects;

import jp.tsunagu.site.BuildRequest;

/**
 * What to check: the project's sources, a scratch folder for the pages built to be checked (never the published
 * site), and the longest sentence allowed in やさしい日本語 pages.
 * <p>
 * {@code CheckRequest.of(Path.of("src"), Path.of("target/tsunagu-check/site")).withEasySentenceLength(40)}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param build  the sources and the scratch output folder, not null
 * @param easySentenceLength  the most characters a sentence of a {@code *.easy.md} page may have, at least 10
 */
public record CheckRequest(BuildRequest build, int easySentenceLength) {
    /** The default sentence limit for やさしい日本語 pages: short sentences with one idea each. */
    public static final int DEFAULT_EASY_SENTENCE_LENGTH = 50;

    /**
     * Validates the parts.
     *
     * @param build  the sources and the scratch output folder, not null
     * @param easySentenceLength  the most characters a sentence of a {@code *.easy.md} page may have, at least 10
     */
    public CheckRequest {
        Objects.requireNonNull(build, "build");
        if (easySentenceLength < 10) {
            throw new IllegalArgumentException("Invalid easySentenceLength (valid values: 10 or more): " + easySentenceLength);
        }
    }

    /**
     * Obtains a request with the default limits.
     *
     * @param sourceDirectory  the project's source folder holding {@code plan/}, not null
     * @param scratchDirectory  where the pages to check are built, not null
     * @return the request, not null
     */
    public static CheckRequest of(Path sourceDirectory, Path scratchDirectory) {
        return new CheckRequest(BuildRequest.of(sourceDirectory, scratchDirectory), DEFAULT_EASY_SENTENCE_LENGTH);
    }

    /**
     * Returns a copy with another sentence limit for やさしい日本語 pages.
     *
     * @param length  the most characters a sentence may have, at least 10
     * @return the request, not null
     */
    public CheckRequest withEasySentenceLength(int length) {
        return new CheckRequest(build, length);
    }
}
