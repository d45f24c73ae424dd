package jp.tsunagu.site.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.csv.CsvDataset;

/**
 * Writes {@code catalog.jsonld}: the open data as a DCAT (v2, DCAT-AP shaped) catalogue in JSON-LD, for
 * harvesters such as a national data catalogue. A {@code dcat:Catalog} published by the municipality lists a
 * {@code dcat:Dataset} for the whole plan ({@code plan.json}, described by its JSON Schema, and
 * {@code datapackage.json}) and one per CSV file, each with a {@code dcat:Distribution} giving download URL,
 * IANA media type, EU file type, size and licence. Dates come from the content, never from the clock.
 */
final class DcatCatalog {
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final PlanModel model;
    private final String dataUrl;
    private final String siteUrl;
    private final Optional<License> license;
    private final LocalDate modified;

    DcatCatalog(PlanModel model, String dataUrl, Optional<License> license, LocalDate modified) {
        this.model = model;
        this.dataUrl = dataUrl;
        this.siteUrl = dataUrl.replaceFirst("opendata/$", "");
        this.license = license;
        this.modified = modified;
    }

    String json(DataFile planJson, DataFile schema, DataFile dataPackage, Map<CsvDataset, DataFile> csv, String description) {
        ObjectNode c = JsonText.NODES.objectNode();
        ObjectNode context = c.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("@id", dataUrl + OpenData.CATALOG);
        c.put("@type", "dcat:Catalog");
        c.set("dct:title", ja(model.plan().title() + "（オープンデータ）"));
        c.set("dct:description", ja(description));
        c.set("dct:publisher", publisher());
        c.set("dct:language", ref("http://id.loc.gov/vocabulary/iso639-1/ja"));
        c.set("foaf:homepage", ref(siteUrl));
        c.set("dct:modified", date(modified));
        license.ifPresent(l -> c.set("dct:license", ref(l.url().toString())));
        ArrayNode datasets = c.putArray("dcat:dataset");

        ObjectNode plan = dataset("plan", model.plan().title() + "（計画データ一式）",
                "計画全体（基本方針・観点・取組・指標・アクションプラン・OODAループ・年次評価・推進体制・用語）を1つのJSONにしたものと、"
                        + "CSVファイルの列と型を記述したデータパッケージ。");
        ArrayNode planDistributions = plan.putArray("dcat:distribution");
        ObjectNode json = distribution(planJson, "JSON");
        json.set("dct:conformsTo", ref(dataUrl + schema.name()));
        planDistributions.add(json);
        ObjectNode pkg = distribution(dataPackage, "JSON");
        pkg.set("dct:conformsTo", ref(DataPackage.SPEC));
        planDistributions.add(pkg);
        datasets.add(plan);

        csv.forEach((d, f) -> {
            ObjectNode ds = dataset(d.slug(), model.plan().municipality().name() + " " + d.title(), d.description());
            ds.putArray("dcat:distribution").add(distribution(f, "CSV"));
            datasets.add(ds);
        });
        return JsonText.pretty(c);
    }

    private ObjectNode dataset(String id, String title, String description) {
        ObjectNode d = JsonText.NODES.objectNode();
        d.put("@id", dataUrl + "#dataset-" + id);
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", model.plan().municipality().code() + "_" + id);
        d.set("dct:title", ja(title));
        d.set("dct:description", ja(description));
        ArrayNode keywords = d.putArray("dcat:keyword");
        List.of("情報化推進計画", model.plan().municipality().name()).forEach(k -> keywords.add(ja(k)));
        d.set("dct:publisher", ref(siteUrl + "#organization"));
        d.set("dct:language", ref("http://id.loc.gov/vocabulary/iso639-1/ja"));
        d.set("dcat:landingPage", ref(siteUrl + "opendata.html"));
        d.set("dct:issued", month(model.plan().adopted().toString()));
        d.set("dct:modified", date(modified));
        return d;
    }

    private ObjectNode distribution(DataFile f, String fileType) {
        ObjectNode n = JsonText.NODES.objectNode();
        n.put("@id", dataUrl + f.name() + "#distribution");
        n.put("@type", "dcat:Distribution");
        n.set("dct:title", ja(f.title() + "（" + f.format() + "）"));
        n.set("dcat:accessURL", ref(dataUrl + f.name()));
        n.set("dcat:downloadURL", ref(dataUrl + f.name()));
        n.set("dcat:mediaType", ref(IANA + f.mediaType()));
        n.set("dct:format", ref(FILE_TYPE + fileType));
        ObjectNode size = n.putObject("dcat:byteSize");
        size.put("@value", Integer.toString(f.size()));
        size.put("@type", "xsd:decimal");
        license.ifPresent(l -> n.set("dct:license", ref(l.url().toString())));
        return n;
    }

    private ObjectNode publisher() {
        ObjectNode p = JsonText.NODES.objectNode();
        p.put("@id", siteUrl + "#organization");
        p.put("@type", "foaf:Organization");
        p.set("foaf:name", ja(model.plan().municipality().name()));
        p.put("dct:identifier", model.plan().municipality().code().value());
        return p;
    }

    private static ObjectNode ref(String iri) {
        ObjectNode n = JsonText.NODES.objectNode();
        n.put("@id", iri);
        return n;
    }

    private static ObjectNode ja(String text) {
        ObjectNode n = JsonText.NODES.objectNode();
        n.put("@value", text);
        n.put("@language", "ja");
        return n;
    }

    private static ObjectNode date(LocalDate d) {
        ObjectNode n = JsonText.NODES.objectNode();
        n.put("@value", d.toString());
        n.put("@type", "xsd:date");
        return n;
    }

    private static ObjectNode month(String yearMonth) {
        ObjectNode n = JsonText.NODES.objectNode();
        n.put("@value", yearMonth);
        n.put("@type", "xsd:gYearMonth");
        return n;
    }
}
