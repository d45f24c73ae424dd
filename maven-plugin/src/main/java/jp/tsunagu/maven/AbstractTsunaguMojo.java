package jp.tsunagu.maven;

import java.io.File;
import java.net.URI;
import java.util.Optional;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.publish.License;

/**
 * What every goal shares: where the content is, where the site goes, its address, the skip switch, and how engine
 * exceptions become Maven's. A goal's {@code execute()} is its skip flag plus one call into the engine:
 * <pre>{@code
 * run("tsunagu.build.skip", skip, "サイトを作りません", request -> console().built(SiteGenerator.build(request)));
 * }</pre>
 * Content errors become {@link MojoFailureException} (the editor must fix the content); tool and file-system faults
 * become {@link MojoExecutionException}. Every message is in Japanese.
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

    /** A goal's one call into the engine, given the request built from the shared parameters. */
    @FunctionalInterface
    interface Engine {
        void run(BuildRequest request) throws MojoExecutionException, MojoFailureException;
    }

    /**
     * Runs a goal: says so and returns if it is skipped; otherwise quiets the engine's logging, builds the request
     * and calls the engine, translating its exceptions once, here.
     *
     * @param skipProperty  the property of the goal's skip flag, such as {@code tsunagu.build.skip}
     * @param skip  the flag
     * @param skipped  what is not done when skipped, in Japanese, such as 「サイトを作りません」
     * @param engine  the call into the engine
     */
    final void run(String skipProperty, boolean skip, String skipped, Engine engine)
            throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(skipProperty + " = true: " + skipped);
            return;
        }
        quietEngineLogging();
        BuildRequest request = request();
        try {
            engine.run(request);
        } catch (ContentErrorException e) {
            console().issues(e.report().issues());
            long errors = e.report().count(Severity.ERROR);
            throw new MojoFailureException(errors > 0
                    ? "コンテンツにエラーが " + errors + " 件あります。上の一覧のファイルと行を直してください（公開中のサイトは変更していません）。"
                    : "コンテンツに警告が " + e.report().count(Severity.WARNING) + " 件あり、failOn=WARNING のため止めました。"
                            + "上の一覧のファイルと行を直してください（公開中のサイトは変更していません）。");
        } catch (SiteException e) {
            throw new MojoExecutionException("Tsunagu " + e.getMessage() + "\n（" + e.stage().label()
                    + " の段階で止まりました。上の内容を直して、もう一度実行してください）", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Tsunagu: 生成処理の誤りで止まりました（公開中のサイトはそのままです）。"
                    + "mvn -e で表示される詳しい内容を添えて開発者に知らせてください。", e);
        }
    }

    /**
     * Gets the goal's console: every line the editor reads, at its severity.
     *
     * @return the console, not null
     */
    final Console console() {
        return new Console(getLog());
    }

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
        BuildRequest request;
        try {
            request = BuildRequest.of(sourceDirectory.toPath(), outputDirectory.toPath())
                    .withBaseUrl(URI.create(baseUrl)).withCsvBom(csvBom);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tsunagu.baseUrl「" + baseUrl + "」は使えません。"
                    + "https://www.city.example.jp/plan/ のように、/ で終わる絶対アドレスを指定してください。", e);
        }
        Optional<License> license = license();
        return license.isPresent() ? request.withLicense(license.get()) : request;
    }

    private Optional<License> license() throws MojoExecutionException {
        boolean name = licenseName != null && !licenseName.isBlank();
        boolean url = licenseUrl != null && !licenseUrl.isBlank();
        if (!name && !url) {
            return Optional.empty();
        }
        if (name != url) {
            throw new MojoExecutionException("tsunagu.license.name と tsunagu.license.url は両方とも指定してください（どちらも指定しなければ、"
                    + "ライセンスは書きません）。例: -Dtsunagu.license.name=\"CC BY 4.0\" "
                    + "-Dtsunagu.license.url=https://creativecommons.org/licenses/by/4.0/");
        }
        try {
            return Optional.of(License.of(licenseName.strip(), licenseUrl));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tsunagu.license.url「" + licenseUrl + "」は使えません。"
                    + "https://creativecommons.org/licenses/by/4.0/ のように、ライセンスの条文の絶対アドレスを指定してください。", e);
        }
    }
}
