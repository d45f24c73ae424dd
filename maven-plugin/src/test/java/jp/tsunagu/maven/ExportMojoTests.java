package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.maven.BuildMojoTests.RecordingLog;

/** The export goal's wiring: where the data goes, BOM and licence parameters, skip, and failures. */
class ExportMojoTests {
    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();
    private ExportMojo mojo;
    private Path project;

    @BeforeEach
    void copySampleCity() throws IOException {
        Path repo = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
        project = tmp.resolve("project");
        copy(repo.resolve("test-fixtures/sample-city/src"), project.resolve("src"));
        mojo = new ExportMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.dataDirectory = project.resolve("target/opendata").toFile();
        mojo.baseUrl = "https://www.city.example.jp/plan/";
    }

    @Test
    void writesTheOpenDataAloneWithByteOrderMarkAndNoLicenceByDefault() throws Exception {
        mojo.execute();

        Path data = project.resolve("target/opendata");
        assertThat(data.resolve("plan.json")).isRegularFile();
        assertThat(data.resolve("plan.schema.json")).isRegularFile();
        assertThat(data.resolve("catalog.jsonld")).isRegularFile();
        assertThat(Files.readAllBytes(data.resolve("990019_kpi_values.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(data.resolve("datapackage.json"))).doesNotContain("\"licenses\"")
                .contains("\"path\": \"990019_kpi_values.csv\"", "https://www.city.example.jp/plan/opendata.html");
        assertThat(project.resolve("target/site")).doesNotExist();
        assertThat(log.infos).singleElement().asString().startsWith("Tsunagu: オープンデータのファイル 13 個を ")
                .contains("ライセンス: 指定なし — tsunagu.license.name と tsunagu.license.url で指定できます", "CSV: UTF-8、BOM 付き");
    }

    @Test
    void aGivenLicenceAndNoByteOrderMarkReachTheFiles() throws Exception {
        mojo.licenseName = "CC BY 4.0";
        mojo.licenseUrl = "https://creativecommons.org/licenses/by/4.0/";
        mojo.csvBom = false;

        mojo.execute();

        Path data = project.resolve("target/opendata");
        assertThat(Files.readString(data.resolve("datapackage.json"))).contains("\"name\": \"CC-BY-4.0\"");
        assertThat(Files.readString(data.resolve("catalog.jsonld"))).contains("\"dct:license\"");
        assertThat(Files.readAllBytes(data.resolve("990019_kpi_values.csv")))
                .startsWith("全国地方公共団体コード".getBytes(StandardCharsets.UTF_8));
        assertThat(log.infos).singleElement().asString().contains("ライセンス: CC BY 4.0。", "CSV: UTF-8、BOM なし");
    }

    @Test
    void aLicenceNameWithoutItsAddressIsRefusedWithTheFix() {
        mojo.licenseName = "CC BY 4.0";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("tsunagu.license.name と tsunagu.license.url は両方とも指定してください");
        assertThat(project.resolve("target/opendata")).doesNotExist();
    }

    @Test
    void aRelativeLicenceAddressIsRefused() {
        mojo.licenseName = "CC BY 4.0";
        mojo.licenseUrl = "licenses/by/4.0/";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("tsunagu.license.url「licenses/by/4.0/」は使えません。");
    }

    @Test
    void contentErrorsFailWithFileAndLineAndKeepThePreviousData() throws Exception {
        mojo.execute();
        byte[] before = Files.readAllBytes(project.resolve("target/opendata/plan.json"));
        Path file = project.resolve("src/plan/initiatives/online-shinsei.md");
        Files.writeString(file, Files.readString(file).replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("コンテンツにエラーが 1 件あります");
        assertThat(log.errors).singleElement().asString().startsWith("initiatives/online-shinsei.md:5: エラー E-REF-VIEWPOINT: ");
        assertThat(Files.readAllBytes(project.resolve("target/opendata/plan.json"))).isEqualTo(before);
    }

    @Test
    void skipDoesNothingAndSaysWhichProperty() throws Exception {
        mojo.skip = true;

        mojo.execute();

        assertThat(project.resolve("target/opendata")).doesNotExist();
        assertThat(log.infos).containsExactly("tsunagu.export.skip = true: オープンデータを書き出しません");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
