package jp.tsunagu.plan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;

/**
 * Exports a whole {@link PlanModel} as JSON in the {@value #FORMAT} format, version {@value #VERSION}, described by
 * the JSON Schema shipped beside this class ({@link #schemaUrl()}).
 * <p>
 * The JSON is built explicitly, field by field; the model types know nothing of Jackson. The output is
 * deterministic: the same model always gives the same bytes (UTF-8, LF line ends, two-space indent, a final
 * newline, keys in a fixed order, lists in the model's order). For example:
 * <pre>{@code
 * PlanModel model = PlanLoader.load(Path.of("content/src/plan")).orElseThrow();
 * PlanJson.create().write(model, Path.of("target/site/plan.json"));
 * }</pre>
 * gives, in part:
 * <pre>{@code
 * {
 *   "$schema": "https://tsunagu.jp/schema/plan/1/plan.schema.json",
 *   "format": "tsunagu-plan",
 *   "version": 1,
 *   "plan": {
 *     "id": "aizuwakamatsu-johoka-suishin",
 *     "title": "会津若松市情報化推進計画（基本方針）",
 *     "municipality": {
 *       "name": "会津若松市",
 *       "code": "072028",
 *       "nameEn": "Aizuwakamatsu City"
 *     },
 *     "adopted": "2020-03",
 *     ...
 *   },
 *   "viewpoints": [ ... ],
 *   ...
 * }
 * }</pre>
 * The mapping: a fiscal year is its western year as an integer, with a {@code "wareki"} display field beside it
 * where it identifies an object (an action plan, a review, a row of an indicator series); dates are ISO text
 * ({@code "2021-03-26"}), months {@code "2020-03"}; numbers are written exactly as decided, never through
 * {@code double}; an empty {@code Optional} leaves its key out; a vocabulary value is written as its Japanese
 * label with its constant name beside it ({@code "status": "実施中", "statusCode": "ACTIVE"}); a Markdown body is
 * {@code {"markdown", "preamble", "sections": [{"heading", "markdown"}]}}. Derived data is added where readers
 * need it: each indicator's series with progress, and the links between initiatives, action plans, OODA cycles
 * and reviews.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanJson {
    /** The {@code $id} of the schema, written as the {@code "$schema"} of every export. */
    public static final String SCHEMA_ID = "https://tsunagu.jp/schema/plan/1/plan.schema.json";
    /** The value of the export's {@code "format"} field. */
    public static final String FORMAT = "tsunagu-plan";
    /** The value of the export's {@code "version"} field; raised when the shape changes incompatibly. */
    public static final int VERSION = 1;

    private static final String SCHEMA_RESOURCE = "plan.schema.json";
    private static final PlanJson INSTANCE = new PlanJson();

    private final ObjectWriter writer;

    private PlanJson() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        writer = new ObjectMapper()
                .writer(printer)
                .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Obtains the exporter.
     *
     * @return the exporter, not null
     */
    public static PlanJson create() {
        return INSTANCE;
    }

    /**
     * Exports a model as a JSON tree, for callers that want to add to it or write it their own way.
     * <p>
     * Each call builds a new tree; changing it does not affect the model or later exports.
     *
     * @param model  the model, not null
     * @return the JSON tree, not null
     */
    public ObjectNode toTree(PlanModel model) {
        return PlanNodes.plan(Objects.requireNonNull(model, "model"));
    }

    /**
     * Exports a model as JSON text: pretty printed, LF line ends, ending with a newline.
     *
     * @param model  the model, not null
     * @return the JSON text, not null
     */
    public String toJson(PlanModel model) {
        ObjectNode tree = toTree(model);
        try {
            return writer.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new PlanModelException("Failed to export plan '" + model.plan().id() + "' as JSON", e);
        }
    }

    /**
     * Exports a model as JSON to a file in UTF-8, replacing the file if it exists.
     * The parent folder must exist.
     *
     * @param model  the model, not null
     * @param file  the file to write, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(PlanModel model, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the plan's JSON to '" + file + "'", e);
        }
    }

    /**
     * Exports a model as JSON to a stream in UTF-8, the text of {@link #toJson(PlanModel)}, without holding it: each
     * item of the plan's lists (an initiative, say) is made and written on its own. The stream is not closed.
     *
     * @param model  the model, not null
     * @param out  where to write, not null
     * @throws IOException if the stream cannot be written
     */
    public void writeTo(PlanModel model, OutputStream out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            PlanNodes.write(model, generator);
            generator.writeRaw('\n');
        }
    }

    /**
     * Gets where the schema is in the class path: {@code jp/tsunagu/plan/json/plan.schema.json}.
     *
     * @return the schema's location, not null
     */
    public static URL schemaUrl() {
        URL url = PlanJson.class.getResource(SCHEMA_RESOURCE);
        if (url == null) {
            throw new PlanModelException("The JSON Schema '" + SCHEMA_RESOURCE + "' is missing from the class path"
                    + " beside " + PlanJson.class.getName());
        }
        return url;
    }

    /**
     * Opens the schema (JSON Schema draft 2020-12, UTF-8). The caller closes the stream.
     *
     * @return a new stream of the schema, not null
     * @throws UncheckedIOException if the schema cannot be read
     */
    public static InputStream openSchema() {
        try {
            return schemaUrl().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to open the JSON Schema '" + SCHEMA_RESOURCE + "'", e);
        }
    }

    @Override
    public String toString() {
        return "PlanJson[" + FORMAT + " v" + VERSION + "]";
    }
}
