package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tsunagu:audit's wiring: skip, and the failures that must never pass silently. The audit itself runs in
 * Chromium in the invoker tests (src/it/audit-project) and the site generator's PublishedAuditTests.
 */
class AuditMojoTests {
    @TempDir
    Path tmp;

    private final BuildMojoTests.RecordingLog log = new BuildMojoTests.RecordingLog();
    private AuditMojo mojo;

    @BeforeEach
    void configure() {
        mojo = new AuditMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = tmp.resolve("src").toFile();
        mojo.outputDirectory = tmp.resolve("target/site").toFile();
        mojo.chromium = new java.io.File("/usr/bin/chromium");
        mojo.chromedriver = new java.io.File("/usr/bin/chromedriver");
        mojo.cacheDirectory = tmp.resolve("target/tsunagu-audit-cache").toFile();
    }

    @Test
    void skipDoesNothingAndSaysWhichProperty() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(log.infos).singleElement().asString().startsWith("tsunagu.audit.skip = true: アクセシビリティの試験をしません");
    }

    @Test
    void skipTestsSkipsTheAuditLikeEveryOtherTest() throws Exception {
        mojo.skipTests = true;
        mojo.execute(); // no site was built: the audit would fail if it ran
        assertThat(log.infos).singleElement().asString().startsWith("skipTests = true: アクセシビリティの試験をしません");
    }

    @Test
    void aSiteNotBuiltYetFailsInJapanese() {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Tsunagu audit: 試験結果のページ ")
                .hasMessageContaining("先にサイトを作成してください（mvn -B package）");
    }

    @Test
    void aMissingBrowserFailsInJapaneseWithTheInstallCommand() throws Exception {
        Path page = tmp.resolve("target/site/accessibility/test-report.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!-- tsunagu:test-results --><!-- /tsunagu:test-results -->");
        mojo.chromium = tmp.resolve("no-chromium").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Chromium と ChromeDriver が必要ですが、" + tmp.resolve("no-chromium"))
                .hasMessageContaining("bash scripts/install-browser.sh");
    }

    @Test
    void aCacheFolderInsideTheSiteFailsInJapanese() throws Exception {
        Path page = tmp.resolve("target/site/accessibility/test-report.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!-- tsunagu:test-results --><!-- /tsunagu:test-results -->");
        mojo.cacheDirectory = tmp.resolve("target/site/cache").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("試験結果のキャッシュ").hasMessageContaining("サイトのフォルダ");
    }
}
