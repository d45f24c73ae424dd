package jp.tsunagu.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.publish.License;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.render.MarkdownRenderer;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * What every section of the {@code assemble} stage shares: the plan, the site's context (title, navigation, address)
 * and the making of a page from its path, template, title and view values, with Markdown rendered and the glossary
 * terms a document declares linked. Glossary look-ups go through a map built once.
 * <p>
 * This class is immutable once built; its methods make new values and change nothing.
 */
final class Assembly {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.standard();

    private final PlanModel model;
    private final Map<String, String> sources;
    private final String baseUrl;
    private final Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
    private final Views.SiteContext site;
    private final Supplier<OpenData> openData;
    private final StructuredData structured;

    /**
     * Builds the shared parts of a site.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     * @param openData  the open data the build publishes, not null
     */
    Assembly(PlanModel model, Map<String, String> sources, String baseUrl, OpenData openData) {
        this(model, sources, baseUrl, openData.license(), () -> openData);
    }

    /**
     * Builds the shared parts of a site whose open data is asked for only when the open-data page is assembled.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     * @param license  the licence of the open data, empty if none was given, not null
     * @param openData  gives the open data the build publishes, not null
     */
    Assembly(PlanModel model, Map<String, String> sources, String baseUrl, Optional<License> license, Supplier<OpenData> openData) {
        this.model = model;
        this.openData = Objects.requireNonNull(openData, "openData");
        this.structured = new StructuredData(model, baseUrl, license);
        this.sources = Map.copyOf(sources);
        this.baseUrl = baseUrl;
        model.glossary().forEach(t -> terms.put(t.id(), t));
        Plan plan = model.plan();
        List<Link> nav = new ArrayList<>(List.of(
                new Link("ホーム", SitePaths.HOME),
                new Link("基本方針", SitePaths.POLICY),
                new Link("観点", SitePaths.VIEWPOINTS),
                new Link("取組", SitePaths.INITIATIVES)));
        if (!model.actionPlans().isEmpty()) {
            nav.add(new Link("アクションプラン", SitePaths.ACTION_PLANS));
        }
        nav.add(new Link("推進体制", SitePaths.GOVERNANCE));
        nav.add(new Link("用語集", SitePaths.GLOSSARY));
        this.site = new Views.SiteContext(plan.title(), plan.municipality().name(), plan.basicPrinciple(), List.copyOf(nav),
                baseUrl, "Tsunagu");
    }

    PlanModel model() {
        return model;
    }

    String baseUrl() {
        return baseUrl;
    }

    OpenData openData() {
        return openData.get();
    }

    StructuredData structured() {
        return structured;
    }

    /**
     * Gets the latest date the content names (revisions, action plans, reviews, OODA cycles), for the feed.
     *
     * @return the date, not null
     */
    LocalDate lastUpdated() {
        Plan plan = model.plan();
        Stream<LocalDate> dates = Stream.of(
                Stream.of(plan.adopted().atDay(1)),
                plan.revisions().stream().map(r -> r.date()),
                model.actionPlans().stream().flatMap(a -> a.published().stream()),
                model.reviews().stream().map(AnnualReview::reviewed),
                model.oodaCycles().stream().map(OodaCycle::lastDate)).flatMap(s -> s);
        return dates.max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Makes a page with the site's context and its own.
     *
     * @param path  where it is published, not null
     * @param template  its template, not null
     * @param title  its title, not null
     * @param description  its meta description, not null
     * @param crumbs  its breadcrumbs, not null
     * @param section  the navigation entry it belongs to, not null
     * @param values  its view values, not null
     * @return the page, not null
     */
    Page page(String path, String template, String title, String description, List<Link> crumbs, String section,
            Map<String, ?> values) {
        // The 404 page is served for any missing address, at any depth: its links start from the site's own path.
        String root = path.equals(SitePaths.NOT_FOUND) ? java.net.URI.create(baseUrl).getPath() : SitePaths.root(path);
        Views.PageContext page = new Views.PageContext(title, description, path, root, List.copyOf(crumbs),
                section, "ja", "");
        Map<String, Object> pageModel = new LinkedHashMap<>(values);
        pageModel.put("page", page);
        pageModel.put("site", site);
        return Page.of(path, template, title, pageModel);
    }

    /** @param middle  the crumbs between the home page and the page @return the breadcrumbs from the home page */
    /**
     * Makes a page of one content file, of which the site has one per file (an initiative, a free page): its outline
     * now, its values when it is rendered ({@link LazyPage}), so a build does not hold the values of every such page.
     *
     * @param path  where it is published, not null
     * @param template  its template, not null
     * @param title  its title, not null
     * @param description  its meta description, not null
     * @param crumbs  its breadcrumbs, not null
     * @param section  the navigation entry it belongs to, not null
     * @param values  makes its view values, each call anew, not null
     * @return the page, not null
     */
    LazyPage lazyPage(String path, String template, String title, String description, List<Link> crumbs, String section,
            Supplier<Map<String, ?>> values) {
        List<Link> kept = List.copyOf(crumbs);
        return LazyPage.of(page(path, template, title, description, kept, section, Map.of()),
                () -> page(path, template, title, description, kept, section, values.get()));
    }

    static List<Link> crumbs(Link... middle) {
        List<Link> c = new ArrayList<>();
        c.add(new Link("ホーム", SitePaths.HOME));
        c.addAll(List.of(middle));
        return c;
    }

    /** @param id  a free page @return its path, named after its content file */
    String pagePath(String id) {
        String file = sources.getOrDefault("page/" + id, "pages/" + id + ".md");
        String name = file.substring(file.lastIndexOf('/') + 1);
        return SitePaths.page(name.substring(0, name.length() - 3));
    }

    List<Views.Section> sections(MarkdownBody body, List<String> glossary, String root) {
        return sections(body, glossary, root, "");
    }

    /** Renders a body's sections; the prefix keeps ids unique when one page shows several bodies. */
    List<Views.Section> sections(MarkdownBody body, List<String> glossary, String root, String idPrefix) {
        List<Views.Section> out = new ArrayList<>();
        if (!body.preamble().isBlank()) {
            out.add(new Views.Section("", "", html(body.preamble(), glossary, root)));
        }
        for (MarkdownBody.Section s : body.sections()) {
            out.add(new Views.Section(s.heading(), idPrefix + SitePaths.anchor(s.heading()), html(s.markdown(), glossary, root)));
        }
        return out;
    }

    /** Renders Markdown alone, without glossary links. */
    static String markdown(String markdown) {
        return MARKDOWN.toHtml(markdown);
    }

    /** Renders Markdown and links the glossary terms the document declares. */
    String html(String markdown, List<String> glossary, String root) {
        String html = MARKDOWN.toHtml(markdown);
        if (glossary.isEmpty()) {
            return html;
        }
        List<GlossaryLinker.Term> spellings = new ArrayList<>();
        for (String id : glossary) {
            GlossaryTerm t = terms.get(id);
            if (t != null) {
                spellings.add(new GlossaryLinker.Term(t.term(), SitePaths.term(id)));
                t.aliases().forEach(a -> spellings.add(new GlossaryLinker.Term(a, SitePaths.term(id))));
            }
        }
        return new GlossaryLinker(spellings).link(html, root);
    }
}
