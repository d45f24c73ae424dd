package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's wiring: parameters, skip, and how engine outcomes become Maven's exceptions and log lines. */
class BuildMojoTests {
    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();
    private BuildMojo mojo;
    private Path project;

    @BeforeEach
    void copySampleCity() throws IOException {
        Path repo = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
        project = tmp.resolve("project");
        copy(repo.resolve("test-fixtures/sample-city/src"), project.resolve("src"));
        mojo = new BuildMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.baseUrl = "https://www.city.example.jp/plan/";
    }

    @Test
    void buildsTheSiteAndLogsWarningsWithFileAndLine() throws Exception {
        mojo.execute();
        assertThat(project.resolve("target/site/index.html")).exists();
        assertThat(Files.readString(project.resolve("target/site/robots.txt")))
                .contains("Sitemap: https://www.city.example.jp/plan/sitemap.xml");
        assertThat(log.warnings).anySatisfy(w -> assertThat(w).matches("ooda/ai-chatbot/.+\\.md:\\d+: 警告 W-OODA-UNREVIEWED: .+"));
        assertThat(log.infos).anySatisfy(i -> assertThat(i).matches("Tsunagu: \\d+ 個のファイルを .+ に公開しました（load .+、render .+、publish .+）"));
    }

    @Test
    void theBuildCacheIsUsedUnlessSwitchedOffAndItsUseIsLoggedOnOneLineAStage() throws Exception {
        Path cache = project.resolve("target/tsunagu-cache");
        mojo.cacheDirectory = cache.toFile();
        mojo.execute();
        long entries;
        try (Stream<Path> s = Files.walk(cache)) {
            entries = s.filter(p -> p.toString().endsWith(".entry")).count();
        }
        assertThat(entries).isPositive();
        log.infos.clear();
        mojo.execute();
        assertThat(log.infos).filteredOn(i -> i.contains("作成のキャッシュ")).satisfiesExactly(
                i -> assertThat(i).matches("Tsunagu: 本文の変換: (\\d+) ファイルのうち \\1 ファイルは作成のキャッシュ（.+）から使い、0 ファイルを変換しました。"),
                i -> assertThat(i).matches("Tsunagu: 検索の索引: (\\d+) ページのうち \\1 ページは作成のキャッシュ（.+）から使い、0 ページを解析しました。"),
                i -> assertThat(i).matches("Tsunagu: ふりがな・読み上げ: (\\d+) ページのうち \\1 ページは作成のキャッシュ（.+）から使い、0 ページを作りました。"),
                i -> assertThat(i).matches("Tsunagu: リンクの確認: (\\d+) ページのうち \\1 ページは作成のキャッシュ（.+）の結果を使い、0 ページを読みました。"));

        Files.walk(cache).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        mojo.cache = false;
        log.infos.clear();
        mojo.execute();
        assertThat(cache).doesNotExist();
        assertThat(log.infos).noneMatch(i -> i.contains("作成のキャッシュ"));
    }

    @Test
    void contentErrorsFailTheBuildWithJapaneseMessagesAndKeepThePreviousSite() throws Exception {
        mojo.execute();
        byte[] before = Files.readAllBytes(project.resolve("target/site/index.html"));
        Path file = project.resolve("src/plan/initiatives/online-shinsei.md");
        Files.writeString(file, Files.readString(file).replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("コンテンツにエラーが 1 件あります");
        assertThat(log.errors).singleElement().asString()
                .startsWith("initiatives/online-shinsei.md:5: エラー E-REF-VIEWPOINT: ").contains("「Z」");
        assertThat(Files.readAllBytes(project.resolve("target/site/index.html"))).isEqualTo(before);
    }

    @Test
    void aBrokenTemplateIsAnExecutionFailureNamingTheStage() throws Exception {
        Files.createDirectories(project.resolve("src/templates"));
        Files.writeString(project.resolve("src/templates/page.ftlh"), "<#if>\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Tsunagu render: ").hasMessageContaining("page.ftlh");
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void aTimePerFileBelowOneSecondIsRefusedInJapaneseBeforeBuilding() {
        mojo.fileSeconds = 0;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("tsunagu.build.fileSeconds「0」は使えません。1 以上の秒数を指定してください（例: 120）。");
        assertThat(project.resolve("target/site")).doesNotExist();
    }

    @Test
    void skipDoesNothingAndSaysWhichProperty() throws Exception {
        mojo.skip = true;
        mojo.execute();
        assertThat(project.resolve("target/site")).doesNotExist();
        assertThat(log.infos).containsExactly("tsunagu.build.skip = true: サイトを作りません");
    }

    @Test
    void aRelativeBaseUrlIsRefusedWithTheFix() {
        mojo.baseUrl = "plan/";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("tsunagu.baseUrl").hasMessageContaining("https://");
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

    /** A hand-written fake of Maven's log that keeps what the goal says. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }

        @Override
        public void error(CharSequence content) {
            errors.add(content.toString());
        }
    }
}
