package jp.tsunagu.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.CsvProblem;
import jp.tsunagu.plan.csv.PlanCsv;
import jp.tsunagu.plan.load.PlanLoader;

/**
 * Sheets returned in Excel's own format ({@code .xlsx}), written here as Excel writes them (numbers as numbers,
 * text as shared strings): read like their CSV, with problems naming the workbook and Excel's row numbers.
 */
class WorkbookImportTests {
    private static final String KPI_XLSX = "990019_kpi_values.xlsx";
    private static final String ROW_5080 = "online-shinsei-kensu_2023_actual";

    @Test
    void aWorkbookComesBackAsExactlyTheChangedValue(@TempDir Path tmp) throws IOException {
        Path plan = TestContent.copy(TestContent.sampleCity(), tmp.resolve("plan"));
        Map<String, String> before = PlanImportTests.snapshot(plan);
        PlanModel model = PlanLoader.load(plan).orElseThrow();
        List<List<String>> rows = rows(PlanCsv.create().export(model, CsvDataset.KPI_VALUES).toCsv());
        Path sheets = Files.createDirectories(tmp.resolve("returned"));
        writeWorkbook(sheets.resolve(KPI_XLSX), rows, ROW_5080, "5150");

        PlanImport.Result result = PlanImport.of(model, plan).read(sheets);

        assertThat(result.problems()).isEmpty();
        assertThat(result.read()).containsExactly(KPI_XLSX);
        for (ContentChange c : result.changes()) {
            Files.writeString(plan.resolve(c.path()), c.after());
        }
        Map<String, String> expected = new TreeMap<>(before);
        expected.compute("action-plans/2023/online-shinsei.md", (k, v) -> v.replace("    value: 5,080\n", "    value: 5,150\n"));
        assertThat(PlanImportTests.snapshot(plan)).containsExactlyEntriesOf(expected);
    }

    @Test
    void problemsNameTheWorkbookAndExcelsRow(@TempDir Path tmp) throws IOException {
        Path plan = TestContent.copy(TestContent.sampleCity(), tmp.resolve("plan"));
        Map<String, String> before = PlanImportTests.snapshot(plan);
        PlanModel model = PlanLoader.load(plan).orElseThrow();
        List<List<String>> rows = rows(PlanCsv.create().export(model, CsvDataset.KPI_VALUES).toCsv());
        Path sheets = Files.createDirectories(tmp.resolve("returned"));
        writeWorkbook(sheets.resolve(KPI_XLSX), rows, ROW_5080, "5,15O");
        int excelRow = 1 + indexOf(rows, ROW_5080);

        PlanImport.Result result = PlanImport.of(model, plan).read(sheets);

        assertThat(result.changes()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(KPI_XLSX);
            assertThat(p.row()).isEqualTo(excelRow);
            assertThat(p.format()).contains("5,15O");
        });
        assertThat(PlanImportTests.snapshot(plan)).isEqualTo(before);
    }

    @Test
    void aBrokenWorkbookOrTheSameSheetTwiceIsRefusedByName(@TempDir Path tmp) throws IOException {
        PlanModel model = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.write(broken.resolve(KPI_XLSX), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9});
        assertThat(PlanImport.of(model, TestContent.sampleCity()).read(broken).problems())
                .extracting(CsvProblem::format).singleElement().asString()
                .startsWith(KPI_XLSX + ": ").contains("Excel のブック（.xlsx）として読めません");

        Path twice = Files.createDirectories(tmp.resolve("twice"));
        List<List<String>> rows = rows(PlanCsv.create().export(model, CsvDataset.KPI_VALUES).toCsv());
        writeWorkbook(twice.resolve(KPI_XLSX), rows, ROW_5080, "5080");
        Files.writeString(twice.resolve("990019_kpi_values.csv"), PlanCsv.create().export(model, CsvDataset.KPI_VALUES).toCsv());
        assertThat(PlanImport.of(model, TestContent.sampleCity()).read(twice).problems())
                .extracting(CsvProblem::message).singleElement().asString()
                .contains("990019_kpi_values.csv").contains(KPI_XLSX).contains("両方");
    }

    /** Writes rows as Excel would keep them: numbers as numbers (46.0 as 46), the rest as text. */
    private static void writeWorkbook(Path file, List<List<String>> rows, String rowId, String newValue) throws IOException {
        int valueColumn = rows.get(0).indexOf("値");
        assertThat(valueColumn).isNotNegative();
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Microsoft Excel", "1.0");
            Worksheet sheet = workbook.newWorksheet("990019_kpi_values");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = r > 0 && c == valueColumn && hasId(row, rowId) ? newValue : row.get(c);
                    if (r > 0 && c == valueColumn && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
                        sheet.value(r, c, new BigDecimal(v).doubleValue());
                    } else if (!v.isEmpty()) {
                        sheet.value(r, c, v);
                    }
                }
            }
            workbook.finish();
        }
    }

    private static List<List<String>> rows(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            return it.readAll();
        }
    }

    private static int indexOf(List<List<String>> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (hasId(rows.get(i), id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    /** The row's ID ends with the indicator's key, as {@code 990019_online-shinsei_…_2023_actual} does. */
    private static boolean hasId(List<String> row, String id) {
        return row.stream().anyMatch(f -> f.endsWith(id));
    }
}
