package jp.tsunagu.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GovernanceKind;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.Municipality;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.load.PlanLoader;

class PlanJsonTests {
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    /** Reads numbers as exact decimals with their scale, so {@code 46.0} is not read as {@code 46}. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final PlanJson JSON = PlanJson.create();
    private static final PlanModel CITY = PlanLoader.load(TestContent.city()).orElseThrow();
    private static final PlanModel SAMPLE_CITY = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
    private static final JsonSchema SCHEMA = loadSchema();

    static Stream<Arguments> contentSets() {
        return Stream.of(
                Arguments.of(named("会津若松市 (content/src/plan)", CITY)),
                Arguments.of(named("つなぎ野市 (test-fixtures/sample-city)", SAMPLE_CITY)));
    }

    @Nested
    class Export {

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.json.PlanJsonTests#contentSets")
        void validatesAgainstTheSchema(PlanModel model) {
            Set<ValidationMessage> messages = SCHEMA.validate(JSON.toJson(model), InputFormat.JSON);

            assertThat(messages).isEmpty();
        }

        @Test
        void carriesTheLanguageVariantsWithTheirTags() throws IOException {
            JsonNode variants = EXACT.readTree(JSON.toJson(CITY)).path("variants");

            assertThat(variants).hasSize(20); // plan.md (home page and policy) and viewpoints A–I, each in two languages
            assertThat(variants.get(0).path("item").asText()).isEqualTo("plan");
            assertThat(variants.get(0).path("language").asText()).isEqualTo("ja-x-easy");
            assertThat(variants.get(1).path("language").asText()).isEqualTo("en");
            assertThat(variants.get(1).path("body").path("sections")).isNotEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.json.PlanJsonTests#contentSets")
        void isByteIdenticalForTheSameModel(PlanModel model) {
            assertEquals(JSON.toJson(model), JSON.toJson(model));
        }

        @Test
        void isByteIdenticalAcrossLoadsOfTheSameContent() {
            PlanModel again = PlanLoader.load(TestContent.sampleCity()).orElseThrow();

            assertEquals(JSON.toJson(SAMPLE_CITY), JSON.toJson(again));
        }

        @Test
        void isPrettyPrintedWithLineFeedsAndEndsWithANewline() {
            String json = JSON.toJson(SAMPLE_CITY);

            assertAll("layout",
                    () -> assertThat(json).startsWith("{\n  \"$schema\": \"" + PlanJson.SCHEMA_ID + "\",\n"),
                    () -> assertThat(json).doesNotContain("\r"),
                    () -> assertThat(json).endsWith("}\n").doesNotEndWith("\n\n"),
                    () -> assertThat(json).contains("\n  \"format\": \"tsunagu-plan\",\n  \"version\": 1,\n"),
                    () -> assertThat(json).doesNotContain("\\u"));
        }

        @Test
        void putsTopLevelKeysInAFixedOrder() {
            List<String> keys = new ArrayList<>();
            JSON.toTree(SAMPLE_CITY).fieldNames().forEachRemaining(keys::add);

            assertThat(keys).containsExactly("$schema", "format", "version", "plan", "viewpoints", "initiatives",
                    "departments", "governance", "actionPlans", "oodaCycles", "reviews", "glossary", "references",
                    "pages", "variants", "progress");
        }

        @Test
        void writesTheSameBytesToAFileInUtf8(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("plan.json");

            JSON.write(CITY, file);

            assertThat(Files.readAllBytes(file)).isEqualTo(JSON.toJson(CITY).getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"name\": \"会津若松市\"");
        }

        @Test
        void streamsTheTextOfTheWholeTreeOneListItemAtATime() throws IOException {
            for (PlanModel model : List.of(CITY, SAMPLE_CITY, tinyModel())) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

                JSON.writeTo(model, out);

                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.toJson(model));
            }
        }

        @Test
        void reportsAFolderThatCannotBeWritten(@TempDir Path dir) {
            Path file = dir.resolve("missing-folder/plan.json");

            assertThatThrownBy(() -> JSON.write(CITY, file))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Failed to write the plan's JSON to '" + file + "'");
        }

        @Test
        void rejectsNull() {
            assertAll(
                    () -> assertThatNullPointerException().isThrownBy(() -> JSON.toJson(null)).withMessage("model"),
                    () -> assertThatNullPointerException().isThrownBy(() -> JSON.write(CITY, null)).withMessage("file"));
        }

        @Test
        void givesAFreshTreeEachTime() {
            ObjectNode first = JSON.toTree(SAMPLE_CITY);
            first.put("format", "changed");

            assertThat(JSON.toTree(SAMPLE_CITY).get("format").asText()).isEqualTo(PlanJson.FORMAT);
        }

        @Test
        void keepsTheMunicipalityCodeAsTextWithItsLeadingZero() throws IOException {
            JsonNode code = EXACT.readTree(JSON.toJson(CITY)).at("/plan/municipality/code");

            assertAll("code",
                    () -> assertThat(code.isTextual()).isTrue(),
                    () -> assertThat(code.asText()).isEqualTo("072028"));
        }

        @Test
        void keepsDecimalsExactlyAsTheContentWroteThem() throws IOException {
            String json = JSON.toJson(SAMPLE_CITY);
            JsonNode ritsu = indicator(EXACT.readTree(json), "online-shinsei", "online-tetsuzuki-ritsu");

            assertAll("online-tetsuzuki-ritsu",
                    () -> assertThat(ritsu.at("/baseline/value").decimalValue()).isEqualTo(new BigDecimal("18.5")),
                    () -> assertThat(row(ritsu, 2022).get("actual").decimalValue()).isEqualTo(new BigDecimal("46.0")),
                    () -> assertThat(json).contains("\"actual\": 46.0,"));
        }

        @Test
        void writesNumbersWithoutFloatingPointOrExponents() throws IOException {
            String json = JSON.toJson(tinyModel());
            JsonNode k = indicator(EXACT.readTree(json), "tiny", "k");

            assertAll("decimals",
                    () -> assertThat(json).contains("\"value\": 12345678901234567890.123456789012345,"),
                    () -> assertThat(json).contains("\"value\": 1000,"),
                    () -> assertThat(json).doesNotContain("E+"),
                    () -> assertThat(k.at("/targets/0/value").decimalValue())
                            .isEqualTo(new BigDecimal("12345678901234567890.123456789012345")),
                    () -> assertThat(row(k, 2021).get("actual").decimalValue()).isEqualTo(new BigDecimal("0.10")));
        }

        @Test
        void omitsTheKeysOfEmptyOptionals() {
            ObjectNode root = JSON.toTree(tinyModel());
            JsonNode initiative = root.at("/initiatives/0");
            JsonNode entry = root.at("/actionPlans/0/entries/0");

            assertAll("omitted",
                    () -> assertThat(root.at("/plan").has("vision")).isFalse(),
                    () -> assertThat(root.at("/plan/municipality").has("nameEn")).isFalse(),
                    () -> assertThat(initiative.has("department")).isFalse(),
                    () -> assertThat(initiative.at("/period").has("end")).isFalse(),
                    () -> assertThat(initiative.at("/indicators/0").has("baseline")).isFalse(),
                    () -> assertThat(initiative.at("/indicators/0/targets/0").has("note")).isFalse(),
                    () -> assertThat(root.at("/actionPlans/0").has("published")).isFalse(),
                    () -> assertThat(entry.has("rating")).isFalse(),
                    () -> assertThat(entry.has("ratingLabel")).isFalse(),
                    () -> assertThat(entry.has("nextDirection")).isFalse(),
                    () -> assertThat(JSON.toJson(tinyModel())).doesNotContain("null"));
        }

        @Test
        void validatesAHandBuiltModelWithEmptyOptionals() {
            assertThat(SCHEMA.validate(JSON.toJson(tinyModel()), InputFormat.JSON)).isEmpty();
        }
    }

    @Nested
    class SampleCity {
        private final JsonNode root = JSON.toTree(SAMPLE_CITY);

        @Test
        void hasTheHeaderAndTheMunicipality() {
            assertAll("header",
                    () -> assertThat(root.get("$schema").asText()).isEqualTo(PlanJson.SCHEMA_ID),
                    () -> assertThat(root.get("format").asText()).isEqualTo("tsunagu-plan"),
                    () -> assertThat(root.get("version").asInt()).isEqualTo(1),
                    () -> assertThat(root.at("/plan/id").asText()).isEqualTo("tsunagino-it-plan"),
                    () -> assertThat(root.at("/plan/municipality/code").asText()).isEqualTo("990019"),
                    () -> assertThat(root.at("/plan/adopted").asText()).isEqualTo("2021-03"),
                    () -> assertThat(root.at("/plan/revisions/0/date").asText()).isEqualTo("2022-06-24"));
        }

        @Test
        void keysActionPlansAndReviewsByFiscalYearWithWareki() {
            assertAll("years",
                    () -> assertThat(root.get("actionPlans")).extracting(a -> a.get("fiscalYear").asInt())
                            .containsExactly(2021, 2022, 2023),
                    () -> assertThat(root.get("actionPlans")).extracting(a -> a.get("wareki").asText())
                            .containsExactly("令和3年度", "令和4年度", "令和5年度"),
                    () -> assertThat(root.at("/reviews/1/fiscalYear").asInt()).isEqualTo(2022),
                    () -> assertThat(root.at("/reviews/1/wareki").asText()).isEqualTo("令和4年度"));
        }

        @Test
        void writesVocabulariesAsLabelAndCode() {
            JsonNode initiative = initiative(root, "online-shinsei");
            JsonNode cycle = find(root.get("oodaCycles"), "id", "online-shinsei-2022-target-raise");

            assertAll("vocabularies",
                    () -> assertThat(initiative.get("status").asText()).isEqualTo("実施中"),
                    () -> assertThat(initiative.get("statusCode").asText()).isEqualTo("ACTIVE"),
                    () -> assertThat(initiative.at("/indicators/0/direction").asText()).isEqualTo("高いほど良い"),
                    () -> assertThat(initiative.at("/indicators/0/directionCode").asText()).isEqualTo("HIGHER_IS_BETTER"),
                    () -> assertThat(cycle.get("decisionLevel").asText()).isEqualTo("CIOチーム"),
                    () -> assertThat(cycle.get("decisionLevelCode").asText()).isEqualTo("CIO_TEAM"));
        }

        @Test
        void keepsEveryTargetAndMarksTheCurrentOne() {
            JsonNode kensu = indicator(root, "online-shinsei", "online-shinsei-kensu");
            List<String> targets = new ArrayList<>();
            kensu.get("targets").forEach(t -> targets.add(t.get("fiscalYear").asInt() + " " + t.get("value").asText()
                    + " " + t.get("decided").asText() + " " + t.get("current").asBoolean()));

            assertThat(targets).containsExactly(
                    "2021 2000 2021-03-26 true",
                    "2022 3000 2021-03-26 false",
                    "2022 3500 2022-05-27 true",
                    "2023 4000 2021-03-26 false",
                    "2023 5000 2022-05-27 true");
        }

        @Test
        void givesTheSeriesWithTheLatestDecidedTargetAndProgress() {
            JsonNode kensu = indicator(root, "online-shinsei", "online-shinsei-kensu");

            assertAll("online-shinsei-kensu",
                    () -> assertThat(kensu.get("series")).extracting(r -> r.get("fiscalYear").asInt())
                            .containsExactly(2020, 2021, 2022, 2023),
                    () -> assertThat(row(kensu, 2020).toString())
                            .isEqualTo("{\"fiscalYear\":2020,\"wareki\":\"令和2年度\",\"baseline\":1200}"),
                    () -> assertThat(row(kensu, 2022).toString()).isEqualTo("{\"fiscalYear\":2022,\"wareki\":\"令和4年度\","
                            + "\"target\":3500,\"actual\":3720,\"progress\":{\"ratio\":1.0957,\"achieved\":true}}"),
                    () -> assertThat(row(kensu, 2023).get("target").decimalValue()).isEqualByComparingTo("5000"),
                    () -> assertThat(row(kensu, 2023).at("/progress/ratio").decimalValue())
                            .isEqualTo(new BigDecimal("1.0211")));
        }

        @Test
        void linksEachInitiativeToItsActionPlansCyclesAndReviews() {
            JsonNode online = initiative(root, "online-shinsei");
            JsonNode soudan = initiative(root, "digital-soudan");

            assertAll("links",
                    () -> assertThat(online.get("actionPlans")).extracting(JsonNode::asInt).containsExactly(2021, 2022, 2023),
                    () -> assertThat(online.get("oodaCycles")).extracting(JsonNode::asText)
                            .containsExactly("online-shinsei-2022-target-raise"),
                    () -> assertThat(online.get("reviews")).extracting(JsonNode::asInt).containsExactly(2022),
                    () -> assertThat(soudan.get("actionPlans")).extracting(JsonNode::asInt).containsExactly(2021, 2022),
                    () -> assertThat(soudan.get("oodaCycles")).extracting(JsonNode::asText)
                            .containsExactly("digital-soudan-2022-suspend"));
        }

        @Test
        void marksPlanWideAndUnreviewedCycles() {
            JsonNode planWide = find(root.get("oodaCycles"), "id", "plan-2021-dx-priority");
            JsonNode unreviewed = find(root.get("oodaCycles"), "id", "ai-chatbot-2023-generative-ai");

            assertAll("cycles",
                    () -> assertThat(planWide.has("initiative")).isFalse(),
                    () -> assertThat(planWide.get("fiscalYear").asInt()).isEqualTo(2021),
                    () -> assertThat(planWide.get("reviews")).extracting(JsonNode::asInt).containsExactly(2021),
                    () -> assertThat(unreviewed.get("requiresPlanRevision").asBoolean()).isTrue(),
                    () -> assertThat(unreviewed.get("reviews")).isEmpty());
        }

        @Test
        void addsTheRatingLabelOfTheYearsScale() {
            JsonNode entry = find(root.at("/actionPlans/1/entries"), "initiative", "online-shinsei");

            assertAll("entry",
                    () -> assertThat(entry.get("rating").asText()).isEqualTo("A"),
                    () -> assertThat(entry.get("ratingLabel").asText()).isEqualTo("目標を上回った"),
                    () -> assertThat(entry.get("nextDirection").asText()).isEqualTo("拡充"),
                    () -> assertThat(entry.has("fiscalYear")).isFalse());
        }

        @Test
        void splitsBodiesIntoSections() {
            JsonNode body = initiative(root, "online-shinsei").get("body");

            assertAll("body",
                    () -> assertThat(body.get("markdown").asText()).startsWith("## 概要"),
                    () -> assertThat(body.get("sections")).extracting(s -> s.get("heading").asText())
                            .containsExactly("概要", "内容", "課題"));
        }
    }

    @Nested
    class Schema {

        static Stream<Arguments> mutations() {
            return Stream.of(
                    mutation("municipality code as a number", "type /plan/municipality/code",
                            r -> obj(r, "/plan/municipality").put("code", 990019)),
                    mutation("municipality code of five digits", "pattern /plan/municipality/code",
                            r -> obj(r, "/plan/municipality").put("code", "99001")),
                    mutation("unknown top-level property", "additionalProperties ",
                            r -> r.put("generatedAt", "2024-01-01")),
                    mutation("unknown property in an initiative", "additionalProperties /initiatives/0",
                            r -> obj(r, "/initiatives/0").put("owner", "x")),
                    mutation("unknown property in a series row", "additionalProperties /initiatives/1/indicators/0/series/0",
                            r -> obj(r, "/initiatives/1/indicators/0/series/0").put("note", "x")),
                    mutation("required title missing", "required /plan",
                            r -> obj(r, "/plan").remove("title")),
                    mutation("id in upper case", "pattern /initiatives/0/id",
                            r -> obj(r, "/initiatives/0").put("id", "AI-Chatbot")),
                    mutation("viewpoint code in lower case", "pattern /viewpoints/0/code",
                            r -> obj(r, "/viewpoints/0").put("code", "a")),
                    mutation("fiscal year before 1989", "minimum /actionPlans/0/fiscalYear",
                            r -> obj(r, "/actionPlans/0").put("fiscalYear", 1988)),
                    mutation("fiscal year as text", "type /actionPlans/0/fiscalYear",
                            r -> obj(r, "/actionPlans/0").put("fiscalYear", "2021")),
                    mutation("wareki not in 和暦", "pattern /actionPlans/0/wareki",
                            r -> obj(r, "/actionPlans/0").put("wareki", "R3")),
                    mutation("date with slashes", "pattern /oodaCycles/0/decided",
                            r -> obj(r, "/oodaCycles/0").put("decided", "2021/07/09")),
                    mutation("impossible date", "format /oodaCycles/0/decided",
                            r -> obj(r, "/oodaCycles/0").put("decided", "2021-02-30")),
                    mutation("month with a day", "pattern /plan/adopted",
                            r -> obj(r, "/plan").put("adopted", "2021-03-01")),
                    mutation("decimal as text", "type /actionPlans/0/entries/1/actuals/0/value",
                            r -> obj(r, "/actionPlans/0/entries/1/actuals/0").put("value", "1,200")),
                    mutation("unknown status label", "enum /initiatives/0/status",
                            r -> obj(r, "/initiatives/0").put("status", "進行中")),
                    mutation("empty optional written as null", "type /initiatives/0/department",
                            r -> obj(r, "/initiatives/0").putNull("department")),
                    mutation("initiative without viewpoints", "minItems /initiatives/0/viewpoints",
                            r -> obj(r, "/initiatives/0").putArray("viewpoints")),
                    mutation("other format", "const /format",
                            r -> r.put("format", "other")),
                    mutation("other $schema", "const /$schema",
                            r -> r.put("$schema", "https://example.org/plan.json")));
        }

        private static Arguments mutation(String name, String expected, Consumer<ObjectNode> change) {
            return Arguments.of(named(name, change), expected);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("mutations")
        void rejectsAMutatedExport(Consumer<ObjectNode> change, String expected) {
            ObjectNode root = JSON.toTree(SAMPLE_CITY);
            assertThat(SCHEMA.validate(root)).as("before the change").isEmpty();

            change.accept(root);

            assertThat(SCHEMA.validate(root)).extracting(m -> m.getType() + " " + m.getInstanceLocation())
                    .contains(expected);
        }

        @Test
        void isAValidDraft202012Schema() throws IOException {
            assertThat(metaSchema().validate(schemaTree())).isEmpty();
        }

        @Test
        void metaSchemaCatchesABrokenSchema() {
            String broken = "{\"type\": \"objekt\", \"required\": \"id\"}";

            assertThat(metaSchema().validate(broken, InputFormat.JSON)).hasSize(3);
        }

        @Test
        void usesOnlyKeywordsDraft202012Knows() throws IOException {
            try (InputStream in = PlanJson.openSchema()) {
                JsonSchema schema = strictFactory().getSchema(in, config());
                schema.initializeValidators();

                assertThat(schema.validate(JSON.toTree(SAMPLE_CITY))).isEmpty();
            }
        }

        @Test
        void strictFactoryCatchesAMisspelledKeyword() {
            String misspelled = "{\"$schema\": \"" + META_SCHEMA + "\", \"type\": \"object\", \"additionalProperty\": false}";

            assertThatThrownBy(() -> strictFactory().getSchema(misspelled, config()).initializeValidators())
                    .isInstanceOf(InvalidSchemaException.class)
                    .hasMessageContaining("'additionalProperty' is unknown");
        }

        private static JsonSchema metaSchema() {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(META_SCHEMA), config());
        }

        /** A draft 2020-12 factory that fails on any keyword it does not know, instead of ignoring it. */
        private static JsonSchemaFactory strictFactory() {
            JsonMetaSchema strict = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(strict));
        }

        @Test
        void isFoundInTheClassPathUnderItsId() throws IOException {
            JsonNode schema = schemaTree();

            assertAll("schema",
                    () -> assertThat(PlanJson.schemaUrl().getPath()).endsWith("/jp/tsunagu/plan/json/plan.schema.json"),
                    () -> assertThat(schema.get("$schema").asText()).isEqualTo(META_SCHEMA),
                    () -> assertThat(schema.get("$id").asText()).isEqualTo(PlanJson.SCHEMA_ID),
                    () -> assertThat(schema.at("/properties/$schema/const").asText()).isEqualTo(PlanJson.SCHEMA_ID));
        }

        @Test
        void closesEveryObjectAndRequiresItsKeys() throws IOException {
            List<String> open = new ArrayList<>();
            walk(schemaTree(), "#", (path, node) -> {
                if ("object".equals(node.path("type").asText())) {
                    if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                        open.add(path + ": additionalProperties is not false");
                    }
                    if (!node.has("required")) {
                        open.add(path + ": no required list");
                    }
                    node.path("required").forEach(r -> {
                        if (!node.path("properties").has(r.asText())) {
                            open.add(path + ": requires undeclared '" + r.asText() + "'");
                        }
                    });
                }
            });

            assertThat(open).isEmpty();
        }

        @Test
        void usesEveryDefinitionAndDefinesEveryReference() throws IOException {
            JsonNode schema = schemaTree();
            Set<String> refs = new TreeSet<>();
            walk(schema, "#", (path, node) -> {
                if (node.has("$ref")) {
                    refs.add(node.get("$ref").asText());
                }
            });
            Set<String> defs = new TreeSet<>();
            schema.get("$defs").fieldNames().forEachRemaining(d -> defs.add("#/$defs/" + d));

            assertThat(refs).isEqualTo(defs);
        }

        @Test
        void listsTheModelsVocabularies() throws IOException {
            JsonNode defs = schemaTree().get("$defs");

            assertAll("enums",
                    () -> assertVocabulary(defs.at("/initiative/properties"), "status", InitiativeStatus.class),
                    () -> assertVocabulary(defs.at("/indicator/properties"), "direction", Direction.class),
                    () -> assertVocabulary(defs.at("/governanceBody/properties"), "kind", GovernanceKind.class),
                    () -> assertVocabulary(defs.at("/oodaCycle/properties"), "decisionLevel", DecisionLevel.class),
                    () -> assertThat(defs.at("/fiscalYear/minimum").asInt()).isEqualTo(FiscalYear.MIN_YEAR),
                    () -> assertThat(defs.at("/fiscalYear/maximum").asInt()).isEqualTo(FiscalYear.MAX_YEAR));
        }

        private static <E extends Enum<E> & Labelled> void assertVocabulary(JsonNode properties, String key,
                Class<E> type) {
            assertThat(properties.at("/" + key + "/enum")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(Labelled.labels(type));
            assertThat(properties.at("/" + key + "Code/enum")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }

        private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
            if (node.isObject()) {
                visit.accept(path, node);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), path + "/" + e.getKey(), visit);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), path + "/" + i, visit);
                }
            }
        }
    }

    // fixtures and helpers

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = PlanJson.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaTree() throws IOException {
        try (InputStream in = PlanJson.openSchema()) {
            return EXACT.readTree(in);
        }
    }

    /** A plan with one initiative, one indicator without baseline and every optional left empty. */
    private static PlanModel tinyModel() {
        Plan plan = new Plan("tiny-plan", "小さな計画", Municipality.of("会津若松市", "072028"), YearMonth.of(2020, 3),
                "上位計画", List.of(), "基本理念", Optional.empty(), List.of(), List.of(), RatingScale.EMPTY, List.of(),
                List.of(), MarkdownBody.EMPTY);
        Indicator k = new Indicator("k", "指標", "%", Direction.LOWER_IS_BETTER, Optional.empty(), List.of(
                new Target(FiscalYear.of(2021), new BigDecimal("12345678901234567890.123456789012345"),
                        LocalDate.of(2021, 3, 1), Optional.empty()),
                new Target(FiscalYear.of(2022), new BigDecimal("1E+3"), LocalDate.of(2021, 3, 1), Optional.empty())));
        Initiative initiative = new Initiative("tiny", "小さな取組", List.of(ViewpointCode.of("A")), Optional.empty(),
                InitiativeStatus.PLANNED, Optional.of(PlanPeriod.from(2021)), "概要", List.of(k), List.of(),
                MarkdownBody.EMPTY);
        ActionPlanEntry entry = new ActionPlanEntry("tiny", FiscalYear.of(2021),
                List.of(new Actual("k", new BigDecimal("0.10"), Optional.empty())), Optional.empty(), Optional.empty(),
                MarkdownBody.EMPTY);
        ActionPlan actionPlan = new ActionPlan(FiscalYear.of(2021), "令和3年度アクションプラン", Optional.empty(),
                RatingScale.EMPTY, List.of(entry), MarkdownBody.EMPTY);
        Viewpoint a = new Viewpoint(ViewpointCode.of("A"), "デジタル・バイ・デフォルト", "要約", List.of(), List.of(),
                MarkdownBody.EMPTY);
        return PlanModel.builder(plan).add(a).add(initiative).add(actionPlan).build();
    }

    private static ObjectNode obj(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        assertThat(node.isObject()).as("%s is an object", pointer).isTrue();
        return (ObjectNode) node;
    }

    private static JsonNode initiative(JsonNode root, String id) {
        return find(root.get("initiatives"), "id", id);
    }

    private static JsonNode indicator(JsonNode root, String initiativeId, String indicatorId) {
        return find(initiative(root, initiativeId).get("indicators"), "id", indicatorId);
    }

    private static JsonNode row(JsonNode indicator, int year) {
        return find(indicator.get("series"), "fiscalYear", Integer.toString(year));
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : (ArrayNode) array) {
            if (n.path(key).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + key + " = " + value + " in " + array);
    }
}
