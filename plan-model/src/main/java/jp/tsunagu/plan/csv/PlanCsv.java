package jp.tsunagu.plan.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.tsunagu.plan.MunicipalityCode;
import jp.tsunagu.plan.PlanModel;

/**
 * Exports a {@link PlanModel} as the CSV files of {@link CsvDataset} and imports edited files back.
 * <p>
 * <b>Export.</b> One file per dataset, named {@code <団体コード>_<dataset>.csv}, RFC 4180: CRLF line ends,
 * fields quoted only when they hold {@code ,}, {@code "}, CR or LF; UTF-8, by default with a byte order mark so
 * that Excel opens it without garbling ({@link #withBom(boolean)}). Numbers are written exactly, dates ISO,
 * fiscal years as western integers with a 和暦 column. The output is deterministic.
 * <pre>{@code
 * PlanModel model = PlanLoader.load(Path.of("content/src/plan")).orElseThrow();
 * PlanCsv.create().write(model, Path.of("target/opendata"));   // 072028_initiatives.csv, …
 * }</pre>
 * <p>
 * <b>Import.</b> {@link #merge(PlanModel, Path)} reads the dataset files present in a folder and merges them into
 * a model loaded from Markdown — for example a department's spreadsheet of this year's actuals. Files may come
 * back from a spreadsheet: with or without byte order mark, CRLF or LF, UTF-8 or Windows-31J, columns in any
 * order, blank rows, full-width digits, {@code 72028} for {@code 072028}, {@code 2022/5/27} for
 * {@code 2022-05-27}, a stray {@code "} inside an unquoted cell (read as it is, as spreadsheets read it). A file that is absent leaves its part of the model as it is. A file that is present
 * describes its part completely:
 * <ul>
 * <li>{@code viewpoints}, {@code initiatives}, {@code action_plan_entries}, {@code ooda_cycles},
 * {@code glossary}: one row per item the model has, matched by ID (by 年度 and 取組ID for action plan entries);
 * the row's values replace the item's. Items have Markdown bodies, so they are added and removed in Markdown:
 * a row for an unknown item, or an item without a row, is an error.</li>
 * <li>{@code initiative_viewpoints}: replaces each initiative's viewpoints (at least one each).</li>
 * <li>{@code indicators}: replaces each initiative's indicators; a kept indicator keeps its baseline and
 * targets, a new one starts with none.</li>
 * <li>{@code targets}: replaces every indicator's targets (with their history).</li>
 * <li>{@code kpi_values}: replaces every indicator's baseline and every action plan entry's actuals; its target
 * rows are for readers and must agree with the current targets.</li>
 * </ul>
 * Derived columns (names beside ids, 和暦 beside years) must be blank or agree with the model. References are
 * checked as the loader checks them (viewpoints, departments, initiatives, indicators, governance bodies,
 * rating scale, directions, periods). Items the model had keep their order; new ones follow in file order; a
 * number read equal to the model's keeps the model's writing ({@code 46} for {@code 46.0} keeps {@code 46.0}).
 * Every problem of every file is reported at once, in Japanese, with file, row and column
 * ({@link CsvImportException}).
 * <p>
 * <b>Round trip.</b> For every model {@code m} loaded from content, {@code merge(m, folder)} after
 * {@code write(m, folder)} equals {@code m}; and merging the same files into a model whose exported values were
 * all changed gives {@code m} back, so the files carry every value they export.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanCsv {
    private static final PlanCsv WITH_BOM = new PlanCsv(true);
    private static final PlanCsv WITHOUT_BOM = new PlanCsv(false);

    private final boolean bom;

    private PlanCsv(boolean bom) {
        this.bom = bom;
    }

    /**
     * Obtains the exporter and importer, writing UTF-8 with a byte order mark.
     *
     * @return the instance, not null
     */
    public static PlanCsv create() {
        return WITH_BOM;
    }

    /**
     * Returns a copy that writes files with or without the UTF-8 byte order mark.
     *
     * @param withBom  true to start each file with the byte order mark (Excel needs it), false for plain UTF-8
     * @return the instance, not null
     */
    public PlanCsv withBom(boolean withBom) {
        return withBom ? WITH_BOM : WITHOUT_BOM;
    }

    /**
     * Checks whether files start with the UTF-8 byte order mark.
     *
     * @return true if they do
     */
    public boolean isBom() {
        return bom;
    }

    /**
     * Exports one dataset of a model.
     *
     * @param model  the model, not null
     * @param dataset  the dataset, not null
     * @return the table, not null
     */
    public CsvTable export(PlanModel model, CsvDataset dataset) {
        return new CsvExport(Objects.requireNonNull(model, "model")).table(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Exports every dataset of a model as the bytes of its file; the file of dataset {@code d} is named
     * {@code d.fileName(model.plan().municipality().code())}. {@link #merge(PlanModel, Map)} takes the same map.
     *
     * @param model  the model, not null
     * @return the bytes of each dataset's file, in dataset order, not null
     */
    public Map<CsvDataset, byte[]> export(PlanModel model) {
        Map<CsvDataset, byte[]> files = new EnumMap<>(CsvDataset.class);
        for (CsvDataset d : CsvDataset.values()) {
            files.put(d, toBytes(export(model, d)));
        }
        return files;
    }

    /**
     * Encodes a table as the bytes of its file.
     *
     * @param table  the table, not null
     * @return UTF-8 bytes, with a byte order mark if this instance writes one, not null
     */
    public byte[] toBytes(CsvTable table) {
        return CsvFormat.encode(table.toCsv(), bom);
    }

    /**
     * Writes every dataset of a model into a folder, creating it if needed and replacing files of the same name.
     *
     * @param model  the model, not null
     * @param folder  the folder, not null
     * @return the files written, in dataset order, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public List<Path> write(PlanModel model, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            MunicipalityCode code = model.plan().municipality().code();
            for (Map.Entry<CsvDataset, byte[]> f : export(model).entrySet()) {
                Path file = folder.resolve(f.getKey().fileName(code));
                Files.write(file, f.getValue());
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the plan's CSV files to '" + folder + "'", e);
        }
        return written;
    }

    /**
     * Merges the dataset files present in a folder ({@code <団体コード>_<dataset>.csv}) into a model.
     *
     * @param model  the model loaded from content, not null
     * @param folder  the folder holding the files, not null
     * @return the merged model, not null
     * @throws CsvImportException if no dataset file is there, or with every problem of every file
     * @throws UncheckedIOException if a file cannot be read
     */
    public PlanModel merge(PlanModel model, Path folder) {
        MunicipalityCode code = model.plan().municipality().code();
        Sheets sheets = sheets(folder, code, List.of(CsvDataset.values()));
        if (!sheets.problems().isEmpty()) {
            throw new CsvImportException(sheets.problems());
        }
        if (sheets.files().isEmpty()) {
            throw new CsvImportException(List.of(new CsvProblem(folder.toString(), 0, Optional.empty(),
                    CsvMessages.noFiles(code, Arrays.stream(CsvDataset.values()).map(CsvDataset::slug).toList()))));
        }
        return merge(model, sheets.files());
    }

    /**
     * The dataset files found in a folder: each as CSV ({@link CsvDataset#fileName}) or as an Excel workbook
     * ({@link CsvDataset#workbookFileName}); {@link #merge(PlanModel, Map)} reads either.
     *
     * @param files  the bytes of each dataset's file, not null
     * @param read  the names of the files read, in dataset order, not null
     * @param problems  a dataset found both as CSV and as a workbook: which one is meant is unknown, not null
     */
    public record Sheets(Map<CsvDataset, byte[]> files, List<String> read, List<CsvProblem> problems) {
        /**
         * Copies the parts.
         *
         * @param files  the bytes of each dataset's file, not null
         * @param read  the names of the files read, not null
         * @param problems  the datasets found twice, not null
         */
        public Sheets {
            files = Map.copyOf(files);
            read = List.copyOf(read);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the files of some datasets from a folder, as CSV or as Excel workbooks.
     *
     * @param folder  the folder, not null; a missing folder has no files
     * @param code  the municipality whose file names are looked for, not null
     * @param datasets  the datasets to look for, not null
     * @return what was found, not null
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Sheets sheets(Path folder, MunicipalityCode code, Collection<CsvDataset> datasets) {
        Map<CsvDataset, byte[]> files = new EnumMap<>(CsvDataset.class);
        List<String> read = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        try {
            for (CsvDataset d : datasets) {
                Path csv = folder.resolve(d.fileName(code));
                Path xlsx = folder.resolve(d.workbookFileName(code));
                boolean isCsv = Files.isRegularFile(csv);
                boolean isXlsx = Files.isRegularFile(xlsx);
                if (isCsv && isXlsx) {
                    problems.add(new CsvProblem(d.fileName(code), 0, Optional.empty(),
                            CsvMessages.bothCsvAndWorkbook(d.fileName(code), d.workbookFileName(code))));
                } else if (isCsv || isXlsx) {
                    Path file = isCsv ? csv : xlsx;
                    files.put(d, Files.readAllBytes(file));
                    read.add(file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the CSV files in '" + folder + "'", e);
        }
        return new Sheets(files, read, problems);
    }

    /**
     * Merges dataset files given as bytes into a model; see the class description for what each replaces.
     *
     * @param model  the model loaded from content, not null
     * @param files  the bytes of each dataset's file, not null, may leave out datasets
     * @return the merged model, not null
     * @throws CsvImportException with every problem of every file
     */
    public PlanModel merge(PlanModel model, Map<CsvDataset, byte[]> files) {
        Objects.requireNonNull(model, "model");
        MunicipalityCode code = model.plan().municipality().code();
        List<CsvProblem> problems = new ArrayList<>();
        Map<CsvDataset, CsvSource> sources = new EnumMap<>(CsvDataset.class);
        for (CsvDataset d : CsvDataset.values()) {
            byte[] bytes = files.get(d);
            if (bytes != null) {
                CsvSource.read(d, d.fileName(code), bytes, problems).ifPresent(s -> sources.put(d, s));
            }
        }
        return new CsvMerge(model, problems).merge(sources);
    }

    @Override
    public String toString() {
        return "PlanCsv[" + (bom ? "UTF-8 with BOM" : "UTF-8") + ", CRLF]";
    }
}
