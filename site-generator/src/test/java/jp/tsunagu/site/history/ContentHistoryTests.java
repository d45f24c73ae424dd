package jp.tsunagu.site.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;

/**
 * History from Git: a test repository is made with JGit, the sample city committed in three commits with
 * fixed times; the built site shows those commits, and the same commit builds byte-identical sites.
 */
class ContentHistoryTests {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static Path project;
    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void commitTheSampleCityInThreeCommits() throws Exception {
        project = Files.createTempDirectory(Path.of("target"), "history-repo").toAbsolutePath();
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"));
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("src").call();
            commit(git, "つなぎ野市の計画を登録", "2023-04-03T10:00:00");
            append(project.resolve("src/plan/initiatives/online-shinsei.md"), "\n追記した一文。\n");
            git.add().addFilepattern("src").call();
            commit(git, "オンライン申請の説明を更新", "2024-05-20T15:30:00");
            append(project.resolve("src/plan/glossary/ict.md"), "\n用語の補足。\n");
            git.add().addFilepattern("src").call();
            commit(git, "用語集に補足を追加", "2024-06-01T09:00:00");
        }
        append(project.resolve("src/plan/initiatives/ai-chatbot.md"), "\nまだコミットしていない変更。\n");
        result = SiteGenerator.build(BuildRequest.of(project.resolve("src"), project.resolve("target/site")));
        site = result.outputDirectory();
    }

    @AfterAll
    static void removeTheRepository() throws IOException {
        TestFiles.delete(project);
    }

    @Test
    void readsEveryCommitOfEachFileNewestFirst() {
        ContentHistory history = ContentHistory.read(project.resolve("src/plan"));
        assertThat(history.isAvailable()).isTrue();
        assertThat(history.note()).isEmpty();
        assertThat(history.commits()).extracting(Commit::subject)
                .containsExactly("用語集に補足を追加", "オンライン申請の説明を更新", "つなぎ野市の計画を登録");
        assertThat(history.of("initiatives/online-shinsei.md")).extracting(Commit::subject)
                .containsExactly("オンライン申請の説明を更新", "つなぎ野市の計画を登録");
        assertThat(history.lastUpdated("initiatives/online-shinsei.md")).contains(LocalDate.of(2024, 5, 20));
        assertThat(history.lastUpdated("plan.md")).contains(LocalDate.of(2023, 4, 3));
        assertThat(history.of("glossary/ict.md").get(0).time().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        assertThat(history.commits().get(0).files()).containsExactly("glossary/ict.md");
    }

    @Test
    void eachPageShowsItsLastCommitDateAndLinksToItsHistory() throws IOException {
        Document page = parse("initiatives/online-shinsei.html");
        assertThat(page.select("p.page-history time").attr("datetime")).isEqualTo("2024-05-20");
        assertThat(page.select("p.page-history time").text()).isEqualTo("2024年5月20日（令和6年）");
        assertThat(page.select("p.page-history a").attr("href")).isEqualTo("../history/initiatives/online-shinsei.html");
        assertThat(parse("policy.html").select("p.page-history time").attr("datetime")).isEqualTo("2023-04-03");
        assertThat(parse("glossary.html").select("p.page-history time").attr("datetime")).isEqualTo("2024-06-01");
    }

    @Test
    void historyPagesListTheRealCommits() throws Exception {
        Document history = parse("history/initiatives/online-shinsei.html");
        assertThat(history.select("h1").text()).isEqualTo("行政手続のオンライン化の変更履歴");
        assertThat(history.select("ol.commits > li")).hasSize(2);
        assertThat(history.select("ol.commits > li").get(0).text()).contains("2024年5月20日（令和6年）", "オンライン申請の説明を更新",
                "initiatives/online-shinsei.md");
        try (Git git = Git.open(project.toFile())) {
            String newest = git.log().call().iterator().next().abbreviate(7).name();
            assertThat(parse("history/index.html").select("ol.commits > li").get(0).text()).contains("用語集に補足を追加", newest);
        }
        assertThat(parse("history/index.html").select("#yearly-changes ~ ul a, #yearly-changes + ul a").eachAttr("href"))
                .contains("../action-plans/2022/changes.html", "../action-plans/2023/changes.html");
    }

    @Test
    void filteredActionPlansShareTheYearsHistoryAndLinkTheComparison() throws IOException {
        Document filtered = parse("action-plans/2022/viewpoint-E.html");
        assertThat(filtered.select("p.page-history a").eachAttr("href"))
                .containsExactly("../../history/action-plans/2022/index.html", "../../action-plans/2022/changes.html");
        assertThat(site.resolve("history/action-plans/2022/viewpoint-E.html")).doesNotExist();
        assertThat(site.resolve("history/action-plans/2022/index.html")).isRegularFile();
    }

    @Test
    void uncommittedChangesDoNotMoveTheDate() throws IOException {
        assertThat(parse("initiatives/ai-chatbot.html").select("p.page-history time").attr("datetime")).isEqualTo("2023-04-03");
    }

    @Test
    void theSameCommitBuildsTheSameBytes() throws IOException {
        Path again = SiteGenerator.build(BuildRequest.of(project.resolve("src"), project.resolve("target/again"))).outputDirectory();
        Map<String, byte[]> first = TestFiles.contents(site);
        Map<String, byte[]> second = TestFiles.contents(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void withoutARepositoryTheBuildWorksAndSaysSoOnce() throws IOException {
        Path outside = Files.createTempDirectory(Path.of(System.getProperty("tsunagu.test.outsideRepo", "/tmp")), "tsunagu-nogit");
        try {
            TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), outside.resolve("src"));
            BuildResult built = SiteGenerator.build(BuildRequest.of(outside.resolve("src"), outside.resolve("site")));
            assertThat(built.notes()).singleElement().asString().contains("Git のリポジトリではない");
            Document page = Jsoup.parse(built.outputDirectory().resolve("initiatives/online-shinsei.html").toFile(), "UTF-8");
            assertThat(page.select("p.page-history time")).isEmpty();
            assertThat(built.outputDirectory().resolve("history/index.html")).isRegularFile();
            assertThat(built.outputDirectory().resolve("history/initiatives")).doesNotExist();
            assertThat(built.outputDirectory().resolve("action-plans/2023/changes.html")).isRegularFile();
        } finally {
            TestFiles.delete(outside);
        }
    }

    private static Document parse(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static void commit(Git git, String message, String localTime) throws Exception {
        Instant when = java.time.LocalDateTime.parse(localTime).atZone(TOKYO).toInstant();
        PersonIdent who = new PersonIdent(new PersonIdent("情報政策課", "joho@example.jp"), when, TOKYO);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }
}
