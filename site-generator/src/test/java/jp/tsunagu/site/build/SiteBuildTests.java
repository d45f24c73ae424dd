package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.TestFiles;

/** End-to-end builds through the real pipeline: JBake bakes, real files. */
class SiteBuildTests {

    @Test
    void cityBuildsEveryPartOfThePlan() {
        Path site = BuiltSites.site(BuiltSites.CITY);
        PlanModel model = PlanLoader.load(BuiltSites.source(BuiltSites.CITY).resolve("plan")).orElseThrow();
        assertThat(site.resolve("index.html")).exists();
        for (String f : new String[] {"policy.html", "viewpoints/index.html", "initiatives/index.html", "governance.html",
                "glossary.html", "references.html", "sitemap.html", "404.html", "ooda/index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "plan.json", "assets/site.css", "pages/ooda-pdca.html"}) {
            assertThat(site.resolve(f)).as(f).isRegularFile();
        }
        model.viewpoints().forEach(v -> assertThat(site.resolve("viewpoints/" + v.code() + ".html")).exists());
        model.initiatives().forEach(i -> assertThat(site.resolve("initiatives/" + i.id() + ".html")).exists());
        assertThat(read(site.resolve("index.html"))).contains("<html lang=\"ja\">", "協働・共創のためのデジタルシフトの推進",
                "href=\"viewpoints/E.html\"");
    }

    @Test
    void sampleCityHasActionPlansFiltersChartsAndAJapaneseUrl() {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        assertThat(site.resolve("action-plans/2022/index.html")).isRegularFile();
        assertThat(site.resolve("action-plans/2022/viewpoint-E.html")).isRegularFile();
        assertThat(site.resolve("action-plans/2022/department-joho-seisaku.html")).isRegularFile();
        assertThat(site.resolve("reviews/2021.html")).isRegularFile();
        assertThat(site.resolve("pages/お知らせ.html")).isRegularFile();
        String initiative = read(site.resolve("initiatives/online-shinsei.html"));
        assertThat(initiative).contains("<svg class=\"chart\"", "<caption", "<th scope=\"col\">目標値</th>", "3,500 件",
                "id=\"ooda-");
        assertThat(read(site.resolve("sitemap.xml"))).contains("pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html");
    }

    @Test
    void feedAndSitemapAreWellFormedXml() throws Exception {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThan(5);
        var sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        long pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")
                    && !p.toString().endsWith(".furigana.html")).count();
        }
        assertThat(sitemap.getElementsByTagName("url").getLength()).isEqualTo((int) pages);
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path tmp) throws IOException {
        Path a = BuiltSites.site(BuiltSites.SAMPLE);
        Path b = SiteGenerator.build(BuiltSites.request(BuiltSites.SAMPLE).withOutputDirectory(tmp.resolve("b"))).outputDirectory();
        Map<String, byte[]> first = TestFiles.contents(a);
        Map<String, byte[]> second = TestFiles.contents(b);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void contentErrorsFailAndLeaveThePreviousSite(@TempDir Path tmp) throws IOException {
        Path out = TestFiles.copy(BuiltSites.site(BuiltSites.CITY), tmp.resolve("site"));
        Map<String, byte[]> before = TestFiles.contents(out);

        Path broken = TestFiles.copy(BuiltSites.source(BuiltSites.CITY), tmp.resolve("broken"));
        Path file = broken.resolve("plan/initiatives/paperless.md");
        Files.writeString(file, read(file).replace("  - A", "  - J"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SiteGenerator.build(BuildRequest.of(broken, out)))
                .isInstanceOfSatisfying(ContentErrorException.class, e -> assertThat(e.report().issues())
                        .anySatisfy(i -> {
                            assertThat(i.code().code()).isEqualTo("E-REF-VIEWPOINT");
                            assertThat(i.file()).isEqualTo("initiatives/paperless.md");
                            assertThat(i.line()).isPositive();
                        }));
        assertThat(TestFiles.contents(out)).containsOnlyKeys(before.keySet());
        before.forEach((k, v) -> assertThat(TestFiles.contents(out).get(k)).as(k).isEqualTo(v));
        assertThat(tmp.resolve("site.staging")).doesNotExist();
    }

    @Test
    void aBrokenTemplateFailsInTheRenderStageAndLeavesThePreviousSite(@TempDir Path tmp) throws IOException {
        Path out = TestFiles.copy(BuiltSites.site(BuiltSites.CITY), tmp.resolve("site"));
        Map<String, byte[]> before = TestFiles.contents(out);

        Path project = TestFiles.copy(BuiltSites.source(BuiltSites.CITY), tmp.resolve("project"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/home.ftlh"), "<#import \"layout.ftlh\" as l>\n<@l.page>${content.nothing.here}</@l.page>\n");

        assertThatThrownBy(() -> SiteGenerator.build(BuildRequest.of(project, out)))
                .isInstanceOfSatisfying(SiteException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.RENDER);
                    assertThat(e.getMessage()).startsWith("render: ").contains("home.ftlh");
                });
        before.forEach((k, v) -> assertThat(TestFiles.contents(out).get(k)).as(k).isEqualTo(v));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
