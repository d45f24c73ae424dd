package jp.tsunagu.site.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.PlanCsv;
import jp.tsunagu.plan.json.PlanJson;

/**
 * The plan's open data, made from the model with every file's size and hash, which the pages list: {@code plan.json} and its JSON Schema, one CSV file per {@link CsvDataset}
 * ({@code <団体コード>_<dataset>.csv}), {@code datapackage.json} (Frictionless) and {@code catalog.jsonld}
 * (DCAT). Every build publishes them in {@code opendata/}; {@code tsunagu:export} writes the same files
 * anywhere. A build makes them where it publishes them ({@link #writtenTo}: each file made once, as it is written);
 * {@link #of} makes them in memory. Absolute URLs inside point at {@code <baseUrl>opendata/}.
 * <pre>{@code
 * OpenData data = OpenData.of(model, "https://www.city.example.jp/plan/",
 *         Optional.of(License.of("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")), true);
 * data.writeTo(Path.of("target/opendata"));
 * }</pre>
 * The bytes are deterministic: the same model and options give the same files.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OpenData {
    /** The folder of the site the files are published in. */
    public static final String FOLDER = "opendata";
    /** The whole model as JSON. */
    public static final String PLAN_JSON = "plan.json";
    /** The JSON Schema of {@link #PLAN_JSON}. */
    public static final String PLAN_SCHEMA = "plan.schema.json";
    /** The Frictionless Data Package. */
    public static final String DATAPACKAGE = "datapackage.json";
    /** The DCAT catalogue. */
    public static final String CATALOG = "catalog.jsonld";

    private final List<DataFile> files;
    private final Optional<License> license;
    private final boolean csvBom;

    private OpenData(List<DataFile> files, Optional<License> license, boolean csvBom) {
        this.files = List.copyOf(files);
        this.license = license;
        this.csvBom = csvBom;
    }

    /**
     * Builds the open data of a model in memory: each file that grows with the plan is made once to find its size and
     * hash, and again when written ({@link #writeTo}).
     *
     * @param model  the plan, not null
     * @param baseUrl  the site's public address ending with {@code /}, not null
     * @param license  the licence the city publishes the data under, empty if none was given
     * @param csvBom  whether CSV files start with the UTF-8 byte order mark (for Excel)
     * @return the open data, not null
     */
    public static OpenData of(PlanModel model, String baseUrl, Optional<License> license, boolean csvBom) {
        return make(model, baseUrl, license, csvBom, null);
    }

    /**
     * Builds the open data of a model and writes every file into a folder as it is made, creating the folder: each
     * file is made once (the whole plan's JSON, 45 MB at 10,000 initiatives, one list item at a time), its size and
     * hash found while it is written, and nothing of it is held. The folder then holds what {@link #writeTo} writes.
     *
     * @param folder  the folder, not null
     * @param model  the plan, not null
     * @param baseUrl  the site's public address ending with {@code /}, not null
     * @param license  the licence the city publishes the data under, empty if none was given
     * @param csvBom  whether CSV files start with the UTF-8 byte order mark (for Excel)
     * @return the open data, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public static OpenData writtenTo(Path folder, PlanModel model, String baseUrl, Optional<License> license, boolean csvBom) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the open data to '" + folder + "'", e);
        }
        return make(model, baseUrl, license, csvBom, Objects.requireNonNull(folder, "folder"));
    }

    /** The open data, each file written into {@code folder} as it is made unless the folder is null. */
    private static OpenData make(PlanModel model, String baseUrl, Optional<License> license, boolean csvBom, Path folder) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(license, "license");
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("Invalid base URL (must end with '/'): '" + baseUrl + "'");
        }
        String dataUrl = baseUrl + FOLDER + "/";
        String city = model.plan().municipality().name();
        String description = city + "の" + model.plan().title() + "を機械判読できる形にしたデータ。計画全体のJSONと、"
                + "自治体標準オープンデータセットの形式にならったCSV（取組・指標・目標値・実績値・アクションプラン・OODAループ・観点・用語）。";
        Function<String, Path> in = name -> folder == null ? null : folder.resolve(name);

        DataFile plan = new DataFile(PLAN_JSON, "JSON", "application/json", "計画データ",
                "計画全体（基本方針・観点・取組・指標と目標値・アクションプラン・OODAループ・年次評価・推進体制・用語集・資料）。本文も含む。",
                out -> PlanJson.create().writeTo(model, out), in.apply(PLAN_JSON));
        DataFile schema = new DataFile(PLAN_SCHEMA, "JSON", "application/schema+json", "計画データのスキーマ",
                "plan.json の形を定める JSON Schema（draft 2020-12）。", schemaBytes(), in.apply(PLAN_SCHEMA));
        Map<CsvDataset, DataFile> csv = new EnumMap<>(CsvDataset.class);
        PlanCsv writer = PlanCsv.create().withBom(csvBom);
        // each CSV file is made when written (its size and hash found by writing it once), one table at a time
        for (CsvDataset d : CsvDataset.values()) {
            String name = d.fileName(model.plan().municipality().code());
            csv.put(d, new DataFile(name, "CSV", "text/csv", d.title(),
                    d.description(), out -> out.write(writer.toBytes(writer.export(model, d))), in.apply(name)));
        }
        DataFile pkg = new DataFile(DATAPACKAGE, "JSON", "application/json", "データパッケージ",
                "CSVファイルの列名・型・制約と、ファイルの大きさ・ハッシュを記述したもの（Frictionless Data Package）。",
                DataPackage.json(model, dataUrl, license, csv, description).getBytes(StandardCharsets.UTF_8), in.apply(DATAPACKAGE));
        String catalog = new DcatCatalog(model, dataUrl, license, lastUpdated(model)).json(plan, schema, pkg, csv, description);
        DataFile cat = new DataFile(CATALOG, "JSON-LD", "application/ld+json", "データカタログ",
                "データの目録（DCAT）。データカタログサイトが収集するためのもの。", catalog.getBytes(StandardCharsets.UTF_8),
                in.apply(CATALOG));

        List<DataFile> all = new ArrayList<>();
        all.add(plan);
        all.addAll(csv.values());
        all.add(pkg);
        all.add(cat);
        all.add(schema);
        return new OpenData(all, license, csvBom);
    }

    private static byte[] schemaBytes() {
        try (InputStream in = PlanJson.openSchema()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets the latest date the content names: adoption, revisions, published action plans, reviews, OODA cycles.
     *
     * @param model  the plan, not null
     * @return the date, not null
     */
    public static LocalDate lastUpdated(PlanModel model) {
        return Stream.of(
                Stream.of(model.plan().adopted().atDay(1)),
                model.plan().revisions().stream().map(r -> r.date()),
                model.actionPlans().stream().flatMap(a -> a.published().stream()),
                model.reviews().stream().map(AnnualReview::reviewed),
                model.oodaCycles().stream().map(OodaCycle::lastDate)).flatMap(s -> s)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Gets the files: plan.json, the CSV files in dataset order, datapackage.json, catalog.jsonld, the schema.
     *
     * @return the files, not null
     */
    public List<DataFile> files() {
        return files;
    }

    /**
     * Finds a file by name.
     *
     * @param name  the file name, not null
     * @return the file, empty if none
     */
    public Optional<DataFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** @return the licence, empty if none was given */
    public Optional<License> license() {
        return license;
    }

    /** @return whether CSV files start with the UTF-8 byte order mark */
    public boolean csvBom() {
        return csvBom;
    }

    /**
     * Writes every file into a folder, creating it if needed.
     *
     * @param folder  the folder, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public void writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (DataFile f : files) {
                f.writeTo(folder.resolve(f.name()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the open data to '" + folder + "'", e);
        }
    }

    @Override
    public String toString() {
        return "OpenData[" + files.size() + " files, licence " + license.map(License::name).orElse("none") + "]";
    }
}
