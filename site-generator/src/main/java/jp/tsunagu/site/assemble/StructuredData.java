package jp.tsunagu.site.assemble;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.publish.DataFile;
import jp.tsunagu.site.publish.License;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.publish.WebFiles;

/**
 * schema.org structured data (JSON-LD) for the pages' {@code <script type="application/ld+json">}: the
 * municipality as a {@code GovernmentOrganization}, the plan as a {@code Report} and the site as a
 * {@code WebSite} on the home page, and the open data as a {@code Dataset} with its downloads on the open-data
 * page. (The {@code BreadcrumbList} of every page is written by {@code layout.ftlh} from the page's breadcrumbs,
 * so pages of every stage get one.)
 * <p>
 * The JSON is compact, and {@code <}, {@code >} and {@code &} are written as {@code \u003c} escapes, so no value
 * can end the script element. A JSON-LD block is data, never executed, so it needs no {@code unsafe-inline} in a
 * Content-Security-Policy.
 */
final class StructuredData {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlanModel model;
    private final String baseUrl;
    private final Optional<License> license;

    StructuredData(PlanModel model, String baseUrl, Optional<License> license) {
        this.model = model;
        this.baseUrl = baseUrl;
        this.license = license;
    }

    /** The organisation, the plan and the site, for the home page. */
    String home(String lastUpdated) {
        Plan plan = model.plan();
        ObjectNode root = root();
        ArrayNode graph = root.putArray("@graph");
        graph.add(organization());
        ObjectNode report = graph.addObject();
        report.put("@type", "Report");
        report.put("@id", baseUrl + "#plan");
        report.put("name", plan.title());
        report.put("abstract", "基本理念：" + plan.basicPrinciple());
        report.put("inLanguage", "ja");
        report.put("url", baseUrl);
        report.put("datePublished", plan.adopted().toString());
        report.put("dateModified", lastUpdated);
        report.set("author", ref(organizationId()));
        report.set("publisher", ref(organizationId()));
        license.ifPresent(l -> report.put("license", l.url().toString()));
        ObjectNode site = graph.addObject();
        site.put("@type", "WebSite");
        site.put("@id", baseUrl + "#website");
        site.put("name", plan.title());
        site.put("url", baseUrl);
        site.put("inLanguage", "ja");
        site.set("publisher", ref(organizationId()));
        site.set("about", ref(baseUrl + "#plan"));
        return script(root);
    }

    /** The open data as a Dataset with one download per file. */
    String openData(String path, OpenData data, String description) {
        ObjectNode d = root();
        d.put("@type", "Dataset");
        d.put("@id", url(path) + "#dataset");
        d.put("name", model.plan().title() + "（オープンデータ）");
        d.put("description", description);
        d.put("url", url(path));
        d.put("identifier", model.plan().municipality().code() + "_" + model.plan().id());
        d.put("inLanguage", "ja");
        d.put("isAccessibleForFree", true);
        d.put("dateModified", OpenData.lastUpdated(model).toString());
        ArrayNode keywords = d.putArray("keywords");
        List.of("情報化推進計画", "KPI", model.plan().municipality().name()).forEach(keywords::add);
        d.set("creator", organization());
        license.ifPresent(l -> d.put("license", l.url().toString()));
        ArrayNode downloads = d.putArray("distribution");
        for (DataFile f : data.files()) {
            ObjectNode n = downloads.addObject();
            n.put("@type", "DataDownload");
            n.put("name", f.title() + "（" + f.name() + "）");
            n.put("encodingFormat", f.mediaType());
            n.put("contentUrl", url(OpenData.FOLDER + "/" + f.name()));
            n.put("contentSize", f.size() + " B");
        }
        return script(d);
    }

    private ObjectNode organization() {
        ObjectNode o = NODES.objectNode();
        o.put("@type", "GovernmentOrganization");
        o.put("@id", organizationId());
        o.put("name", model.plan().municipality().name());
        model.plan().municipality().nameEn().ifPresent(n -> o.put("alternateName", n));
        ObjectNode id = o.putObject("identifier");
        id.put("@type", "PropertyValue");
        id.put("propertyID", "全国地方公共団体コード");
        id.put("value", model.plan().municipality().code().value());
        return o;
    }

    private String organizationId() {
        return baseUrl + "#organization";
    }

    private String url(String path) {
        return WebFiles.url(baseUrl, path);
    }

    private static ObjectNode root() {
        ObjectNode root = NODES.objectNode();
        root.put("@context", "https://schema.org");
        return root;
    }

    private static ObjectNode ref(String id) {
        ObjectNode n = NODES.objectNode();
        n.put("@id", id);
        return n;
    }

    /** Compact JSON that cannot close its script element: {@code <}, {@code >} and {@code &} escaped. */
    static String script(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
