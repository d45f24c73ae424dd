package jp.tsunagu.maven;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.site.audit.AuditException;
import jp.tsunagu.site.audit.AuditRequest;
import jp.tsunagu.site.audit.AuditResults;
import jp.tsunagu.site.audit.SiteAuditor;
import jp.tsunagu.site.audit.TestReport;

/**
 * Audits the site just built in a real browser — every page, in light, dark, more-contrast and forced-colors
 * display, with axe-core's WCAG A and AA rules and a reflow check at 320 CSS px — and publishes the results in the
 * site's test report page ({@code accessibility/test-report.html}, 試験結果) and {@code accessibility/test-results.json}.
 * Fails when a page has a problem ({@code tsunagu.audit.failOnProblems}), and always when Chromium is missing:
 * an audit is never skipped silently. Each page is loaded once for all modes, {@code tsunagu.audit.workers}
 * browsers work in parallel, and a page whose results are in {@code target/tsunagu-audit-cache} under an unchanged
 * key is not tested again; progress is logged every few seconds.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = false, requiresProject = true)
public class AuditMojo extends AbstractTsunaguMojo {
    /**
     * Skips the audit; the site's report page then says that the site was not tested.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.audit.skip", defaultValue = "false")
    boolean skip;

    /**
     * Maven's own switch for tests: the audit is the site's browser test, so {@code -DskipTests} (as in
     * {@code mvn install -DskipTests}) skips it too, and the report page says that the site was not tested.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /**
     * The Chromium (or Chrome) executable.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.chromium", defaultValue = "/usr/bin/chromium")
    File chromium;

    /**
     * The ChromeDriver executable, the same version as the browser.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.chromedriver", defaultValue = "/usr/bin/chromedriver")
    File chromedriver;

    /**
     * Whether a problem found on a page fails the build (the report is published first, either way).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.audit.failOnProblems", defaultValue = "true")
    boolean failOnProblems = true;

    /**
     * How many browsers audit pages in parallel: by default one per core of a 2-core CI machine; more can help
     * with more cores.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.audit.workers", defaultValue = "2")
    int workers = AuditRequest.DEFAULT_WORKERS;

    /**
     * Whether a page's earlier results are reused while the page, the site's assets, the browser, axe-core, the
     * modes and the rules are all unchanged (the report page then shows when each page was tested).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.audit.cache", defaultValue = "true")
    boolean cache = true;

    /**
     * Where the earlier results are kept: outside the site folder, which every build replaces. CI keeps this folder
     * between runs (see the recipes in the README).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.audit.cacheDirectory", defaultValue = "${project.build.directory}/tsunagu-audit-cache")
    File cacheDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info((skip ? "tsunagu.audit.skip" : "skipTests") + " = true: アクセシビリティの試験をしません"
                    + "（試験結果のページには、試験していないと書かれます）");
            return;
        }
        AuditResults results;
        try {
            AuditRequest request = AuditRequest.of(outputDirectory.toPath()).withBrowser(chromium.toPath(), chromedriver.toPath())
                    .withWorkers(workers).withProgress(getLog()::info);
            results = SiteAuditor.auditAndPublish(cache && cacheDirectory != null ? request.withCache(cacheDirectory.toPath()) : request);
        } catch (AuditException e) {
            throw new MojoExecutionException("Tsunagu audit: " + e.getMessage() + "\n（アクセシビリティの試験で止まりました。上の内容を直して、もう一度実行してください）", e);
        }
        results.pages().forEach(page -> page.problems().forEach(p -> getLog().warn(page.path() + ": " + p.mode().label() + ": "
                + String.join("、", p.criteria()) + " " + p.rule() + "（" + p.help() + "）: " + String.join(" / ", p.targets()))));
        getLog().info(String.format("試験結果: %d ページ × %d 表示 + リフロー（うち %d ページは前回の結果）、問題 %d 件（%.1f 秒）→ %s",
                results.pages().size(), results.modes().size(), results.cachedPageCount(), results.problemCount(),
                results.durationMillis() / 1000.0,
                new File(outputDirectory, TestReport.PAGE)));
        if (failOnProblems && results.problemCount() > 0) {
            throw new MojoFailureException("アクセシビリティの試験で問題が " + results.problemCount() + " 件見つかりました。"
                    + "上の一覧（ページ、表示、達成基準、規則、該当箇所）と " + TestReport.PAGE + " を見て直してください。");
        }
    }
}
