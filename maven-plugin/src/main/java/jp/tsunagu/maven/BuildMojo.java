package jp.tsunagu.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tsunagu.build.skip = true: Skipping site build");
            return;
        }
        quietEngineLogging();
        try {
            BuildResult result = SiteGenerator.build(request());
            logWarnings(result.report().issues());
            result.notes().forEach(n -> getLog().info("Tsunagu: " + n));
            StringBuilder times = new StringBuilder();
            result.stageTimes().forEach((stage, d) -> times.append(times.length() == 0 ? "" : ", ")
                    .append(stage.label()).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f s", d.toNanos() / 1e9)));
            getLog().info("Tsunagu: " + result.files() + " files published to " + result.outputDirectory() + " (" + times + ")");
        } catch (ContentErrorException e) {
            throw contentFailure(e);
        } catch (SiteException e) {
            throw executionFailure(e);
        }
    }
}
