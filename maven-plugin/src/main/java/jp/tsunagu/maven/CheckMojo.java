package jp.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.validate.Severity;

/**
 * Checks everything that can be known without publishing — model validation, broken internal links and
 * anchors, images without alternative text, link text such as 「こちら」, heading order, tables without
 * headers, long sentences in やさしい日本語 pages — and lists each finding with file, line, severity and fix.
 * Writes {@code tsunagu-check.sarif} (SARIF 2.1.0) and {@code TEST-tsunagu-check.xml} (JUnit XML) for CI,
 * and fails when a finding reaches {@code failOn}. The published site is never touched.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = false, requiresProject = true)
public class CheckMojo extends AbstractTsunaguMojo {
    /**
     * Skips the check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.check.skip", defaultValue = "false")
    boolean skip;

    /**
     * The least severity that fails the build: {@code ERROR}, {@code WARNING} or {@code INFO}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.check.failOn", defaultValue = "ERROR")
    Severity failOn = Severity.ERROR;

    /**
     * Where the reports (and the pages built to be checked, in {@code site/}) are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.check.reportDirectory", defaultValue = "${project.build.directory}/tsunagu-check")
    File reportDirectory;

    /**
     * The most characters a sentence of a やさしい日本語 page ({@code *.easy.md}) may have.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.check.easySentenceLength", defaultValue = "50")
    int easySentenceLength;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("tsunagu.check.skip", skip, "コンテンツを確かめません", request -> new CheckSupport(console(), getLog())
                .check(CheckSupport.request(request, reportDirectory, easySentenceLength), reportDirectory.toPath(), failOn));
    }
}
