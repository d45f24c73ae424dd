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

import jp.tsunagu.plan.validate.Severity;

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
        mojo.failOn = Severity.ERROR;
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
        mojo.failOn = Severity.WARNING;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("警告以上の指摘が 1 件あります（tsunagu.check.failOn = WARNING）：上の一覧のファイルと行を直してください");
        assertThat(project.resolve("target/tsunagu-check/TEST-tsunagu-check.xml")).content().contains("failures=\"1\"");
    }

    @Test
    @SuppressWarnings("try") // the resource is held open for the body, not called
    void theRepositoryRootIsTheGitWorkTreeHoldingTheProject() throws Exception {
        Path outside = tmp.resolve("no-git");
        Files.createDirectories(outside);
        assertThat(CheckSupport.repositoryRoot(outside)).as("no repository: the project itself").isEqualTo(outside);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(tmp.resolve("repo").toFile()).call()) {
            Path module = tmp.resolve("repo/modules/plan");
            Files.createDirectories(module);
            assertThat(CheckSupport.repositoryRoot(module).toRealPath()).isEqualTo(tmp.resolve("repo").toRealPath());
        }
    }

    @Test
    void skipDoesNothingAndSaysWhichProperty() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(log.infos).containsExactly("tsunagu.check.skip = true: コンテンツを確かめません");
        assertThat(project.resolve("target/tsunagu-check")).doesNotExist();
    }
}
