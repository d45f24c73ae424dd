package jp.tsunagu.plan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Named.named;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.DecisionLevel;
import jp.tsunagu.plan.Direction;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.plan.load.PlanLoader;

class PlanCsvTests {
    private static final PlanModel CITY = PlanLoader.load(TestContent.city()).orElseThrow();
    private static final PlanModel SAMPLE = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
    private static final String SAMPLE_NAME = "つなぎ野市（架空のサンプル自治体）";
    private static final PlanCsv CSV = PlanCsv.create();

    static Stream<Arguments> contentSets() {
        return Stream.of(Arguments.of(named("会津若松市", CITY)), Arguments.of(named("つなぎ野市", SAMPLE)));
    }

    @Nested
    class Export {

        @Test
        void namesEachFileByMunicipalityCodeAndDataset(@TempDir Path tmp) {
            List<Path> files = CSV.write(CITY, tmp);

            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("072028_viewpoints.csv",
                    "072028_initiatives.csv", "072028_initiative_viewpoints.csv", "072028_indicators.csv", "072028_targets.csv",
                    "072028_kpi_values.csv", "072028_action_plan_entries.csv", "072028_ooda_cycles.csv", "072028_glossary.csv");
        }

        @Test
        void startsEveryFileWithTheStandardColumnsAndEveryRowWithTheMunicipality() {
            for (CsvDataset d : CsvDataset.values()) {
                CsvTable t = CSV.export(SAMPLE, d);
                assertThat(t.header()).as(d.slug()).startsWith("全国地方公共団体コード", "ID", "地方公共団体名");
                assertThat(t.column("全国地方公共団体コード")).as(d.slug()).containsOnly("990019");
                assertThat(t.column("地方公共団体名")).as(d.slug()).containsOnly(SAMPLE_NAME);
                assertThat(t.column("ID")).as(d.slug()).doesNotHaveDuplicates().doesNotContain("");
            }
        }

        @Test
        void writesUtf8WithByteOrderMarkAndCrlfByDefault() {
            byte[] bytes = CSV.export(SAMPLE).get(CsvDataset.INITIATIVES);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

            assertAll("file",
                    () -> assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF),
                    () -> assertThat(text).startsWith("全国地方公共団体コード,ID,地方公共団体名,名称,").endsWith("\r\n"),
                    () -> assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r"));
        }

        @Test
        void writesNoByteOrderMarkWhenAskedNot() {
            byte[] bytes = CSV.withBom(false).export(SAMPLE).get(CsvDataset.INITIATIVES);

            assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("全国地方公共団体コード,");
            assertThat(CSV.withBom(false).isBom()).isFalse();
            assertThat(CSV.isBom()).isTrue();
        }

        @Test
        void writesOneValuePerCell() {
            String lines = lines(SAMPLE);

            assertAll("one line of each dataset",
                    () -> assertThat(lines).contains("990019,online-shinsei,つなぎ野市（架空のサンプル自治体）,行政手続のオンライン化,"
                            + "申請や届出をオンラインで行えるようにし、窓口に来なくても手続ができる環境を整える。,実施中,joho-seisaku,情報政策課,"
                            + "2021,令和3年度,,\r\n"),
                    () -> assertThat(lines).contains("990019,online-shinsei_A,つなぎ野市（架空のサンプル自治体）,online-shinsei,"
                            + "行政手続のオンライン化,A,デジタル・バイ・デフォルト\r\n"),
                    () -> assertThat(lines).contains("990019,online-shinsei_E,"),
                    () -> assertThat(lines).contains("990019,online-shinsei_online-shinsei-kensu,つなぎ野市（架空のサンプル自治体）,"
                            + "online-shinsei,行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,件,高いほど良い\r\n"),
                    () -> assertThat(lines).contains("990019,online-shinsei_online-shinsei-kensu_2022_2022-05-27,つなぎ野市（架空のサンプル自治体）,"
                            + "online-shinsei,online-shinsei-kensu,オンライン申請件数,2022,令和4年度,3500,件,2022-05-27,"
                            + "令和3年度の実績が当初の目標値を大きく上回ったため、CIOチームの決定により上方修正した。\r\n"),
                    () -> assertThat(lines).contains("990019,online-shinsei_online-shinsei-kensu_2022_2021-03-26,"),
                    () -> assertThat(lines).contains("990019,online-shinsei_online-shinsei-kensu_2022_actual,つなぎ野市（架空のサンプル自治体）,"
                            + "online-shinsei,行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,2022,令和4年度,実績値,3720,件,,目標達成\r\n"),
                    () -> assertThat(lines).contains("990019,online-shinsei_online-shinsei-kensu_2020_baseline,つなぎ野市（架空のサンプル自治体）,"
                            + "online-shinsei,行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,2020,令和2年度,基準値,1200,件,,\r\n"),
                    () -> assertThat(lines).contains("990019,2022_online-shinsei,つなぎ野市（架空のサンプル自治体）,2022,令和4年度,online-shinsei,"
                            + "行政手続のオンライン化,A,目標を上回った,拡充,目標達成,\r\n"),
                    () -> assertThat(lines).contains("990019,plan-2021-dx-priority,つなぎ野市（架空のサンプル自治体）,"
                            + "国の自治体DXの方針を踏まえた取組の優先順位の確認,,,推進本部,suishin-honbu,つなぎ野市情報化推進本部,false,"
                            + "2021-06-01,2021-06-18,2021-07-09,2021-07-20\r\n"),
                    () -> assertThat(lines).contains("990019,ict,つなぎ野市（架空のサンプル自治体）,ICT,アイシーティー,1\r\n"),
                    () -> assertThat(lines).contains("990019,A,つなぎ野市（架空のサンプル自治体）,デジタル・バイ・デフォルト,"));
        }

        @Test
        void writesTheCurrentTargetInLongFormatAndItsHistoryInTargets() {
            CsvTable kpi = CSV.export(SAMPLE, CsvDataset.KPI_VALUES);
            List<String> ids = kpi.column("ID");

            assertThat(ids).contains("online-shinsei_online-shinsei-kensu_2022_target")
                    .filteredOn(id -> id.startsWith("online-shinsei_online-shinsei-kensu_")).containsExactly(
                            "online-shinsei_online-shinsei-kensu_2020_baseline",
                            "online-shinsei_online-shinsei-kensu_2021_target", "online-shinsei_online-shinsei-kensu_2021_actual",
                            "online-shinsei_online-shinsei-kensu_2022_target", "online-shinsei_online-shinsei-kensu_2022_actual",
                            "online-shinsei_online-shinsei-kensu_2023_target", "online-shinsei_online-shinsei-kensu_2023_actual");
            int row = ids.indexOf("online-shinsei_online-shinsei-kensu_2022_target");
            assertThat(kpi.column("値").get(row)).isEqualTo("3500");
        }

        @Test
        void isDeterministic() {
            assertThat(lines(SAMPLE)).isEqualTo(lines(PlanLoader.load(TestContent.sampleCity()).orElseThrow()));
        }

        @Test
        void theRealCityHasNoIndicatorsYetButEveryFileHasItsHeader() {
            Map<CsvDataset, byte[]> files = CSV.export(CITY);

            assertThat(files).hasSize(CsvDataset.values().length);
            assertThat(CSV.export(CITY, CsvDataset.KPI_VALUES).rows()).isEmpty();
            assertThat(new String(files.get(CsvDataset.KPI_VALUES), StandardCharsets.UTF_8))
                    .isEqualTo("\uFEFF" + String.join(",", CsvDataset.KPI_VALUES.headers()) + "\r\n");
        }
    }

    @Nested
    class RoundTrip {

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.csv.PlanCsvTests#contentSets")
        void mergingTheExportIntoTheModelGivesTheSameModel(PlanModel model, @TempDir Path tmp) {
            CSV.write(model, tmp);

            assertThat(CSV.merge(model, tmp)).isEqualTo(model);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.csv.PlanCsvTests#contentSets")
        void theFilesCarryEveryValueTheyExport(PlanModel model) {
            PlanModel scrambled = scramble(model);
            assertThat(scrambled).isNotEqualTo(model);

            assertThat(CSV.merge(scrambled, CSV.export(model))).isEqualTo(model);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("jp.tsunagu.plan.csv.PlanCsvTests#contentSets")
        void filesWithoutByteOrderMarkReadTheSame(PlanModel model) {
            assertThat(CSV.merge(model, CSV.withBom(false).export(model))).isEqualTo(model);
        }

        @Test
        void anAbsentFileLeavesItsPartAsItIs() {
            PlanModel scrambled = scramble(SAMPLE);
            Map<CsvDataset, byte[]> onlyGlossary = Map.of(CsvDataset.GLOSSARY, CSV.export(SAMPLE).get(CsvDataset.GLOSSARY));

            PlanModel merged = CSV.merge(scrambled, onlyGlossary);

            assertThat(merged.glossary()).isEqualTo(SAMPLE.glossary());
            assertThat(merged.initiatives()).isEqualTo(scrambled.initiatives());
            assertThat(merged.actionPlans()).isEqualTo(scrambled.actionPlans());
        }

        @Test
        void aFolderWithoutDatasetFilesIsAnError(@TempDir Path tmp) {
            assertThatThrownBy(() -> CSV.merge(SAMPLE, tmp)).isInstanceOf(CsvImportException.class)
                    .hasMessageContaining("取り込む CSV がありません").hasMessageContaining("990019_kpi_values.csv");
        }
    }

    /** A department updates this year's actuals in a spreadsheet and saves it back. */
    @Nested
    class SpreadsheetEdits {

        @Test
        void actualsEditedInASpreadsheetReadBack() {
            String csv = text(SAMPLE, CsvDataset.KPI_VALUES)
                    .replace("2023,令和5年度,実績値,5080,", "2023,令和5年度,実績値,４，６１０,")
                    .replace("\r\n", "\n");
            byte[] saved = csv.getBytes(StandardCharsets.UTF_8); // no byte order mark, LF line ends

            PlanModel merged = CSV.merge(SAMPLE, Map.of(CsvDataset.KPI_VALUES, saved));

            assertThat(actual(merged, 2023, "online-shinsei", "online-shinsei-kensu")).isEqualByComparingTo("4610");
            assertThat(actual(merged, 2022, "online-shinsei", "online-shinsei-kensu")).isEqualByComparingTo("3720");
            assertThat(merged.initiatives()).isEqualTo(SAMPLE.initiatives());
        }

        @Test
        void whatExcelDoesToCodesDatesAndNumbersIsUndone() {
            String csv = text(SAMPLE, CsvDataset.TARGETS)
                    .replace(",2022-05-27,", ",2022/5/27,")
                    .replace(",3500,", ",\"3,500\",");
            byte[] excel = csv.getBytes(Charset.forName("windows-31j"));

            assertThat(CSV.merge(SAMPLE, Map.of(CsvDataset.TARGETS, excel))).isEqualTo(SAMPLE);
        }

        @Test
        void aCodeWithoutItsLeadingZeroIsTheSameCode() {
            String csv = text(CITY, CsvDataset.GLOSSARY).replace("\n072028,", "\n72028,");

            assertThat(CSV.merge(CITY, Map.of(CsvDataset.GLOSSARY, utf8(csv)))).isEqualTo(CITY);
        }

        @Test
        void columnsInAnotherOrderAndBlankRowsAndDerivedCellsLeftBlankAreFine() {
            CsvTable t = CSV.export(SAMPLE, CsvDataset.KPI_VALUES);
            List<String> header = new ArrayList<>(t.header());
            java.util.Collections.reverse(header);
            List<List<String>> records = new ArrayList<>();
            records.add(header);
            for (List<String> row : t.rows()) {
                List<String> r = new ArrayList<>();
                for (String h : header) {
                    boolean derived = t.dataset().columns().stream().anyMatch(c -> c.name().equals(h) && c.derived());
                    r.add(derived ? "" : row.get(t.header().indexOf(h)));
                }
                records.add(r);
                records.add(java.util.Collections.nCopies(header.size(), ""));
            }

            assertThat(CSV.merge(SAMPLE, Map.of(CsvDataset.KPI_VALUES, utf8(CsvFormat.write(records))))).isEqualTo(SAMPLE);
        }

        @Test
        void newActualsFollowTheOrderOfTheIndicatorsWhereverTheRowsAre() {
            String kensu = "990019,online-shinsei_online-shinsei-kensu_2023_actual,";
            String ritsu = "990019,online-shinsei_online-tetsuzuki-ritsu_2023_actual,";
            String full = text(SAMPLE, CsvDataset.KPI_VALUES);
            String without = full.lines().filter(l -> !l.startsWith(kensu) && !l.startsWith(ritsu))
                    .map(l -> l + "\r\n").reduce("", String::concat);
            PlanModel noActuals = CSV.merge(SAMPLE, Map.of(CsvDataset.KPI_VALUES, utf8(without)));
            assertThat(noActuals.actionPlan(FiscalYear.of(2023)).orElseThrow().entry("online-shinsei").orElseThrow().actuals()).isEmpty();
            String appended = without + line(full, ritsu) + line(full, kensu);

            PlanModel merged = CSV.merge(noActuals, Map.of(CsvDataset.KPI_VALUES, utf8(appended)));

            assertThat(merged).isEqualTo(SAMPLE);
        }

        private static String line(String csv, String start) {
            return csv.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow() + "\r\n";
        }

        @Test
        void aRevisedTargetWithADecisionDateBecomesCurrentAndKeepsTheHistory() {
            String csv = text(SAMPLE, CsvDataset.TARGETS)
                    + "990019,,,online-shinsei,online-shinsei-kensu,,2023,,5500,,2023-06-23,令和4年度の実績を踏まえ上方修正\r\n";

            PlanModel merged = CSV.merge(SAMPLE, Map.of(CsvDataset.TARGETS, utf8(csv)));

            Indicator k = merged.initiative("online-shinsei").orElseThrow().indicator("online-shinsei-kensu").orElseThrow();
            assertThat(k.currentTarget(FiscalYear.of(2023)).orElseThrow().value()).isEqualByComparingTo("5500");
            assertThat(k.targetHistory(FiscalYear.of(2023))).hasSize(3);
        }
    }

    @Nested
    class Problems {

        static Stream<Arguments> faults() {
            return Stream.of(
                    fault("a number with a letter", CsvDataset.KPI_VALUES,
                            t -> t.replace("2022,令和4年度,実績値,3720,", "2022,令和4年度,実績値,\"3,7x0\","),
                            "990019_kpi_values.csv: %d行目 K列「値」: 「3,7x0」は数値ではありません。", "online-shinsei_online-shinsei-kensu_2022_actual"),
                    fault("an impossible date", CsvDataset.TARGETS, t -> t.replace(",2022-05-27,", ",2022-02-30,"),
                            "990019_targets.csv: %d行目 K列「決定日」: 「2022-02-30」という日付はありません。",
                            "online-shinsei_online-shinsei-kensu_2022_2022-05-27"),
                    fault("a year in 和暦", CsvDataset.TARGETS, t -> t.replace("_2022_2022-05-27,つなぎ野市（架空のサンプル自治体）,online-shinsei,"
                            + "online-shinsei-kensu,オンライン申請件数,2022,", "_2022_2022-05-27,つなぎ野市（架空のサンプル自治体）,online-shinsei,"
                            + "online-shinsei-kensu,オンライン申請件数,令和4年度,"),
                            "990019_targets.csv: %d行目 G列「年度」: 「令和4年度」は年度ではありません。年度が始まる年を西暦4桁で",
                            "online-shinsei_online-shinsei-kensu_2022_2022-05-27"),
                    fault("an unknown initiative", CsvDataset.KPI_VALUES,
                            t -> t.replace("_2022_actual,つなぎ野市（架空のサンプル自治体）,online-shinsei,",
                                    "_2022_actual,つなぎ野市（架空のサンプル自治体）,online-shinsai,"),
                            "990019_kpi_values.csv: %d行目 D列「取組ID」: 取組「online-shinsai」はありません。",
                            "online-shinsei_online-shinsei-kensu_2022_actual"),
                    fault("an unknown indicator", CsvDataset.KPI_VALUES, t -> t.replace("行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,2022,令和4年度,実績値",
                            "行政手続のオンライン化,online-kensu,オンライン申請件数,2022,令和4年度,実績値"),
                            "990019_kpi_values.csv: %d行目 F列「指標ID」: 指標「online-kensu」は取組「online-shinsei」にありません。使える指標: "
                                    + "online-shinsei-kensu、online-tetsuzuki-ritsu。",
                            "online-shinsei_online-shinsei-kensu_2022_actual"),
                    fault("a target changed in the long format", CsvDataset.KPI_VALUES,
                            t -> t.replace("2022,令和4年度,目標値,3500,", "2022,令和4年度,目標値,3600,"),
                            "990019_kpi_values.csv: %d行目 K列「値」: 目標値の行は参照用で、現在の目標値は「3500」です。目標値を変えるときは 990019_targets.csv",
                            "online-shinsei_online-shinsei-kensu_2022_target"),
                    fault("an actual for a year without action plan entry", CsvDataset.KPI_VALUES,
                            t -> t.replace("online-shinsei_online-shinsei-kensu_2022_actual,つなぎ野市（架空のサンプル自治体）,online-shinsei,"
                                    + "行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,2022,令和4年度",
                                    "online-shinsei_online-shinsei-kensu_2024_actual,つなぎ野市（架空のサンプル自治体）,online-shinsei,"
                                    + "行政手続のオンライン化,online-shinsei-kensu,オンライン申請件数,2024,令和6年度"),
                            "990019_kpi_values.csv: %d行目 H列「年度」: 令和6年度のアクションプランに取組「online-shinsei」がありません。"
                                    + "実績値を書くには action-plans/2024/online-shinsei.md を作ってください。",
                            "online-shinsei_online-shinsei-kensu_2024_actual"),
                    fault("a name changed in a derived column", CsvDataset.KPI_VALUES,
                            t -> t.replace("_2022_actual,つなぎ野市（架空のサンプル自治体）,online-shinsei,行政手続のオンライン化,",
                                    "_2022_actual,つなぎ野市（架空のサンプル自治体）,online-shinsei,オンライン化,"),
                            "990019_kpi_values.csv: %d行目 E列「取組名称」: 「オンライン化」は他の列から決まる参照用の値で、「行政手続のオンライン化」のはずです。",
                            "online-shinsei_online-shinsei-kensu_2022_actual"),
                    fault("another municipality's code", CsvDataset.GLOSSARY, t -> t.replace("990019,ict,", "072028,ict,"),
                            "990019_glossary.csv: %d行目 A列「全国地方公共団体コード」: 「072028」はこの計画の全国地方公共団体コード「990019」ではありません。",
                            "ict"),
                    fault("a reading in kanji", CsvDataset.GLOSSARY, t -> t.replace(",ICT,アイシーティー,", ",ICT,情報通信技術,"),
                            "990019_glossary.csv: %d行目 E列「読み」: 読み「情報通信技術」は、ひらがなかカタカナで書いてください。", "ict"),
                    fault("an unknown status", CsvDataset.INITIATIVES, t -> t.replace(",実施中,joho-seisaku,", ",進行中,joho-seisaku,"),
                            "990019_initiatives.csv: %d行目 F列「状況」: 「進行中」は使えません。使える値: 取組例、計画、実施中、完了、休止、廃止。",
                            "online-shinsei"),
                    fault("an unknown rating", CsvDataset.ACTION_PLAN_ENTRIES, t -> t.replace("行政手続のオンライン化,A,目標を上回った,拡充",
                            "行政手続のオンライン化,S,,拡充"),
                            "990019_action_plan_entries.csv: %d行目 H列「評価」: 評価「S」は令和4年度の評価の尺度にありません。使える値: A、B、C、D。",
                            "2022_online-shinsei"),
                    fault("OODA dates out of order", CsvDataset.OODA_CYCLES, t -> t.replace("2021-06-01,2021-06-18,2021-07-09,2021-07-20",
                            "2021-06-01,2021-06-18,2021-05-09,2021-07-20"),
                            "990019_ooda_cycles.csv: %d行目 M列「意思決定日」: 日付の順が逆です。", "plan-2021-dx-priority"),
                    fault("a target outside the initiative's period", CsvDataset.TARGETS, t -> t.replace(
                            "online-shinsei_online-shinsei-kensu_2022_2022-05-27,つなぎ野市（架空のサンプル自治体）,online-shinsei,online-shinsei-kensu,"
                                    + "オンライン申請件数,2022,令和4年度",
                            "online-shinsei_online-shinsei-kensu_2022_2022-05-27,つなぎ野市（架空のサンプル自治体）,online-shinsei,online-shinsei-kensu,"
                                    + "オンライン申請件数,2020,令和2年度"),
                            "990019_targets.csv: %d行目 G列「年度」: 指標「online-shinsei-kensu」の目標の年度 2020 は取組「online-shinsei」の期間 2021– の外です。",
                            "online-shinsei_online-shinsei-kensu_2022_2022-05-27"),
                    fault("a duplicated ID", CsvDataset.INITIATIVE_VIEWPOINTS, t -> t.replace("990019,online-shinsei_E,", "990019,online-shinsei_A,"),
                            "990019_initiative_viewpoints.csv: %d行目 B列「ID」: ID「online-shinsei_A」は ", "online-shinsei_A"));
        }

        private static Arguments fault(String name, CsvDataset dataset, UnaryOperator<String> change, String expected, String rowId) {
            return Arguments.of(named(name, change), dataset, expected, rowId);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void aWrongCellNamesFileRowAndColumnInJapanese(UnaryOperator<String> change, CsvDataset dataset, String expected, String rowId) {
            String before = text(SAMPLE, dataset);
            String after = change.apply(before);
            assertThat(after).as("the change applies").isNotEqualTo(before);
            int row = rowOf(after, rowId);

            assertThatThrownBy(() -> CSV.merge(SAMPLE, Map.of(dataset, utf8(after))))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                            .extracting(CsvProblem::format).anySatisfy(p -> assertThat(p).startsWith(expected.formatted(row))));
        }

        @Test
        void everyProblemOfEveryFileIsReportedAtOnce() {
            Map<CsvDataset, byte[]> files = new EnumMap<>(CsvDataset.class);
            files.put(CsvDataset.GLOSSARY, utf8(text(SAMPLE, CsvDataset.GLOSSARY).replace(",ICT,アイシーティー,1", ",ICT,アイシーティー,一")));
            files.put(CsvDataset.KPI_VALUES, utf8(text(SAMPLE, CsvDataset.KPI_VALUES).replace(",実績値,3720,", ",実績値,,")
                    .replace(",実績値,46.0,", ",実績値,x,")));

            assertThatThrownBy(() -> CSV.merge(SAMPLE, files)).isInstanceOfSatisfying(CsvImportException.class, e -> {
                assertThat(e.problems()).extracting(CsvProblem::file)
                        .containsExactly("990019_kpi_values.csv", "990019_kpi_values.csv", "990019_glossary.csv");
                assertThat(e.getMessage()).startsWith("CSV を取り込めませんでした（問題 3 件）:\n990019_kpi_values.csv: ")
                        .contains("K列「値」: 空欄です。値を書いてください。", "「一」は整数ではありません。");
            });
        }

        @Test
        void aMissingOrUnknownHeaderIsNamed() {
            String csv = text(SAMPLE, CsvDataset.GLOSSARY).replaceFirst("読み,脚注番号", "よみ,脚注番号");

            assertThatThrownBy(() -> CSV.merge(SAMPLE, Map.of(CsvDataset.GLOSSARY, utf8(csv))))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).extracting(CsvProblem::format)
                            .containsExactly("990019_glossary.csv: 1行目 E列「よみ」: この見出しは「用語」の列にありません。使える見出し: "
                                            + "全国地方公共団体コード、ID、地方公共団体名、名称、読み、脚注番号。",
                                    "990019_glossary.csv: 1行目: 見出しの列が足りません: 読み。列を消さずに、空欄にしてください。"));
        }

        @Test
        void aRowLeftOutOfAFileThatDescribesItemsIsAnError() {
            String csv = text(SAMPLE, CsvDataset.OODA_CYCLES).lines().filter(l -> !l.contains("plan-2021-dx-priority"))
                    .map(l -> l + "\r\n").reduce("", String::concat);

            assertThatThrownBy(() -> CSV.merge(SAMPLE, Map.of(CsvDataset.OODA_CYCLES, utf8(csv))))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).extracting(CsvProblem::format)
                            .containsExactly("990019_ooda_cycles.csv: OODAループ「plan-2021-dx-priority」の行がありません。"
                                    + "消すときは ooda/ の中のファイルを消してください。"));
        }

        @Test
        void anEntryIsFoundByYearAndInitiativeAndNamedWithItsMarkdownFile() {
            String csv = text(SAMPLE, CsvDataset.ACTION_PLAN_ENTRIES).replaceFirst(",2021,令和3年度,online-shinsei,", ",2030,令和12年度,online-shinsei,");

            assertThatThrownBy(() -> CSV.merge(SAMPLE, Map.of(CsvDataset.ACTION_PLAN_ENTRIES, utf8(csv))))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).extracting(CsvProblem::format)
                            .containsExactly("990019_action_plan_entries.csv: 7行目 F列「取組ID」: 令和12年度のアクションプランの取組「online-shinsei」は"
                                            + "コンテンツにありません。足すときは action-plans/2030/online-shinsei.md を作ってください。",
                                    "990019_action_plan_entries.csv: 令和3年度のアクションプランの取組「online-shinsei」の行がありません。"
                                            + "消すときは action-plans/2021/online-shinsei.md を消してください。"));
        }

        @Test
        void anUnclosedQuoteNamesTheRow() {
            String csv = text(SAMPLE, CsvDataset.GLOSSARY) + "990019,\"x,\r\n";

            assertThatThrownBy(() -> CSV.merge(SAMPLE, Map.of(CsvDataset.GLOSSARY, utf8(csv))))
                    .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems()).extracting(CsvProblem::format)
                            .singleElement().asString().startsWith("990019_glossary.csv: 8行目: 「\"」で始まった項目が閉じられない"));
        }

        @Test
        void namesColumnsBeyondZLikeASpreadsheet() {
            assertThat(List.of(0, 25, 26, 27, 51, 52, 701, 702)).extracting(CsvProblem::letter)
                    .containsExactly("A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Every exported value changed, Markdown bodies and everything the CSV files leave out kept. */
    static PlanModel scramble(PlanModel m) {
        PlanModel.Builder b = PlanModel.builder(m.plan());
        m.viewpoints().forEach(v -> b.add(new Viewpoint(v.code(), v.name() + "（旧）", v.summary() + "（旧）", v.exampleInitiatives(),
                v.glossary(), v.body())));
        ViewpointCode unused = ViewpointCode.of("Z");
        for (Initiative i : m.initiatives()) {
            List<Indicator> indicators = i.indicators().stream().limit(1).map(k -> new Indicator(k.id(), k.name() + "（旧）",
                    k.unit() + "（旧）", k.direction() == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    Optional.empty(), List.of())).toList();
            b.add(new Initiative(i.id(), i.title() + "（旧）", List.of(unused), Optional.empty(),
                    i.status() == InitiativeStatus.SUSPENDED ? InitiativeStatus.ACTIVE : InitiativeStatus.SUSPENDED,
                    Optional.of(PlanPeriod.of(1990, 1991)), i.summary() + "（旧）", indicators, i.glossary(), i.body()));
        }
        m.departments().forEach(b::add);
        m.governance().forEach(b::add);
        for (ActionPlan ap : m.actionPlans()) {
            b.add(new ActionPlan(ap.fiscalYear(), ap.title(), ap.published(), ap.ratingScale(), ap.entries().stream()
                    .map(e -> new ActionPlanEntry(e.initiative(), e.fiscalYear(), List.of(), Optional.empty(), Optional.of("旧"), e.body(), e.override()))
                    .toList(), ap.body()));
        }
        for (OodaCycle c : m.oodaCycles()) {
            b.add(new OodaCycle(c.id(), c.title() + "（旧）", Optional.empty(),
                    c.decisionLevel() == DecisionLevel.FIELD ? DecisionLevel.HEADQUARTERS : DecisionLevel.FIELD, Optional.empty(),
                    !c.requiresPlanRevision(), c.observed().minusYears(1), c.observed().minusYears(1), c.observed().minusYears(1),
                    Optional.empty(), c.body()));
        }
        m.reviews().forEach(b::add);
        m.glossary().forEach(t -> b.add(new GlossaryTerm(t.id(), t.term() + "（旧）", "キュウ", Optional.of(99), t.aliases(), t.definition())));
        m.references().forEach(b::add);
        m.pages().forEach(b::add);
        m.variants().forEach(b::add); // the CSV files carry no text variants
        return b.build();
    }

    private static String lines(PlanModel model) {
        StringBuilder s = new StringBuilder();
        CSV.withBom(false).export(model).values().forEach(bytes -> s.append(new String(bytes, StandardCharsets.UTF_8)));
        return s.toString();
    }

    private static String text(PlanModel model, CsvDataset dataset) {
        return CSV.export(model, dataset).toCsv();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The spreadsheet row of the last line holding a row id (header = row 1). */
    private static int rowOf(String csv, String rowId) {
        List<String> lines = csv.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("," + rowId + ",")) {
                return i + 1;
            }
        }
        throw new AssertionError("no row " + rowId);
    }

    private static BigDecimal actual(PlanModel m, int year, String initiative, String indicator) {
        return m.actionPlan(FiscalYear.of(year)).flatMap(a -> a.entry(initiative)).flatMap(e -> e.actual(indicator)).orElseThrow().value();
    }
}
