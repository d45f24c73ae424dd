package jp.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;

/**
 * Writes the plan's open data — {@code plan.json} and its JSON Schema, the CSV files
 * ({@code <団体コード>_<dataset>.csv}), {@code datapackage.json} and {@code catalog.jsonld} — the same files every
 * build publishes in the site's {@code opendata/}, without building the site. A content error fails the goal
 * with the file, line and fix of each problem.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class ExportMojo extends AbstractTsunaguMojo {
    /**
     * The folder the open data is written to (replaced as a whole when the export succeeds).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.export.outputDirectory", defaultValue = "${project.build.directory}/opendata", required = true)
    File dataDirectory;

    /**
     * Skips the export.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.export.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tsunagu.export.skip = true: Skipping open data export");
            return;
        }
        BuildRequest request = request().withOutputDirectory(dataDirectory.toPath());
        try {
            BuildResult result = SiteGenerator.export(request);
            logWarnings(result.report().issues());
            getLog().info("Tsunagu: " + result.files() + " open data files written to " + result.outputDirectory() + " ("
                    + request.license().map(l -> "licence " + l.name()).orElse("no licence given: set tsunagu.license.name and tsunagu.license.url")
                    + ", CSV " + (request.csvBom() ? "UTF-8 with BOM" : "UTF-8 without BOM") + ")");
        } catch (ContentErrorException e) {
            throw contentFailure(e);
        } catch (SiteException e) {
            throw executionFailure(e);
        }
    }
}
