package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tsunagu:check's wiring: the threshold, the reports, the log lines and skip. */
class CheckMojoTests {
    @TempDir
    Path tmp;

    private final BuildMojoTests.RecordingLog log = new BuildMojoTests.RecordingLog();
    private CheckMojo mojo;
    private Path project;

    @BeforeEach
    void copySampleCity() throws IOException {
        Path repo = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
        project = tmp.resolve("project");
        ServeMojoTests.copy(repo.resolve("test-fixtures/sample-city/src"), project.resolve("src"));
        mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.baseUrl = "https://www.city.example.jp/plan/";
        mojo.reportDirectory = project.resolve("target/tsunagu-check").toFile();
        mojo.failOn = "ERROR";
        mojo.easySentenceLength = 50;
    }

    @Test
    void warningsBelowTheThresholdPassAndAreLoggedAndReported() throws Exception {
        mojo.execute();
        assertThat(log.warnings).singleElement().asString().matches("ooda/ai-chatbot/.+\\.md:\\d+: 警告 W-OODA-UNREVIEWED: .+");
        assertThat(log.infos).contains("Tsunagu check: エラー 0 件、警告 1 件、情報 0 件");
        assertThat(project.resolve("target/tsunagu-check/tsunagu-check.sarif")).isRegularFile();
        assertThat(Files.readString(project.resolve("target/tsunagu-check/TEST-tsunagu-check.xml"))).contains("failures=\"0\"");
        assertThat(project.resolve("target/site")).as("the published site is not touched").doesNotExist();
    }

    @Test
    void failOnWarningFailsWithTheCountAndSeverity() {
        mojo.failOn = "warning";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Found 1 issue(s) of severity WARNING or higher");
        assertThat(project.resolve("target/tsunagu-check/TEST-tsunagu-check.xml")).content().contains("failures=\"1\"");
    }

    @Test
    void anUnknownThresholdIsRefusedWithTheValidValues() {
        mojo.failOn = "FATAL";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid tsunagu.check.failOn 'FATAL' (valid values: ERROR, WARNING, INFO)");
    }

    @Test
    void skipDoesNothingAndSaysWhichProperty() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(log.infos).containsExactly("tsunagu.check.skip = true: Skipping content check");
        assertThat(project.resolve("target/tsunagu-check")).doesNotExist();
    }
}
