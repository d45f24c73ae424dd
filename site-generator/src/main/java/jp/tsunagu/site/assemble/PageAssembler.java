package jp.tsunagu.site.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.publish.License;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.publish.WebFiles;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The {@code assemble} stage: turns the plan model into the list of pages to render, each with its view values
 * (cross-links between viewpoints, initiatives, indicators, OODA cycles and reviews already resolved, Markdown
 * already rendered, glossary terms linked). Each section of the site makes its own pages, in this order: home and
 * policy ({@link HomeSection}), viewpoints, initiatives, action plans, progress ({@link ProgressSection}), reviews, OODA cycles, governance, glossary,
 * references, free pages, open data, and the site map with the 404 page. Work is linear in the size of the plan:
 * every lookup goes through maps built once.
 * <p>
 * Assembling changes nothing, so {@link #assemble()} called twice gives the same pages twice. A build keeps the pages
 * of {@link #assembleLazily()} instead: a page per initiative or free page makes its values when it is rendered (only
 * reading the plan, so several such pages may be made at once on different threads). This class is not thread-safe
 * otherwise; use one instance per build.
 */
public final class PageAssembler {
    private final Assembly assembly;
    private final List<SiteSection> sections;

    /**
     * Creates an assembler that lists the open data on the open-data page.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     * @param openData  the open data the build publishes, not null
     */
    public PageAssembler(PlanModel model, Map<String, String> sources, String baseUrl, OpenData openData) {
        this(new Assembly(model, sources, baseUrl, openData));
    }

    /**
     * Creates an assembler that asks for the open data only when it assembles the open-data page, so that a build
     * makes the open data meanwhile on another thread.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     * @param license  the licence the open data is published under (its {@link OpenData#license()}), not null
     * @param openData  gives the open data the build publishes, asked once or more from the assembler's thread, not null
     */
    public PageAssembler(PlanModel model, Map<String, String> sources, String baseUrl, Optional<License> license,
            Supplier<OpenData> openData) {
        this(new Assembly(model, sources, baseUrl, license, openData));
    }

    private PageAssembler(Assembly assembly) {
        this.assembly = assembly;
        this.sections = List.of(new HomeSection(assembly), new ViewpointsSection(assembly), new InitiativesSection(assembly),
                new ActionPlansSection(assembly), new ProgressSection(assembly), new ReviewsSection(assembly), new OodaSection(assembly),
                new GovernanceSection(assembly), new GlossarySection(assembly), new ReferencesSection(assembly),
                new FreePagesSection(assembly), new OpenDataSection(assembly), new SiteMapSection(assembly));
    }

    /**
     * Assembles every page of the site.
     *
     * @return the pages in a stable order, not null
     */
    public List<Page> assemble() {
        return LazyPage.whole(assembleLazily());
    }

    /**
     * Assembles every page of the site as a build keeps them: the pages of {@link #assemble()}, in its order, those of
     * which the site has one per content file (initiatives, free pages) made when rendered.
     *
     * @return the pages in a stable order, not null
     */
    public List<LazyPage> assembleLazily() {
        return sections.stream().flatMap(s -> s.lazyPages().stream()).toList();
    }

    /**
     * Gets the latest date the content names (revisions, action plans, reviews, OODA cycles), for the feed.
     *
     * @return the date, not null
     */
    public LocalDate lastUpdated() {
        return assembly.lastUpdated();
    }

    /**
     * Lists the dated updates the content records, for the Atom feed: adoption and revisions of the policy,
     * published action plans, annual reviews and OODA decisions.
     *
     * @return the updates, not null
     */
    public List<WebFiles.Update> updates() {
        PlanModel model = assembly.model();
        Plan plan = model.plan();
        List<WebFiles.Update> u = new ArrayList<>();
        u.add(new WebFiles.Update(SitePaths.POLICY, plan.title() + "を策定", plan.adopted().atDay(1),
                "基本理念：" + plan.basicPrinciple()));
        plan.revisions().forEach(r -> u.add(new WebFiles.Update(SitePaths.POLICY, "基本方針の改定", r.date(), r.summary())));
        model.actionPlans().forEach(a -> a.published().ifPresent(d -> u.add(new WebFiles.Update(
                SitePaths.actionPlan(a.fiscalYear()), a.title() + "を公表", d, a.entries().size() + "件の取組の計画・実績・評価"))));
        model.reviews().forEach(r -> u.add(new WebFiles.Update(SitePaths.review(r.fiscalYear()),
                r.fiscalYear().toWareki() + "の年次評価", r.reviewed(), "取組の成果の確認と計画の改善")));
        model.oodaCycles().forEach(c -> u.add(new WebFiles.Update(
                c.initiative().map(SitePaths::initiative).orElse(SitePaths.OODA), "OODA：" + c.title(), c.decided(),
                c.decisionLevel().label() + "での意思決定" + (c.requiresPlanRevision() ? "（計画の見直しが必要）" : ""))));
        return u;
    }

    /** @return the site's public address */
    public String baseUrl() {
        return assembly.baseUrl();
    }
}
