package jp.tsunagu.site.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvColumn;
import jp.tsunagu.plan.csv.CsvDataset;
import jp.tsunagu.plan.csv.CsvType;

/**
 * Writes {@code datapackage.json}: a Frictionless Tabular Data Package (v1, which v2 readers accept) describing
 * each CSV file as a {@code tabular-data-resource} — dialect, encoding, size, SHA-256 and a Table Schema with
 * every column's type and constraints, the primary key and the foreign keys. The column list is
 * {@link CsvDataset#columns()}, so the schema and the files cannot disagree. {@code plan.json} is not tabular, so
 * it is not a resource of this package (a tabular package may hold only tabular resources); the DCAT catalogue
 * lists it.
 */
final class DataPackage {
    /** The profile URL Frictionless readers know. */
    static final String SPEC = "https://specs.frictionlessdata.io/data-package/";

    private DataPackage() {
    }

    static String json(PlanModel model, String dataUrl, Optional<License> license, Map<CsvDataset, DataFile> csv,
            String description) {
        ObjectNode p = JsonText.NODES.objectNode();
        p.put("profile", "tabular-data-package");
        p.put("name", (model.plan().municipality().code() + "-" + model.plan().id()).toLowerCase(java.util.Locale.ROOT));
        p.put("id", dataUrl + OpenData.DATAPACKAGE);
        p.put("title", model.plan().title() + "（オープンデータ）");
        p.put("description", description + "計画全体のJSON（" + OpenData.PLAN_JSON + "、JSON Schema は " + OpenData.PLAN_SCHEMA
                + "）は、表の形ではないためこのパッケージには含めず、データカタログ（" + OpenData.CATALOG + "）に載せている。");
        p.put("homepage", dataUrl.replaceFirst("opendata/$", "") + "opendata.html");
        ArrayNode keywords = p.putArray("keywords");
        List.of("情報化推進計画", "官民データ活用推進計画", "KPI", model.plan().municipality().name()).forEach(keywords::add);
        license.ifPresent(l -> {
            ObjectNode n = p.putArray("licenses").addObject();
            l.openDefinitionId().ifPresent(id -> n.put("name", id));
            n.put("path", l.url().toString());
            n.put("title", l.name());
        });
        ObjectNode publisher = p.putArray("contributors").addObject();
        publisher.put("title", model.plan().municipality().name());
        publisher.put("role", "publisher");
        ArrayNode resources = p.putArray("resources");
        csv.forEach((d, f) -> {
            ObjectNode r = resource(f, d.slug().replace('_', '-'), "tabular-data-resource", "csv", d.description());
            ObjectNode dialect = r.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            dialect.put("header", true);
            r.set("schema", schema(d));
            resources.add(r);
        });
        return JsonText.pretty(p);
    }

    private static ObjectNode resource(DataFile f, String name, String profile, String format, String description) {
        ObjectNode r = JsonText.NODES.objectNode();
        r.put("name", name);
        r.put("path", f.name());
        r.put("profile", profile);
        r.put("title", f.title());
        r.put("description", description);
        r.put("format", format);
        r.put("mediatype", f.mediaType());
        r.put("encoding", "utf-8");
        r.put("bytes", f.size());
        r.put("hash", "sha256:" + f.sha256());
        return r;
    }

    private static ObjectNode schema(CsvDataset d) {
        ObjectNode s = JsonText.NODES.objectNode();
        ArrayNode fields = s.putArray("fields");
        for (CsvColumn c : d.columns()) {
            ObjectNode f = fields.addObject();
            f.put("name", c.name());
            f.put("type", c.type().tableSchemaType());
            f.put("format", "default");
            f.put("description", c.description());
            if (c.type() == CsvType.BOOLEAN) {
                f.putArray("trueValues").add("true");
                f.putArray("falseValues").add("false");
            }
            if (c.required() || !c.values().isEmpty() || c.pattern().isPresent() || c.name().equals("ID")) {
                ObjectNode constraints = f.putObject("constraints");
                if (c.required()) {
                    constraints.put("required", true);
                }
                if (c.name().equals("ID")) {
                    constraints.put("unique", true);
                }
                c.pattern().ifPresent(x -> constraints.put("pattern", x.replaceAll("^\\^|\\$$", "")));
                if (!c.values().isEmpty()) {
                    ArrayNode values = constraints.putArray("enum");
                    c.values().forEach(values::add);
                }
            }
        }
        s.putArray("missingValues").add("");
        s.put("primaryKey", "ID");
        ArrayNode keys = s.putArray("foreignKeys");
        for (CsvDataset.ForeignKey k : d.foreignKeys()) {
            ObjectNode n = keys.addObject();
            ArrayNode from = n.putArray("fields");
            k.fields().forEach(from::add);
            ObjectNode ref = n.putObject("reference");
            ref.put("resource", k.dataset().slug().replace('_', '-'));
            ArrayNode to = ref.putArray("fields");
            k.referencedFields().forEach(to::add);
        }
        if (d.foreignKeys().isEmpty()) {
            s.remove("foreignKeys");
        }
        return s;
    }
}
