package jp.tsunagu.site;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jp.tsunagu.plan.validate.ValidationReport;

/**
 * What a successful build produced.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param report  warnings found in the content, not null, has no errors
 * @param outputDirectory  the published site, not null
 * @param files  the number of files published
 * @param stageTimes  wall time per stage in run order, not null
 * @param notes  what the build says once, in Japanese, such as that there is no Git history, not null, may be empty
 */
public record BuildResult(ValidationReport report, Path outputDirectory, int files, Map<Stage, Duration> stageTimes,
        java.util.List<String> notes) {
    /**
     * Copies the parts.
     *
     * @param report  warnings found in the content, not null, has no errors
     * @param outputDirectory  the published site, not null
     * @param files  the number of files published
     * @param stageTimes  wall time per stage in run order, not null
     * @param notes  what the build says once, in Japanese, such as that there is no Git history, not null, may be empty
     */
    public BuildResult {
        var copy = new java.util.EnumMap<Stage, Duration>(Stage.class);
        copy.putAll(stageTimes);
        stageTimes = java.util.Collections.unmodifiableMap(copy);
        notes = java.util.List.copyOf(notes);
    }

    /**
     * Creates a result without notes.
     *
     * @param report  warnings found in the content, not null
     * @param outputDirectory  the published site, not null
     * @param files  the number of files published
     * @param stageTimes  wall time per stage, not null
     */
    public BuildResult(ValidationReport report, Path outputDirectory, int files, Map<Stage, Duration> stageTimes) {
        this(report, outputDirectory, files, stageTimes, java.util.List.of());
    }
}
