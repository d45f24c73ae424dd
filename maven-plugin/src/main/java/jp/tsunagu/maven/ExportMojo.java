package jp.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
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
        run("tsunagu.export.skip", skip, "オープンデータを書き出しません", build -> {
            BuildRequest request = build.withOutputDirectory(dataDirectory.toPath());
            BuildResult result = SiteGenerator.export(request);
            console().issues(result.report().issues());
            getLog().info("Tsunagu: オープンデータのファイル " + result.files() + " 個を " + result.outputDirectory() + " に書き出しました（"
                    + "ライセンス: " + request.license().map(l -> l.name())
                            .orElse("指定なし — tsunagu.license.name と tsunagu.license.url で指定できます")
                    + "。CSV: UTF-8、" + (request.csvBom() ? "BOM 付き" : "BOM なし") + "）");
        });
    }
}
