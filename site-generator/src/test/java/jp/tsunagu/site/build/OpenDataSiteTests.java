package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.publish.DataFile;
import jp.tsunagu.site.publish.OpenData;

/**
 * The open data in the built sites: every build publishes it in {@code opendata/}, the open-data page lists it
 * with its licence, every page carries schema.org JSON-LD that parses, and {@code export} writes the same files.
 */
class OpenDataSiteTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyBuildPublishesTheOpenDataFiles(String name) throws IOException {
        Path site = BuiltSites.site(name);
        BuildRequest request = BuiltSites.request(name);
        PlanModel model = PlanLoader.load(request.planDirectory()).orElseThrow();
        OpenData expected = OpenData.of(model, request.baseUrl().toString(), request.license(), request.csvBom());

        try (Stream<Path> files = Files.list(site.resolve("opendata"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expected.files().stream().map(DataFile::name).toList());
        }
        for (DataFile f : expected.files()) {
            assertThat(Files.readAllBytes(site.resolve("opendata").resolve(f.name()))).as(f.name()).isEqualTo(f.bytes());
        }
        assertThat(site.resolve("opendata/" + model.plan().municipality().code() + "_kpi_values.csv")).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void theOpenDataPageListsEveryFileWithFormatSizeAndDescription(String name) throws IOException {
        Path site = BuiltSites.site(name);
        Document page = Jsoup.parse(site.resolve("opendata.html").toFile(), "UTF-8");
        List<Element> rows = page.select("table.data-files tbody tr");
        List<String> files;
        try (Stream<Path> s = Files.list(site.resolve("opendata"))) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertThat(rows).extracting(r -> r.selectFirst("th a").text()).containsExactlyInAnyOrderElementsOf(files);
        for (Element r : rows) {
            String file = r.selectFirst("th a").text();
            assertAll(file,
                    () -> assertThat(r.selectFirst("th a").attr("href")).isEqualTo("opendata/" + file),
                    () -> assertThat(r.select("td").get(0).text()).isIn("CSV", "JSON", "JSON-LD"),
                    () -> assertThat(r.select("td").get(1).text()).matches("\\d+ バイト|\\d+\\.\\d KB|\\d+\\.\\d MB"),
                    () -> assertThat(r.select("td").get(2).text()).isNotBlank());
        }
    }

    @Test
    void theSampleCitysLicenceIsLinkedAndItsSourceNamed() throws IOException {
        Document page = Jsoup.parse(BuiltSites.site(BuiltSites.SAMPLE).resolve("opendata.html").toFile(), "UTF-8");

        Element license = page.selectFirst("a[rel=license]");
        assertThat(license.attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(license.text()).contains("CC BY 4.0");
        assertThat(page.select("#license ~ p").text()).contains("tsunagu.license.name");
    }

    @Test
    void theRealCitysPageStatesNoLicenceItWasNotGiven() throws IOException {
        Document page = Jsoup.parse(BuiltSites.site(BuiltSites.CITY).resolve("opendata.html").toFile(), "UTF-8");

        assertThat(page.select("a[rel=license]")).isEmpty();
        assertThat(page.text()).contains("利用条件が指定されていない", "会津若松市にお問い合わせください")
                .doesNotContain("CC BY", "クリエイティブ・コモンズ");
        assertThat(Files.readString(BuiltSites.site(BuiltSites.CITY).resolve("opendata/datapackage.json")))
                .doesNotContain("licenses");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void theFooterAndTheSiteMapLinkTheOpenDataPage(String name) throws IOException {
        Path site = BuiltSites.site(name);
        Document sitemap = Jsoup.parse(site.resolve("sitemap.html").toFile(), "UTF-8");
        Document initiative = Jsoup.parse(site.resolve("initiatives/index.html").toFile(), "UTF-8");

        assertThat(sitemap.select("main a[href=opendata.html]")).hasSize(1);
        assertThat(initiative.select("footer a[href=../opendata.html]")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyPagesJsonLdParsesAsSchemaOrgData(String name) throws IOException {
        Path site = BuiltSites.site(name);
        List<String> problems = new ArrayList<>();
        int withBreadcrumbs = 0;
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path p : pages) {
            String rel = site.relativize(p).toString();
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element script : doc.select("script[type=application/ld+json]")) {
                String data = script.data();
                if (data.contains("</")) {
                    problems.add(rel + ": '</' inside the script");
                }
                JsonNode ld;
                try {
                    ld = JSON.readTree(data);
                } catch (IOException e) {
                    problems.add(rel + ": not JSON: " + e.getMessage());
                    continue;
                }
                if (!"https://schema.org".equals(ld.path("@context").asText())) {
                    problems.add(rel + ": @context is " + ld.path("@context"));
                }
                if (breadcrumbs(ld) != null) {
                    withBreadcrumbs++;
                    JsonNode items = breadcrumbs(ld).get("itemListElement");
                    JsonNode last = items.get(items.size() - 1);
                    if (!decode(last.get("item").asText()).equals(decode(doc.selectFirst("link[rel=canonical]").attr("href")))) {
                        problems.add(rel + ": last breadcrumb " + last.get("item") + " is not the page");
                    }
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i).get("position").asInt() != i + 1) {
                            problems.add(rel + ": breadcrumb positions " + items);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        // the home page in each language (index.html, index.en.html, index.zh-Hans.html …) and the 404 page, and their
        // furigana variants, have no breadcrumbs
        long without = pages.stream().map(p -> site.relativize(p).toString())
                .filter(p -> p.matches("(index(\\.[A-Za-z-]+)?|404)(\\.furigana)?\\.html")).count();
        assertThat(withBreadcrumbs).as("every page but the home and 404 pages").isEqualTo(pages.size() - without);
    }

    @Test
    void theHomePageDescribesTheMunicipalityAndThePlan() throws IOException {
        Document home = Jsoup.parse(BuiltSites.site(BuiltSites.CITY).resolve("index.html").toFile(), "UTF-8");
        JsonNode graph = JSON.readTree(home.selectFirst("script[type=application/ld+json]").data()).get("@graph");

        JsonNode org = graph.get(0);
        JsonNode report = graph.get(1);
        assertAll("home",
                () -> assertThat(org.get("@type").asText()).isEqualTo("GovernmentOrganization"),
                () -> assertThat(org.get("name").asText()).isEqualTo("会津若松市"),
                () -> assertThat(org.at("/identifier/value").asText()).isEqualTo("072028"),
                () -> assertThat(report.get("@type").asText()).isEqualTo("Report"),
                () -> assertThat(report.get("name").asText()).isEqualTo("会津若松市情報化推進計画（基本方針）"),
                () -> assertThat(report.get("datePublished").asText()).isEqualTo("2020-03"),
                () -> assertThat(report.at("/publisher/@id").asText()).isEqualTo(org.get("@id").asText()),
                () -> assertThat(report.has("license")).as("no licence invented for the real city").isFalse());
    }

    @Test
    void theOpenDataPageDescribesADatasetWithADownloadPerFile() throws IOException {
        Path site = BuiltSites.site(BuiltSites.SAMPLE);
        Document page = Jsoup.parse(site.resolve("opendata.html").toFile(), "UTF-8");
        JsonNode dataset = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        long files;
        try (Stream<Path> s = Files.list(site.resolve("opendata"))) {
            files = s.count();
        }

        assertThat(dataset.get("@type").asText()).isEqualTo("Dataset");
        assertThat(dataset.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.get("description").asText().length()).isGreaterThanOrEqualTo(50);
        assertThat(dataset.get("distribution")).hasSize((int) files)
                .allSatisfy(d -> assertThat(d.get("contentUrl").asText()).startsWith("http://localhost/opendata/"));
    }

    @Test
    void exportWritesTheSameFilesAloneAndWithoutByteOrderMarkWhenAsked(@TempDir Path tmp) throws IOException {
        BuildRequest request = BuiltSites.request(BuiltSites.SAMPLE).withOutputDirectory(tmp.resolve("data"));
        Path site = BuiltSites.site(BuiltSites.SAMPLE);

        BuildResult result = SiteGenerator.export(request);
        Map<String, byte[]> exported = TestFiles.contents(result.outputDirectory());
        BuildResult plain = SiteGenerator.export(request.withCsvBom(false).withOutputDirectory(tmp.resolve("plain")));

        assertThat(exported).hasSize(result.files());
        exported.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(readBytes(site.resolve("opendata").resolve(name))));
        assertThat(tmp.resolve("data.staging")).doesNotExist();
        assertThat(Files.readAllBytes(plain.outputDirectory().resolve("990019_initiatives.csv")))
                .startsWith("全国地方公共団体コード".getBytes(StandardCharsets.UTF_8));
        assertThat(exported.get("990019_initiatives.csv")).startsWith(0xEF, 0xBB, 0xBF);
    }

    private static JsonNode breadcrumbs(JsonNode ld) {
        if ("BreadcrumbList".equals(ld.path("@type").asText())) {
            return ld;
        }
        for (JsonNode n : ld.path("@graph")) {
            if ("BreadcrumbList".equals(n.path("@type").asText())) {
                return n;
            }
        }
        return null;
    }

    private static String decode(String url) {
        return java.net.URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
