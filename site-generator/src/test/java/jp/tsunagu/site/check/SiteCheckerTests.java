package jp.tsunagu.site.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.TestFiles;

/**
 * tsunagu:check's engine on a fixture with planted faults (the sample city plus {@code check/faults}): every
 * planted fault is found at its file and line, nothing else is, and the real content of {@code content/} has no
 * finding at all. The SARIF report meets the format's constraints; the JUnit XML report counts right.
 */
class SiteCheckerTests {
    private static Path project;
    private static CheckReport faults;

    @BeforeAll
    static void checkTheFixture() throws IOException {
        project = Files.createTempDirectory(Path.of("target"), "check-faults").toAbsolutePath();
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"));
        TestFiles.copy(Path.of("src/test/resources/check/faults").toAbsolutePath(), project.resolve("src"));
        faults = SiteChecker.check(CheckRequest.of(project.resolve("src"), project.resolve("target/tsunagu-check/site")));
    }

    @AfterAll
    static void removeTheFixture() throws IOException {
        TestFiles.delete(project);
    }

    @Test
    void findsEveryPlantedFaultAtItsLineAndNothingElse() throws IOException {
        String page = "pages/check-faults.md";
        List<Object[]> planted = List.of(
                new Object[] {"E-IMG-ALT", page, line(page, "![](../assets/photo.svg)")},
                new Object[] {"W-LINK-TEXT", page, line(page, "[こちら]")},
                new Object[] {"W-LINK-TEXT", page, line(page, "[ここ]")},
                new Object[] {"E-LINK-BROKEN", page, line(page, "nothing.html")},
                new Object[] {"E-LINK-ANCHOR", page, line(page, "#no-such-place")},
                new Object[] {"E-LINK-EMPTY", page, line(page, "[](../index.html)")},
                new Object[] {"W-HEADING-ORDER", page, line(page, "#### 飛んだ見出し")},
                new Object[] {"E-TABLE-HEADER", page, line(page, "| | |")},
                new Object[] {"W-EASY-SENTENCE", "pages/check-faults.easy.md", line("pages/check-faults.easy.md", "ながくて")},
                new Object[] {"W-BODY-HEADING", "initiatives/check-fault.md", line("initiatives/check-fault.md", "## おまけ")},
                new Object[] {"W-OODA-UNREVIEWED", "ooda/ai-chatbot/2023-08-25-generative-ai.md", 0});
        List<Finding> content = faults.findings().stream().filter(f -> f.file().startsWith(faults.contentRoot())).toList();
        assertThat(content).extracting(Finding::code, f -> relative(f.file()), f -> f.code().equals("W-OODA-UNREVIEWED") ? 0 : f.line())
                .containsExactlyInAnyOrderElementsOf(planted.stream().map(p -> tuple(p[0], p[1], p[2])).toList());
        assertThat(faults.pagesChecked()).isTrue();
    }

    @Test
    void templateFaultsNameTheBuiltPageAndItsLine() {
        List<Finding> template = faults.findings().stream().filter(f -> !f.file().startsWith(faults.contentRoot())).toList();
        assertThat(template).isNotEmpty().allSatisfy(f -> {
            assertThat(f.code()).isEqualTo("E-TABLE-HEADER");
            assertThat(f.file().toString()).contains("tsunagu-check/site/pages/").endsWith(".html");
            assertThat(f.line()).isPositive();
            assertThat(f.message()).contains("テンプレート");
        });
        assertThat(template).extracting(f -> f.file().getFileName().toString())
                .contains("check-faults.html", "about-sample.html", "お知らせ.html");
    }

    @Test
    void findingsReadLikeTheBuildsWithFileLineSeverityAndFix() throws IOException {
        String text = faults.format();
        assertThat(text).contains("pages/check-faults.md:" + line("pages/check-faults.md", "[こちら]")
                + ": 警告 W-LINK-TEXT: リンクの文字「こちら」だけでは");
        assertThat(text).contains("pages/check-faults.md:" + line("pages/check-faults.md", "nothing.html")
                + ": エラー E-LINK-BROKEN: リンク「../initiatives/nothing.html」の先のページ「initiatives/nothing.html」はサイトにありません。");
        assertThat(text).endsWith(faults.summary());
        assertThat(faults.atLeast(Severity.ERROR)).extracting(Finding::code)
                .contains("E-IMG-ALT", "E-LINK-BROKEN", "E-LINK-ANCHOR", "E-LINK-EMPTY", "E-TABLE-HEADER")
                .doesNotContain("W-LINK-TEXT");
    }

    @Test
    void theRealContentHasNoFinding() {
        Path scratch = Path.of("target/check-city").toAbsolutePath();
        CheckReport city = SiteChecker.check(CheckRequest.of(BuiltSites.source(BuiltSites.CITY), scratch));
        assertThat(city.findings()).as(city.format()).isEmpty();
        assertThat(city.pagesChecked()).isTrue();
    }

    @Test
    void contentErrorsAreReportedWithTheFileChecksAndTheSkippedPagesAreNamed() throws IOException {
        Path broken = Files.createTempDirectory(Path.of("target"), "check-broken").toAbsolutePath();
        try {
            TestFiles.copy(project.resolve("src"), broken.resolve("src"));
            Path file = broken.resolve("src/plan/initiatives/online-shinsei.md");
            Files.writeString(file, Files.readString(file).replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);
            CheckReport report = SiteChecker.check(CheckRequest.of(broken.resolve("src"), broken.resolve("site")));
            assertThat(report.findings()).extracting(Finding::code).contains("E-REF-VIEWPOINT", "E-IMG-ALT", "W-LINK-TEXT")
                    .doesNotContain("E-LINK-BROKEN");
            assertThat(report.pagesChecked()).isFalse();
            assertThat(report.notes()).singleElement().asString().contains("ページのリンク・見出し・表は検査していません");
            assertThat(broken.resolve("site")).doesNotExist();
        } finally {
            TestFiles.delete(broken);
        }
    }

    @Test
    void sarifMeetsTheFormatsConstraints() throws IOException {
        Path file = project.resolve("target/tsunagu-check/tsunagu-check.sarif");
        CheckReports.writeSarif(faults, file, project);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());
        try (InputStream in = getClass().getResourceAsStream("/check/sarif-2.1.0-subset.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(Files.readString(file), InputFormat.JSON)).isEmpty();
        }
        assertThat(sarif.get("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(run.get("results")).hasSize(faults.findings().size()).allSatisfy(r -> {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
            String uri = r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            assertThat(uri).matches("(src/plan/|target/)[\\x21-\\x7e]+");
        });
        Set<String> ids = java.util.stream.StreamSupport.stream(rules.spliterator(), false).map(r -> r.get("id").asText())
                .collect(Collectors.toSet());
        assertThat(ids).contains("E-LINK-BROKEN", "W-EASY-SENTENCE", "W-BODY-HEADING", "W-OODA-UNREVIEWED");
        assertThat(run.get("results").findValuesAsText("uri"))
                .contains("src/plan/pages/check-faults.md", "target/tsunagu-check/site/pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html");
        assertThat(run.get("results").findValues("level")).extracting(JsonNode::asText).containsOnly("error", "warning");
    }

    @Test
    void theSameFindingsWriteTheSameSarif() throws IOException {
        Path a = project.resolve("target/a.sarif");
        Path b = project.resolve("target/b.sarif");
        CheckReports.writeSarif(faults, a, project);
        List<Finding> reversed = new java.util.ArrayList<>(faults.findings());
        java.util.Collections.reverse(reversed);
        CheckReports.writeSarif(new CheckReport(reversed, faults.contentRoot(), faults.projectDirectory(), true, faults.notes()), b,
                project);
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void junitXmlFailsTheFindingsAtTheThresholdOnly() throws Exception {
        Path file = project.resolve("target/tsunagu-check/TEST-tsunagu-check.xml");
        CheckReports.writeJUnit(faults, file, Severity.ERROR);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        NodeList cases = suite.getElementsByTagName("testcase");
        NodeList failures = suite.getElementsByTagName("failure");
        assertThat(cases.getLength()).isEqualTo(faults.findings().size()).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        assertThat(failures.getLength()).isEqualTo(faults.atLeast(Severity.ERROR).size())
                .isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
        assertThat(((Element) failures.item(0)).getAttribute("type")).startsWith("E-");
        assertThat(suite.getElementsByTagName("system-out").getLength()).isEqualTo((int) faults.count(Severity.WARNING));
    }

    private static String relative(Path file) {
        return faults.contentRoot().relativize(file).toString().replace('\\', '/');
    }

    private static int line(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(project.resolve("src/plan").resolve(file), StandardCharsets.UTF_8);
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                assertThat(found).as("'" + text + "' must be on one line of " + file).isZero();
                found = i + 1;
            }
        }
        assertThat(found).as("'" + text + "' in " + file).isPositive();
        return found;
    }
}
