package jp.tsunagu.maven;

import java.io.File;
import java.time.Duration;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteGenerator;

/**
 * Builds the plan's site from {@code src/plan} into {@code target/site}. A content error fails the build
 * with the file, line and fix of each problem, and leaves any previously published site untouched.
 * <p>
 * Not thread-safe: the rendering engine keeps static state, so one build runs per JVM at a time.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = false, requiresProject = true)
public class BuildMojo extends AbstractTsunaguMojo {
    /**
     * Skips the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.build.skip", defaultValue = "false")
    boolean skip;

    /**
     * The least severe content problem that stops the build before anything is written: {@code ERROR} (the default)
     * or {@code WARNING}, which also stops on warnings such as a file in a format Tsunagu does not render.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.build.failOn", defaultValue = "ERROR")
    Severity failOn = Severity.ERROR;

    /**
     * How many seconds one content file may take in each stage that reads its text (its Markdown, its page's
     * furigana, search text and links); a file that takes longer stops the build with {@code E-FILE-TIME}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.build.fileSeconds", defaultValue = "60")
    int fileSeconds = 60;

    /**
     * Whether to keep each page's furigana copy and speech text in the build cache, so that {@code mvn package} after
     * an edit does them again only for the pages whose bytes changed; the site is byte for byte that of a clean build.
     * {@code false} builds everything from scratch (the cache folder is then neither read nor changed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.build.cache", defaultValue = "true")
    boolean cache = true;

    /**
     * The build cache's folder, outside the site (the site folder is replaced by every build). A damaged or foreign
     * entry in it is ignored and the page done again; entries the build did not use are deleted at its end.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.build.cacheDirectory", defaultValue = "${project.build.directory}/tsunagu-cache")
    File cacheDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (fileSeconds < 1) {
            throw new MojoExecutionException("tsunagu.build.fileSeconds「" + fileSeconds + "」は使えません。1 以上の秒数を指定してください（例: 120）。");
        }
        run("tsunagu.build.skip", skip, "サイトを作りません", request -> console().built(SiteGenerator.build(cached(request.withFailOn(failOn)
                .withFileTime(Duration.ofSeconds(fileSeconds)).withProgress(getLog()::info)))));
    }

    private BuildRequest cached(BuildRequest request) {
        return cache && cacheDirectory != null ? request.withCacheDirectory(cacheDirectory.toPath()) : request;
    }
}
