package jp.tsunagu.maven;

import java.io.File;
import java.net.URI;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.publish.License;

/**
 * What every goal shares: where the content is, where the site goes, its address, and how engine exceptions
 * become Maven's. Content errors become {@link MojoFailureException} (the editor must fix the content);
 * tool and file-system faults become {@link MojoExecutionException}.
 */
abstract class AbstractTsunaguMojo extends AbstractMojo {
    /**
     * The source folder: {@code plan/} holds the plan's Markdown.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.sourceDirectory", defaultValue = "${project.basedir}/src", required = true)
    File sourceDirectory;

    /**
     * The folder the site is published to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    /**
     * The public address of the site, absolute and ending with {@code /}; used in the feed and the sitemap.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.baseUrl", defaultValue = "http://localhost/")
    String baseUrl;

    /**
     * The name of the licence the open data is published under, such as {@code CC BY 4.0}; give it with
     * {@link #licenseUrl}. Without both, the open data states no licence (Tsunagu never chooses one for a city).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.license.name")
    String licenseName;

    /**
     * The address of the licence's terms, such as {@code https://creativecommons.org/licenses/by/4.0/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.license.url")
    String licenseUrl;

    /**
     * Whether the open data's CSV files start with the UTF-8 byte order mark, so Excel opens them without garbling.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.csvBom", defaultValue = "true")
    boolean csvBom = true;

    /**
     * Quiets the rendering engine's own logging in Maven's console: JBake logs every page at INFO and reports
     * failures again with stack traces, while the engine already turns them into one clear message. Maven's
     * SLF4J provider reads these properties when each logger is first created; a user's own setting wins.
     */
    static void quietEngineLogging() {
        for (String logger : new String[] {"org.jbake", "com.orientechnologies"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "off");
            }
        }
    }

    BuildRequest request() throws MojoExecutionException {
        try {
            BuildRequest request = BuildRequest.of(sourceDirectory.toPath(), outputDirectory.toPath())
                    .withBaseUrl(URI.create(baseUrl)).withCsvBom(csvBom);
            Optional<License> license = license();
            return license.isPresent() ? request.withLicense(license.get()) : request;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid tsunagu.baseUrl '" + baseUrl
                    + "': give an absolute address ending with '/', such as https://www.city.example.jp/plan/", e);
        }
    }

    private Optional<License> license() throws MojoExecutionException {
        boolean name = licenseName != null && !licenseName.isBlank();
        boolean url = licenseUrl != null && !licenseUrl.isBlank();
        if (!name && !url) {
            return Optional.empty();
        }
        if (name != url) {
            throw new MojoExecutionException("Give both tsunagu.license.name and tsunagu.license.url (or neither), such as"
                    + " -Dtsunagu.license.name=\"CC BY 4.0\" -Dtsunagu.license.url=https://creativecommons.org/licenses/by/4.0/");
        }
        try {
            return Optional.of(License.of(licenseName.strip(), licenseUrl));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid tsunagu.license.url '" + licenseUrl
                    + "': give the absolute address of the licence's terms, such as https://creativecommons.org/licenses/by/4.0/", e);
        }
    }

    /** Logs warnings of a report, one a line, in the compiler format editors can jump to. */
    void logWarnings(Iterable<ValidationIssue> issues) {
        for (ValidationIssue i : issues) {
            getLog().warn(i.format());
        }
    }

    /** Translates the engine's exceptions once, at the boundary. */
    MojoFailureException contentFailure(ContentErrorException e) {
        for (ValidationIssue i : e.report().issues()) {
            if (i.severity().isAtLeast(jp.tsunagu.plan.validate.Severity.ERROR)) {
                getLog().error(i.format());
            } else {
                getLog().warn(i.format());
            }
        }
        return new MojoFailureException("コンテンツにエラーが " + e.report().count(jp.tsunagu.plan.validate.Severity.ERROR)
                + " 件あります。上の一覧のファイルと行を直してください（公開中のサイトは変更していません）。");
    }

    MojoExecutionException executionFailure(SiteException e) {
        return new MojoExecutionException("Tsunagu " + e.getMessage(), e);
    }
}
