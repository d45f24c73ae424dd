package jp.tsunagu.site.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Named.named;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.CsvImportException;
import jp.tsunagu.plan.csv.PlanCsv;
import jp.tsunagu.plan.json.PlanJson;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.site.BuiltSites;

/** The open-data files, built in memory: they validate (JSON Schema, Table Schema) and describe each other. */
class OpenDataTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://www.city.example.jp/plan/";
    private static final PlanModel CITY = PlanLoader.load(BuiltSites.source(BuiltSites.CITY).resolve("plan")).orElseThrow();
    private static final PlanModel SAMPLE = PlanLoader.load(BuiltSites.source(BuiltSites.SAMPLE).resolve("plan")).orElseThrow();
    private static final OpenData CITY_DATA = OpenData.of(CITY, BASE, Optional.empty(), true);
    private static final OpenData SAMPLE_DATA = OpenData.of(SAMPLE, BASE, Optional.of(BuiltSites.SAMPLE_LICENSE), true);

    static Stream<Arguments> bothCities() {
        return Stream.of(Arguments.of(named("会津若松市（ライセンスなし）", CITY_DATA)),
                Arguments.of(named("つなぎ野市（CC BY 4.0）", SAMPLE_DATA)));
    }

    @Test
    void listsPlanJsonTheCsvFilesAndTheirDescriptions() {
        assertThat(SAMPLE_DATA.files()).extracting(DataFile::name).containsExactly("plan.json", "990019_viewpoints.csv",
                "990019_initiatives.csv", "990019_initiative_viewpoints.csv", "990019_indicators.csv", "990019_targets.csv",
                "990019_kpi_values.csv", "990019_action_plan_entries.csv", "990019_ooda_cycles.csv", "990019_glossary.csv",
                "datapackage.json", "catalog.jsonld", "plan.schema.json");
        assertThat(SAMPLE_DATA.files()).allSatisfy(f -> assertAll(f.name(),
                () -> assertThat(f.format()).isIn("JSON", "CSV", "JSON-LD"),
                () -> assertThat(f.title()).isNotBlank(),
                () -> assertThat(f.description()).isNotBlank(),
                () -> assertThat(f.size()).isPositive()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothCities")
    void planJsonValidatesAgainstTheShippedSchema(OpenData data) throws IOException {
        JsonSchema schema;
        try (InputStream in = PlanJson.openSchema()) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        JsonNode plan = JSON.readTree(data.file("plan.json").orElseThrow().bytes());

        assertThat(schema.validate(plan)).isEmpty();
        assertThat(data.file("plan.schema.json").orElseThrow().bytes()).isEqualTo(PlanJson.openSchema().readAllBytes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothCities")
    void everyCsvFileHasExactlyTheColumnsAndValuesItsDataPackageSchemaDescribes(OpenData data) throws IOException {
        JsonNode pkg = json(data, "datapackage.json");
        Map<String, byte[]> files = bytes(data);
        Map<String, List<List<String>>> tables = TableSchemaCheck.tables(pkg, files);
        List<String> problems = new ArrayList<>();
        int tabular = 0;
        for (JsonNode r : pkg.get("resources")) {
            if ("tabular-data-resource".equals(r.get("profile").asText())) {
                tabular++;
                problems.addAll(TableSchemaCheck.check(r, files.get(r.get("path").asText()), tables));
            }
        }

        assertThat(tabular).isEqualTo(CsvDataset.values().length);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothCities")
    void theDataPackageIsAWellFormedTabularPackageReferringToTheFiles(OpenData data) throws IOException {
        JsonNode pkg = json(data, "datapackage.json");
        Map<String, byte[]> files = bytes(data);
        Set<String> names = new HashSet<>();

        assertAll("package",
                () -> assertThat(pkg.get("profile").asText()).isEqualTo("tabular-data-package"),
                () -> assertThat(pkg.get("name").asText()).matches("^[-a-z0-9._/]+$"),
                () -> assertThat(pkg.get("homepage").asText()).isEqualTo(BASE + "opendata.html"));
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asText();
            assertAll(path,
                    () -> assertThat(names.add(r.get("name").asText())).as("unique name").isTrue(),
                    () -> assertThat(r.get("name").asText()).matches("^[-a-z0-9._/]+$"),
                    () -> assertThat(files).containsKey(path),
                    () -> assertThat(r.get("bytes").asInt()).isEqualTo(files.get(path).length),
                    () -> assertThat(r.get("hash").asText()).isEqualTo("sha256:" + data.file(path).orElseThrow().sha256()),
                    () -> assertThat(r.get("encoding").asText()).isEqualTo("utf-8"));
        }
    }

    @Test
    void onlyAGivenLicenceIsStatedAndWellKnownOnesCarryTheirIdentifier() throws IOException {
        JsonNode sample = json(SAMPLE_DATA, "datapackage.json").get("licenses");
        assertThat(sample).hasSize(1);
        assertThat(sample.get(0).get("name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(sample.get(0).get("path").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");

        assertThat(json(CITY_DATA, "datapackage.json").has("licenses")).isFalse();
        assertThat(new String(CITY_DATA.file("catalog.jsonld").orElseThrow().bytes(), StandardCharsets.UTF_8))
                .doesNotContain("dct:license");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothCities")
    void theCatalogIsADcatCatalogWhoseDistributionsAreTheFiles(OpenData data) throws IOException {
        JsonNode catalog = json(data, "catalog.jsonld");
        Map<String, byte[]> files = bytes(data);
        List<String> downloads = new ArrayList<>();

        assertAll("catalog",
                () -> assertThat(catalog.at("/@context/dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#"),
                () -> assertThat(catalog.at("/@context/dct").asText()).isEqualTo("http://purl.org/dc/terms/"),
                () -> assertThat(catalog.get("@type").asText()).isEqualTo("dcat:Catalog"),
                () -> assertThat(catalog.at("/dct:publisher/dct:identifier").asText())
                        .isEqualTo(data == SAMPLE_DATA ? "990019" : "072028"),
                () -> assertThat(catalog.get("dcat:dataset")).hasSize(1 + CsvDataset.values().length));
        for (JsonNode ds : catalog.get("dcat:dataset")) {
            assertThat(ds.get("@type").asText()).isEqualTo("dcat:Dataset");
            for (JsonNode d : ds.get("dcat:distribution")) {
                String url = d.at("/dcat:downloadURL/@id").asText();
                assertThat(url).startsWith(BASE + "opendata/");
                String name = url.substring((BASE + "opendata/").length());
                downloads.add(name);
                assertAll(name,
                        () -> assertThat(d.get("@type").asText()).isEqualTo("dcat:Distribution"),
                        () -> assertThat(files).containsKey(name),
                        () -> assertThat(d.at("/dcat:byteSize/@value").asText()).isEqualTo(Integer.toString(files.get(name).length)),
                        () -> assertThat(d.at("/dcat:mediaType/@id").asText())
                                .isEqualTo("http://www.iana.org/assignments/media-types/" + data.file(name).orElseThrow().mediaType()),
                        () -> assertThat(d.has("dct:license")).isEqualTo(data.license().isPresent()));
            }
        }
        assertThat(downloads).contains("plan.json", "datapackage.json").hasSize(2 + CsvDataset.values().length);
    }

    @Test
    void csvFilesStartWithAByteOrderMarkByDefaultAndWithoutWhenConfigured() {
        OpenData plain = OpenData.of(SAMPLE, BASE, Optional.empty(), false);

        assertThat(SAMPLE_DATA.files()).filteredOn(f -> f.format().equals("CSV"))
                .allSatisfy(f -> assertThat(f.bytes()).startsWith(0xEF, 0xBB, 0xBF));
        assertThat(plain.files()).filteredOn(f -> f.format().equals("CSV"))
                .allSatisfy(f -> assertThat(f.bytes()).startsWith("全国地方公共団体コード".getBytes(StandardCharsets.UTF_8)));
        assertThat(plain.csvBom()).isFalse();
    }

    @Test
    void theCsvFilesReadBackIntoTheSameModel() {
        Map<CsvDataset, byte[]> csv = new LinkedHashMap<>();
        for (CsvDataset d : CsvDataset.values()) {
            csv.put(d, SAMPLE_DATA.file(d.fileName(SAMPLE.plan().municipality().code())).orElseThrow().bytes());
        }

        assertThat(PlanCsv.create().merge(SAMPLE, csv)).isEqualTo(SAMPLE);
    }

    @Test
    void aWorkbookWithoutItsOptionalReaderIsRefusedByNameAndCsvStillReads() {
        // fastexcel-reader is optional in plan-model and not on this module's class path, as for an embedder
        assertThat(getClass().getClassLoader().getResource("org/dhatim/fastexcel/reader/ReadableWorkbook.class")).isNull();
        CsvDataset kpi = CsvDataset.KPI_VALUES;
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 0, 0};

        assertThatThrownBy(() -> PlanCsv.create().merge(SAMPLE, Map.of(kpi, workbook)))
                .isInstanceOf(CsvImportException.class)
                .satisfies(e -> assertThat(((CsvImportException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(kpi.workbookFileName(SAMPLE.plan().municipality().code()));
                    assertThat(p.message()).contains("fastexcel-reader").contains("CSV UTF-8");
                }));
    }

    @Test
    void isDeterministic() {
        OpenData again = OpenData.of(SAMPLE, BASE, Optional.of(BuiltSites.SAMPLE_LICENSE), true);

        assertThat(bytes(again)).allSatisfy((name, b) -> assertThat(b).as(name).isEqualTo(bytes(SAMPLE_DATA).get(name)));
    }

    @Test
    void writesEveryFileIntoAFolder(@TempDir Path tmp) throws IOException {
        CITY_DATA.writeTo(tmp.resolve("opendata"));

        for (DataFile f : CITY_DATA.files()) {
            assertThat(Files.readAllBytes(tmp.resolve("opendata").resolve(f.name()))).as(f.name()).isEqualTo(f.bytes());
        }
    }

    @Test
    void writtenWhereItIsPublishedHoldsTheSameFilesSizesAndHashes(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("site/opendata");
        OpenData written = OpenData.writtenTo(folder, CITY, BASE, Optional.empty(), true);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(CITY_DATA.files().stream().map(DataFile::name).toList());
        }
        assertThat(written.files()).hasSameSizeAs(CITY_DATA.files());
        for (int n = 0; n < written.files().size(); n++) {
            DataFile f = written.files().get(n);
            DataFile inMemory = CITY_DATA.files().get(n);
            byte[] onDisk = Files.readAllBytes(folder.resolve(f.name()));
            assertThat(onDisk).as(f.name()).isEqualTo(inMemory.bytes());
            assertThat(f.name()).isEqualTo(inMemory.name());
            assertThat(f.size()).as(f.name()).isEqualTo(onDisk.length).isEqualTo(inMemory.size());
            assertThat(f.sha256()).as(f.name()).isEqualTo(inMemory.sha256());
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            https://creativecommons.org/licenses/by/4.0/,            CC-BY-4.0
            https://creativecommons.org/licenses/by/4.0/deed.ja,     CC-BY-4.0
            http://creativecommons.org/licenses/by/4.0/legalcode.ja, CC-BY-4.0
            https://creativecommons.org/licenses/by-sa/4.0/,         CC-BY-SA-4.0
            https://creativecommons.org/publicdomain/zero/1.0/,      CC0-1.0
            https://www.digital.go.jp/resources/open_data/public_data_license_v1.0, ''
            """)
    void knowsTheIdentifiersOfWellKnownLicences(String url, String id) {
        assertThat(License.of("名称", url).openDefinitionId().orElse("")).isEqualTo(id);
    }

    @Test
    void refusesALicenceWithoutAnAbsoluteAddress() {
        assertThatThrownBy(() -> License.of("CC BY 4.0", "licenses/by/4.0/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> License.of(" ", "https://example.jp/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsSizesForReaders() {
        assertThat(new DataFile("a", "CSV", "text/csv", "t", "d", new byte[812], null).displaySize()).isEqualTo("812 バイト");
        assertThat(new DataFile("a", "CSV", "text/csv", "t", "d", new byte[12_595], null).displaySize()).isEqualTo("12.3 KB");
    }

    private static JsonNode json(OpenData data, String name) throws IOException {
        return JSON.readTree(data.file(name).orElseThrow().bytes());
    }

    private static Map<String, byte[]> bytes(OpenData data) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        data.files().forEach(f -> m.put(f.name(), f.bytes()));
        return m;
    }
}
