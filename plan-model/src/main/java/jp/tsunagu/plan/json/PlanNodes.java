package jp.tsunagu.plan.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.IndicatorSeries;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.Labelled;
import jp.tsunagu.plan.LegalBasis;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.Municipality;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Page;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.PlanPart;
import jp.tsunagu.plan.PlanPeriod;
import jp.tsunagu.plan.PlanProgress;
import jp.tsunagu.plan.ProgressStatus;
import jp.tsunagu.plan.StatusOverride;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.ReferenceMaterial;
import jp.tsunagu.plan.Revision;
import jp.tsunagu.plan.Target;
import jp.tsunagu.plan.Viewpoint;

/**
 * Turns each model type into its JSON node, one method per type. Keys come in a fixed order: the type's own
 * components first, in the order the record declares them, then data derived from the whole model.
 * Reads the model only through its public API.
 */
final class PlanNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanNodes() {
    }

    static ObjectNode plan(PlanModel model) {
        ObjectNode n = NODES.objectNode();
        plan(model, new Fields() {
            @Override
            public void value(String name, JsonNode value) {
                n.set(name, value);
            }

            @Override
            public <T> void array(String name, Collection<T> items, Function<? super T, ? extends JsonNode> node) {
                n.set(name, PlanNodes.array(items, node));
            }
        });
        return n;
    }

    /**
     * Writes the export's object to a generator field by field, each item of its lists made and written on its own,
     * so that the tree of the whole plan (at 100,000 initiatives, hundreds of megabytes) is never held; the text is
     * the same as {@link #plan(PlanModel)}'s tree written by the same generator.
     */
    static void write(PlanModel model, JsonGenerator out) throws IOException {
        out.writeStartObject();
        try {
            plan(model, new Fields() {
                @Override
                public void value(String name, JsonNode value) {
                    io(() -> {
                        out.writeFieldName(name);
                        out.writeTree(value);
                    });
                }

                @Override
                public <T> void array(String name, Collection<T> items, Function<? super T, ? extends JsonNode> node) {
                    io(() -> {
                        out.writeFieldName(name);
                        out.writeStartArray();
                        for (T item : items) {
                            out.writeTree(node.apply(item));
                        }
                        out.writeEndArray();
                    });
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeEndObject();
    }

    /** Where the export's top-level fields go, in order: a tree, or a list whose items are made one at a time. */
    private interface Fields {
        void value(String name, JsonNode value);

        <T> void array(String name, Collection<T> items, Function<? super T, ? extends JsonNode> node);
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    private static void io(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's top-level fields in order. */
    private static void plan(PlanModel model, Fields n) {
        n.value("$schema", NODES.textNode(PlanJson.SCHEMA_ID));
        n.value("format", NODES.textNode(PlanJson.FORMAT));
        n.value("version", NODES.numberNode(PlanJson.VERSION));
        n.value("plan", basicPolicy(model.plan()));
        n.array("viewpoints", model.viewpoints(), v -> viewpoint(v, model));
        n.array("initiatives", model.initiatives(), i -> initiative(i, model));
        n.array("departments", model.departments(), PlanNodes::department);
        n.array("governance", model.governance(), PlanNodes::governanceBody);
        n.array("actionPlans", model.actionPlans(), a -> actionPlan(a, model));
        n.array("oodaCycles", model.oodaCycles(), c -> oodaCycle(c, model));
        n.array("reviews", model.reviews(), PlanNodes::review);
        n.array("glossary", model.glossary(), PlanNodes::glossaryTerm);
        n.array("references", model.references(), PlanNodes::reference);
        n.array("pages", model.pages(), PlanNodes::page);
        n.array("variants", model.variants(), PlanNodes::variant);
        n.array("progress", model.progress().years(), y -> yearProgress(model, y));
    }

    private static ObjectNode basicPolicy(Plan plan) {
        ObjectNode n = NODES.objectNode();
        n.put("id", plan.id());
        n.put("title", plan.title());
        n.set("municipality", municipality(plan.municipality()));
        n.put("adopted", plan.adopted().toString());
        n.put("parentPlan", plan.parentPlan());
        n.set("legalBases", array(plan.legalBases(), PlanNodes::legalBasis));
        n.put("basicPrinciple", plan.basicPrinciple());
        plan.vision().ifPresent(v -> n.put("vision", v));
        n.set("parts", array(plan.parts(), PlanNodes::part));
        n.set("revisions", array(plan.revisions(), PlanNodes::revision));
        n.set("ratingScale", ratingScale(plan.ratingScale()));
        n.set("directions", strings(plan.directions()));
        n.set("glossary", strings(plan.glossary()));
        n.set("body", body(plan.body()));
        ObjectNode progress = n.putObject("progress");
        progress.set("substantial", number(plan.progress().substantial()));
        progress.set("moderate", number(plan.progress().moderate()));
        n.set("languages", strings(plan.languages().stream().map(jp.tsunagu.plan.Language::hreflang).toList()));
        return n;
    }

    private static ObjectNode municipality(Municipality m) {
        ObjectNode n = NODES.objectNode();
        n.put("name", m.name());
        n.put("code", m.code().value());
        m.nameEn().ifPresent(v -> n.put("nameEn", v));
        return n;
    }

    private static ObjectNode legalBasis(LegalBasis b) {
        ObjectNode n = NODES.objectNode();
        n.put("name", b.name());
        b.article().ifPresent(v -> n.put("article", v));
        b.note().ifPresent(v -> n.put("note", v));
        return n;
    }

    private static ObjectNode part(PlanPart p) {
        ObjectNode n = NODES.objectNode();
        n.put("name", p.name());
        n.put("summary", p.summary());
        return n;
    }

    private static ObjectNode revision(Revision r) {
        ObjectNode n = NODES.objectNode();
        n.put("date", r.date().toString());
        n.put("summary", r.summary());
        return n;
    }

    private static ArrayNode ratingScale(RatingScale scale) {
        return array(scale.ratings(), PlanNodes::rating);
    }

    private static ObjectNode rating(Rating r) {
        ObjectNode n = NODES.objectNode();
        n.put("code", r.code());
        n.put("label", r.label());
        r.description().ifPresent(v -> n.put("description", v));
        return n;
    }

    private static ObjectNode viewpoint(Viewpoint v, PlanModel model) {
        ObjectNode n = NODES.objectNode();
        n.put("code", v.code().letter());
        n.put("name", v.name());
        n.put("summary", v.summary());
        n.set("exampleInitiatives", strings(v.exampleInitiatives()));
        n.set("glossary", strings(v.glossary()));
        n.set("body", body(v.body()));
        n.set("initiatives", array(model.initiativesFor(v.code()), i -> NODES.textNode(i.id())));
        return n;
    }

    private static ObjectNode initiative(Initiative i, PlanModel model) {
        ObjectNode n = NODES.objectNode();
        n.put("id", i.id());
        n.put("title", i.title());
        n.set("viewpoints", array(i.viewpoints(), c -> NODES.textNode(c.letter())));
        i.department().ifPresent(v -> n.put("department", v));
        labelled(n, "status", i.status());
        i.period().ifPresent(p -> n.set("period", period(p)));
        n.put("summary", i.summary());
        n.set("indicators", array(i.indicators(), k -> indicator(k, i, model)));
        n.set("glossary", strings(i.glossary()));
        n.set("body", body(i.body()));
        n.set("actionPlans", array(model.entriesOf(i.id()), e -> year(e.fiscalYear())));
        n.set("oodaCycles", array(model.cyclesOf(i.id()), c -> NODES.textNode(c.id())));
        n.set("reviews", array(model.reviewsOf(i.id()), r -> year(r.fiscalYear())));
        return n;
    }

    private static ObjectNode period(PlanPeriod p) {
        ObjectNode n = NODES.objectNode();
        n.set("start", year(p.start()));
        p.end().ifPresent(e -> n.set("end", year(e)));
        return n;
    }

    private static ObjectNode indicator(Indicator k, Initiative owner, PlanModel model) {
        ObjectNode n = NODES.objectNode();
        n.put("id", k.id());
        n.put("name", k.name());
        n.put("unit", k.unit());
        labelled(n, "direction", k.direction());
        k.baseline().ifPresent(b -> {
            ObjectNode baseline = n.putObject("baseline");
            baseline.set("fiscalYear", year(b.year()));
            baseline.set("value", number(b.value()));
        });
        n.set("targets", array(k.targets(), t -> target(t, k)));
        n.set("weight", number(k.weight()));
        IndicatorSeries series = model.series(owner.id(), k.id()).orElseThrow(() -> new PlanModelException(
                "Invalid plan: indicator '" + k.id() + "' of initiative '" + owner.id() + "' has no series"));
        n.set("series", array(series.years(), y -> seriesRow(series, y)));
        return n;
    }

    private static ObjectNode target(Target t, Indicator k) {
        ObjectNode n = NODES.objectNode();
        n.set("fiscalYear", year(t.year()));
        n.set("value", number(t.value()));
        n.put("decided", t.decided().toString());
        t.note().ifPresent(v -> n.put("note", v));
        n.put("current", k.currentTarget(t.year()).map(t::equals).orElse(false));
        return n;
    }

    private static ObjectNode seriesRow(IndicatorSeries series, FiscalYear y) {
        ObjectNode n = keyedByYear(y);
        series.indicator().baseline()
                .filter(b -> b.year().equals(y))
                .ifPresent(b -> n.set("baseline", number(b.value())));
        Optional.ofNullable(series.targets().get(y)).ifPresent(v -> n.set("target", number(v)));
        Optional.ofNullable(series.actuals().get(y)).ifPresent(v -> n.set("actual", number(v)));
        series.progress(y).ifPresent(p -> {
            ObjectNode progress = n.putObject("progress");
            p.ratio().ifPresent(r -> progress.set("ratio", number(r)));
            progress.put("achieved", p.achieved());
        });
        return n;
    }

    private static ObjectNode department(Department d) {
        ObjectNode n = NODES.objectNode();
        n.put("id", d.id());
        n.put("name", d.name());
        d.parent().ifPresent(v -> n.put("parent", v));
        return n;
    }

    private static ObjectNode governanceBody(GovernanceBody g) {
        ObjectNode n = NODES.objectNode();
        n.put("id", g.id());
        n.put("name", g.name());
        g.shortName().ifPresent(v -> n.put("shortName", v));
        labelled(n, "kind", g.kind());
        g.head().ifPresent(v -> n.put("head", v));
        g.parent().ifPresent(v -> n.put("parent", v));
        n.put("order", g.order());
        n.set("glossary", strings(g.glossary()));
        n.set("body", body(g.body()));
        return n;
    }

    private static ObjectNode actionPlan(ActionPlan a, PlanModel model) {
        ObjectNode n = keyedByYear(a.fiscalYear());
        n.put("title", a.title());
        a.published().ifPresent(d -> n.put("published", d.toString()));
        n.set("ratingScale", ratingScale(a.ratingScale()));
        n.set("entries", array(a.entries(), e -> entry(e, a.ratingScale(), model)));
        n.set("body", body(a.body()));
        return n;
    }

    private static ObjectNode entry(ActionPlanEntry e, RatingScale scale, PlanModel model) {
        ObjectNode n = NODES.objectNode();
        n.put("initiative", e.initiative());
        n.set("actuals", array(e.actuals(), PlanNodes::actual));
        e.rating().ifPresent(code -> {
            n.put("rating", code);
            scale.find(code).ifPresent(r -> n.put("ratingLabel", r.label()));
        });
        e.nextDirection().ifPresent(v -> n.put("nextDirection", v));
        n.set("body", body(e.body()));
        e.override().ifPresent(o -> n.set("override", override(o)));
        model.progress().initiative(e.initiative(), e.fiscalYear()).ifPresent(p -> {
            ObjectNode progress = n.putObject("progress");
            status(progress, "status", p.status());
            status(progress, "computed", p.computed());
            model.progress().change(e.initiative(), e.fiscalYear()).ifPresent(c -> labelled(progress, "change", c));
            progress.set("indicators", array(p.indicators(), PlanNodes::indicatorProgress));
        });
        return n;
    }

    private static ObjectNode override(StatusOverride o) {
        ObjectNode n = NODES.objectNode();
        status(n, "status", o.status());
        n.put("reason", o.reason());
        return n;
    }

    private static ObjectNode indicatorProgress(PlanProgress.IndicatorProgress p) {
        ObjectNode n = NODES.objectNode();
        n.put("indicator", p.indicator());
        status(n, "status", p.status());
        status(n, "computed", p.computed());
        p.share().ifPresent(r -> n.set("share", number(r)));
        return n;
    }

    private static ObjectNode yearProgress(PlanModel model, FiscalYear y) {
        ObjectNode n = keyedByYear(y);
        summary(n, model.progress().year(y));
        n.set("viewpoints", array(model.progress().byViewpoint(y).entrySet(), e -> {
            ObjectNode v = NODES.objectNode();
            v.put("code", e.getKey().letter());
            summary(v, e.getValue());
            return v;
        }));
        n.set("departments", array(model.progress().byDepartment(y).entrySet(), e -> {
            ObjectNode d = NODES.objectNode();
            d.put("id", e.getKey());
            summary(d, e.getValue());
            return d;
        }));
        return n;
    }

    private static void summary(ObjectNode n, PlanProgress.Summary s) {
        status(n, "status", s.status());
        n.put("initiatives", s.total());
        ObjectNode counts = n.putObject("counts");
        s.counts().forEach((status, count) -> counts.put(status.slug(), count));
    }

    /** Writes a status as its label, and its Open SDG name ({@code target-achieved}) under {@code key + "Code"}. */
    private static void status(ObjectNode n, String key, ProgressStatus status) {
        n.put(key, status.label());
        n.put(key + "Code", status.slug());
    }

    private static ObjectNode actual(Actual a) {
        ObjectNode n = NODES.objectNode();
        n.put("indicator", a.indicator());
        n.set("value", number(a.value()));
        a.note().ifPresent(v -> n.put("note", v));
        a.override().ifPresent(o -> n.set("override", override(o)));
        return n;
    }

    private static ObjectNode oodaCycle(OodaCycle c, PlanModel model) {
        ObjectNode n = NODES.objectNode();
        n.put("id", c.id());
        n.put("title", c.title());
        c.initiative().ifPresent(v -> n.put("initiative", v));
        labelled(n, "decisionLevel", c.decisionLevel());
        c.decidedBy().ifPresent(v -> n.put("decidedBy", v));
        n.put("requiresPlanRevision", c.requiresPlanRevision());
        n.put("observed", c.observed().toString());
        n.put("oriented", c.oriented().toString());
        n.put("decided", c.decided().toString());
        c.acted().ifPresent(d -> n.put("acted", d.toString()));
        n.set("body", body(c.body()));
        n.set("fiscalYear", year(c.fiscalYear()));
        n.set("reviews", array(model.reviews().stream().filter(r -> r.tookUp(c.id())).toList(),
                r -> year(r.fiscalYear())));
        return n;
    }

    private static ObjectNode review(AnnualReview r) {
        ObjectNode n = keyedByYear(r.fiscalYear());
        n.put("reviewed", r.reviewed().toString());
        n.set("oodaCycles", strings(r.oodaCycles()));
        r.reviewedBy().ifPresent(v -> n.put("reviewedBy", v));
        n.set("body", body(r.body()));
        return n;
    }

    private static ObjectNode glossaryTerm(GlossaryTerm t) {
        ObjectNode n = NODES.objectNode();
        n.put("id", t.id());
        n.put("term", t.term());
        n.put("reading", t.reading());
        t.footnote().ifPresent(v -> n.put("footnote", v.intValue()));
        n.set("aliases", strings(t.aliases()));
        n.set("definition", body(t.definition()));
        return n;
    }

    private static ObjectNode reference(ReferenceMaterial r) {
        ObjectNode n = NODES.objectNode();
        n.put("id", r.id());
        n.put("title", r.title());
        r.kind().ifPresent(v -> n.put("kind", v));
        r.url().ifPresent(u -> n.put("url", u.toString()));
        r.published().ifPresent(d -> n.put("published", d.toString()));
        n.set("body", body(r.body()));
        return n;
    }

    private static ObjectNode page(Page p) {
        ObjectNode n = NODES.objectNode();
        n.put("id", p.id());
        n.put("title", p.title());
        n.put("order", p.order());
        n.set("glossary", strings(p.glossary()));
        n.set("body", body(p.body()));
        return n;
    }

    private static ObjectNode variant(jp.tsunagu.plan.Variant v) {
        ObjectNode n = NODES.objectNode();
        n.put("item", v.item());
        n.put("language", v.language().hreflang());
        n.put("title", v.title());
        v.summary().ifPresent(x -> n.put("summary", x));
        v.description().ifPresent(x -> n.put("description", x));
        n.set("body", body(v.body()));
        return n;
    }

    private static ObjectNode body(MarkdownBody b) {
        ObjectNode n = NODES.objectNode();
        n.put("markdown", b.markdown());
        n.put("preamble", b.preamble());
        ArrayNode sections = n.putArray("sections");
        for (MarkdownBody.Section s : b.sections()) {
            sections.addObject().put("heading", s.heading()).put("markdown", s.markdown());
        }
        return n;
    }

    /** Starts an object identified by a fiscal year: {@code {"fiscalYear": 2021, "wareki": "令和3年度"}}. */
    private static ObjectNode keyedByYear(FiscalYear y) {
        ObjectNode n = NODES.objectNode();
        n.set("fiscalYear", year(y));
        n.put("wareki", y.toWareki());
        return n;
    }

    /** Writes a vocabulary value as its label, and its constant name under {@code key + "Code"}. */
    private static <E extends Enum<E> & Labelled> void labelled(ObjectNode n, String key, E value) {
        n.put(key, value.label());
        n.put(key + "Code", value.name());
    }

    private static JsonNode year(FiscalYear y) {
        return NODES.numberNode(y.year());
    }

    /** Keeps the decimal exactly as the model holds it, scale included: {@code 46.0} stays {@code 46.0}. */
    private static JsonNode number(BigDecimal value) {
        return DecimalNode.valueOf(value);
    }

    private static ArrayNode strings(List<String> values) {
        return array(values, NODES::textNode);
    }

    private static <T> ArrayNode array(Collection<T> values, Function<? super T, ? extends JsonNode> node) {
        ArrayNode a = NODES.arrayNode(values.size());
        for (T v : values) {
            a.add(node.apply(v));
        }
        return a;
    }
}
