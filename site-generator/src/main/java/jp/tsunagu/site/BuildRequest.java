package jp.tsunagu.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.files.Progress;
import jp.tsunagu.site.publish.License;

/**
 * What to build: the content folder, where to publish, and the site's public address.
 * <p>
 * {@code BuildRequest.of(Path.of("content/src"), Path.of("content/target/site")).withBaseUrl(URI.create("https://example.jp/plan/"))}
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param sourceDirectory  the project's source folder holding {@code plan/} (and optionally {@code templates/},
 *                         {@code assets/}), not null
 * @param outputDirectory  the folder the site is published to, not null
 * @param baseUrl  the public address of the site, ending in {@code /}, used for the feed and sitemap, not null
 * @param license  the licence the open data is published under, empty when none was given (never invented)
 * @param csvBom  whether the open data's CSV files start with the UTF-8 byte order mark (Excel needs it)
 * @param failOn  the least severe content problem that stops the build before anything is written:
 *                {@link Severity#ERROR} (the default) or {@link Severity#WARNING}, not null
 * @param fileTime  how long one file may take in one stage that reads its text ({@link FileBudget}), positive,
 *                  not null
 * @param clock  the clock that measures it, in nanoseconds ({@link FileBudget#SYSTEM_CLOCK}), not null
 * @param progress  where the build says in Japanese where it is: a line per stage, and for a stage with many pages
 *                  pages done of all with an estimate every few seconds ({@link Progress}); {@link #SILENT} by
 *                  default, not null
 * @param cacheDirectory  the build cache: a folder outside the site where each page's enrich outputs are kept under a
 *                  key of everything that decides them, so that the next build does again only the pages whose
 *                  bytes changed ({@link jp.tsunagu.site.cache.BuildCache}); empty (the default) for a clean build,
 *                  not null
 */
public record BuildRequest(Path sourceDirectory, Path outputDirectory, URI baseUrl, Optional<License> license,
        boolean csvBom, Severity failOn, Duration fileTime, LongSupplier clock, Consumer<String> progress, Optional<Path> cacheDirectory) {
    /** The address used when none is given: links stay relative, the sitemap uses it as a placeholder. */
    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost/");
    /** Says nothing while building: one instance, so that requests that use it are equal. */
    public static final Consumer<String> SILENT = line -> { };

    /**
     * Validates the parts.
     *
     * @param sourceDirectory  the project's source folder holding {@code plan/} (and optionally {@code templates/},
     *                         {@code assets/}), not null
     * @param outputDirectory  the folder the site is published to, not null
     * @param baseUrl  the public address of the site, ending in {@code /}, used for the feed and sitemap, not null
     * @param license  the licence the open data is published under, empty when none was given (never invented)
     * @param csvBom  whether the open data's CSV files start with the UTF-8 byte order mark (Excel needs it)
     * @param failOn  the least severe content problem that stops the build, not null
     * @param fileTime  how long one file may take in one stage that reads its text, positive, not null
     * @param clock  the clock that measures it, in nanoseconds, not null
     * @param progress  where the build's progress lines go, not null
     * @param cacheDirectory  the build cache ({@link #withCacheDirectory}), empty for a clean build, not null
     */
    public BuildRequest {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
        if (fileTime.isNegative() || fileTime.isZero()) {
            throw new IllegalArgumentException("Invalid time per file (must be positive): " + fileTime);
        }
        if (!baseUrl.isAbsolute() || !baseUrl.toString().endsWith("/")) {
            throw new IllegalArgumentException("Invalid base URL (must be absolute and end with '/'): '" + baseUrl + "'");
        }
    }

    /**
     * Creates a request without licence, writing CSV files with a byte order mark.
     *
     * @param sourceDirectory  the source folder, not null
     * @param outputDirectory  the output folder, not null
     * @param baseUrl  the public address, absolute and ending with {@code /}, not null
     */
    public BuildRequest(Path sourceDirectory, Path outputDirectory, URI baseUrl) {
        this(sourceDirectory, outputDirectory, baseUrl, Optional.empty(), true, Severity.ERROR, FileBudget.DEFAULT_LIMIT,
                FileBudget.SYSTEM_CLOCK, SILENT, Optional.empty());
    }

    /**
     * Obtains a request with the default base URL.
     *
     * @param sourceDirectory  the source folder, not null
     * @param outputDirectory  the output folder, not null
     * @return the request, not null
     */
    public static BuildRequest of(Path sourceDirectory, Path outputDirectory) {
        return new BuildRequest(sourceDirectory, outputDirectory, DEFAULT_BASE_URL);
    }

    /**
     * Returns a copy with another base URL.
     *
     * @param url  the public address, absolute and ending with {@code /}, not null
     * @return the request, not null
     */
    public BuildRequest withBaseUrl(URI url) {
        return new BuildRequest(sourceDirectory, outputDirectory, url, license, csvBom, failOn, fileTime, clock, progress, cacheDirectory);
    }

    /**
     * Returns a copy with the licence of the open data.
     *
     * @param newLicense  the licence, not null
     * @return the request, not null
     */
    public BuildRequest withLicense(License newLicense) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, Optional.of(newLicense), csvBom, failOn, fileTime, clock, progress, cacheDirectory);
    }

    /**
     * Returns a copy that writes the open data's CSV files with or without the UTF-8 byte order mark.
     *
     * @param bom  true for the byte order mark
     * @return the request, not null
     */
    public BuildRequest withCsvBom(boolean bom) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, license, bom, failOn, fileTime, clock, progress, cacheDirectory);
    }

    /**
     * Returns a copy publishing to another folder, such as the folder {@code tsunagu:export} writes the data to.
     *
     * @param folder  the folder, not null
     * @return the request, not null
     */
    public BuildRequest withOutputDirectory(Path folder) {
        return new BuildRequest(sourceDirectory, folder, baseUrl, license, csvBom, failOn, fileTime, clock, progress, cacheDirectory);
    }

    /**
     * Returns a copy that stops on content problems of the given severity or worse, before anything is written:
     * {@link Severity#WARNING} makes warnings (such as a file in a format Tsunagu does not render) stop the build.
     *
     * @param severity  the least severe problem that stops the build, not null
     * @return the request, not null
     */
    public BuildRequest withFailOn(Severity severity) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, license, csvBom, severity, fileTime, clock, progress, cacheDirectory);
    }

    /**
     * Returns a copy that allows each file another time in each stage that reads its text (its Markdown, its page's
     * furigana, search text and links); a file that takes longer stops the build with {@code E-FILE-TIME}.
     *
     * @param limit  the time, positive, not null
     * @return the request, not null
     */
    public BuildRequest withFileTime(Duration limit) {
        return withFileTime(limit, clock);
    }

    /**
     * Returns a copy that allows each file another time, measured by another clock: a test's clock that advances
     * with each reading makes a file's time grow with its work, whatever the machine's speed.
     *
     * @param limit  the time, positive, not null
     * @param ticker  the clock in nanoseconds, read on the thread doing a file's work, not null
     * @return the request, not null
     */
    public BuildRequest withFileTime(Duration limit, LongSupplier ticker) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, license, csvBom, failOn, limit, ticker, progress, cacheDirectory);
    }

    /**
     * Obtains a new, empty budget of time per file for one stage of a build of this request.
     *
     * @return the budget, not null
     */
    public FileBudget fileBudget() {
        return FileBudget.of(fileTime, clock);
    }

    /**
     * Obtains a request like this one whose build says where it is.
     *
     * @param lines  where the progress lines go, such as Maven's log, not null
     * @return the new request, not null
     */
    public BuildRequest withProgress(Consumer<String> lines) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, license, csvBom, failOn, fileTime, clock, lines, cacheDirectory);
    }

    /**
     * Returns a copy that keeps each page's enrich outputs in a build cache, a folder outside the site (the Maven
     * plugin's default: {@code target/tsunagu-cache}), so that a build after an edit does again only the pages whose
     * bytes changed; the output is byte for byte that of a clean build.
     *
     * @param folder  the cache folder, outside the output folder, not null
     * @return the request, not null
     */
    public BuildRequest withCacheDirectory(Path folder) {
        return new BuildRequest(sourceDirectory, outputDirectory, baseUrl, license, csvBom, failOn, fileTime, clock, progress,
                Optional.of(folder));
    }

    /**
     * Obtains a budget per file for a stage with many pages, which reports pages done to {@link #progress}.
     *
     * @param what  the stage's work as the progress lines name it, such as {@code ふりがな}, not null
     * @param total  how many files the stage does
     * @return a new budget, not null
     */
    public FileBudget fileBudget(String what, int total) {
        return fileBudget().reporting(report(what, total));
    }

    /**
     * Starts the progress report of a stage's pages, told to {@link #progress}.
     *
     * @param what  the stage's work as the lines name it, such as {@code ページの作成}, not null
     * @param total  how many pages the stage does
     * @return the report, {@link Progress#NONE} for a {@link #SILENT} request, not null
     */
    public Progress report(String what, int total) {
        return progress == SILENT ? Progress.NONE : Progress.of(progress, what, total);
    }

    /**
     * Gets the plan's content folder, {@code <source>/plan}.
     *
     * @return the folder, not null
     */
    public Path planDirectory() {
        return sourceDirectory.resolve("plan");
    }
}
