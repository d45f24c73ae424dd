package jp.tsunagu.site.assemble;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.IndicatorSeries;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Rating;
import jp.tsunagu.plan.ReferenceMaterial;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.ja.Kana;
import jp.tsunagu.site.publish.OpenData;
import jp.tsunagu.site.render.MarkdownRenderer;
import jp.tsunagu.site.render.Page;

/**
 * The {@code assemble} stage: turns the plan model into the list of pages to render, each with its view values
 * (cross-links between viewpoints, initiatives, indicators, OODA cycles and reviews already resolved, Markdown
 * already rendered, glossary terms linked). Work is linear in the size of the plan: every lookup goes through
 * maps built once.
 * <p>
 * This class is not thread-safe; use one instance per build.
 */
public final class PageAssembler {
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.standard();

    private final PlanModel model;
    private final Map<String, String> sources;
    private final String baseUrl;
    private final Map<String, GlossaryTerm> terms = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final Views.SiteContext site;
    private final OpenData openData;
    private final StructuredData structured;

    /**
     * Creates an assembler.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     */
    public PageAssembler(PlanModel model, Map<String, String> sources, String baseUrl) {
        this(model, sources, baseUrl, OpenData.of(model, baseUrl, Optional.empty(), true));
    }

    /**
     * Creates an assembler that lists the open data on the open-data page.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item (from the loader), not null
     * @param baseUrl  the public address of the site, ending with {@code /}, not null
     * @param openData  the open data the build publishes, not null
     */
    public PageAssembler(PlanModel model, Map<String, String> sources, String baseUrl, OpenData openData) {
        this.model = model;
        this.openData = openData;
        this.structured = new StructuredData(model, baseUrl, openData.license());
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

    /**
     * Assembles every page of the site.
     *
     * @return the pages in a stable order, not null
     */
    public List<Page> assemble() {
        home();
        policy();
        viewpoints();
        initiatives();
        actionPlans();
        reviews();
        ooda();
        governance();
        glossary();
        references();
        freePages();
        openData();
        siteMap();
        add(SitePaths.NOT_FOUND, "404.ftlh", "ページが見つかりません", "お探しのページは見つかりませんでした。", List.of(), "", Map.of());
        return List.copyOf(pages);
    }

    /**
     * Gets the latest date the content names (revisions, action plans, reviews, OODA cycles), for the feed.
     *
     * @return the date, not null
     */
    public LocalDate lastUpdated() {
        Plan plan = model.plan();
        Stream<LocalDate> dates = Stream.of(
                Stream.of(plan.adopted().atDay(1)),
                plan.revisions().stream().map(r -> r.date()),
                model.actionPlans().stream().flatMap(a -> a.published().stream()),
                model.reviews().stream().map(AnnualReview::reviewed),
                model.oodaCycles().stream().map(OodaCycle::lastDate)).flatMap(s -> s);
        return dates.max(Comparator.naturalOrder()).orElseThrow();
    }

    // ---- pages ---------------------------------------------------------------------------------------------

    private void home() {
        Plan plan = model.plan();
        List<Views.Part> parts = new ArrayList<>();
        for (var p : plan.parts()) {
            String href = switch (p.name()) {
                case "基本方針" -> SitePaths.POLICY;
                case "アクションプラン" -> model.actionPlans().isEmpty() ? SitePaths.INITIATIVES : SitePaths.ACTION_PLANS;
                case "資料編" -> SitePaths.REFERENCES;
                default -> "";
            };
            parts.add(new Views.Part(p.name(), p.summary(), href));
        }
        String purpose = plan.body().section("計画の目的").map(md -> html(md, plan.glossary(), "")).orElse("");
        List<Link> actionPlans = model.actionPlans().stream()
                .map(a -> new Link(a.fiscalYear().toWareki() + "（" + a.fiscalYear().year() + "年度）" + "のアクションプラン",
                        SitePaths.actionPlan(a.fiscalYear())))
                .toList();
        List<Link> free = model.pages().stream().map(p -> new Link(p.title(), pagePath(p.id()))).toList();
        Views.Home home = new Views.Home(plan.basicPrinciple(), plan.vision().orElse(""), purpose, parts, viewpointCards(),
                actionPlans, free, Dates.ja(plan.adopted()), plan.parentPlan());
        add(SitePaths.HOME, "home.ftlh", plan.title(), plan.municipality().name() + "の" + plan.title() + "。基本理念は「"
                + plan.basicPrinciple() + "」。", List.of(), "home", Map.of("home", home, "jsonLd", structured.home(lastUpdated().toString())));
    }

    private List<Views.ViewpointCard> viewpointCards() {
        return model.viewpoints().stream().map(v -> new Views.ViewpointCard(v.code().letter(), v.name(), v.summary(),
                SitePaths.viewpoint(v.code()), model.initiativesFor(v.code()).size())).toList();
    }

    private void policy() {
        Plan plan = model.plan();
        List<String> legal = plan.legalBases().stream().map(l -> l.name() + l.article().map(a -> " " + a).orElse("")
                + l.note().map(n -> "（" + n + "）").orElse("")).toList();
        List<Views.Revision> revisions = plan.revisions().stream()
                .map(r -> new Views.Revision(Dates.ja(r.date()), r.date().toString(), r.summary())).toList();
        Views.Policy policy = new Views.Policy(Dates.ja(plan.adopted()), plan.parentPlan(), legal, plan.basicPrinciple(),
                plan.vision().orElse(""), sections(plan.body(), plan.glossary(), SitePaths.root(SitePaths.POLICY)), revisions);
        add(SitePaths.POLICY, "policy.ftlh", "基本方針", plan.title() + "の基本方針：目的、位置付け、構成、基本理念、推進体制と手法。",
                crumbs(), "policy", Map.of("policy", policy));
    }

    private void viewpoints() {
        add(SitePaths.VIEWPOINTS, "viewpoints.ftlh", "取組の基本となる観点", "情報化推進の9つの観点と、それぞれの取組。",
                crumbs(), "viewpoints", Map.of("viewpoints", viewpointCards()));
        List<Viewpoint> all = model.viewpoints();
        for (int i = 0; i < all.size(); i++) {
            Viewpoint v = all.get(i);
            String path = SitePaths.viewpoint(v.code());
            Link prev = i > 0 ? viewpointLink(all.get(i - 1)) : new Link("", "");
            Link next = i < all.size() - 1 ? viewpointLink(all.get(i + 1)) : new Link("", "");
            String description = v.body().section("説明").map(md -> html(md, v.glossary(), SitePaths.root(path))).orElse("");
            Views.ViewpointView view = new Views.ViewpointView(v.code().letter(), v.name(), v.summary(), description,
                    model.initiativesFor(v.code()).stream().map(this::card).toList(), prev, next);
            add(path, "viewpoint.ftlh", "観点" + v.code().letter() + " " + v.name(), v.summary(),
                    crumbs(new Link("観点", SitePaths.VIEWPOINTS)), "viewpoints", Map.of("viewpoint", view));
        }
    }

    private Link viewpointLink(Viewpoint v) {
        return new Link(v.code().letter() + " " + v.name(), SitePaths.viewpoint(v.code()));
    }

    private Views.InitiativeCard card(Initiative i) {
        return new Views.InitiativeCard(i.id(), i.title(), i.summary(), SitePaths.initiative(i.id()), i.status().label(),
                departmentName(i.department()), viewpointLinks(i.viewpoints()), period(i));
    }

    private List<Link> viewpointLinks(List<ViewpointCode> codes) {
        return codes.stream().map(c -> new Link(c.letter() + " " + model.viewpoint(c).map(Viewpoint::name).orElse(""),
                SitePaths.viewpoint(c))).toList();
    }

    private String departmentName(Optional<String> id) {
        return id.flatMap(model::department).map(Department::name).orElse("");
    }

    private static String period(Initiative i) {
        return i.period().map(p -> p.start().toWareki() + "から" + p.end().map(e -> e.toWareki() + "まで").orElse("（終了年度の定めなし）"))
                .orElse("");
    }

    private void initiatives() {
        add(SitePaths.INITIATIVES, "initiatives.ftlh", "取組の一覧", "計画の取組の一覧と、それぞれが対応する観点。",
                crumbs(), "initiatives", Map.of("initiatives", model.initiatives().stream().map(this::card).toList()));
        for (Initiative i : model.initiatives()) {
            String path = SitePaths.initiative(i.id());
            String root = SitePaths.root(path);
            List<Views.IndicatorView> indicators = i.indicators().stream().map(k -> indicator(i, k)).toList();
            List<Views.EntryView> entries = model.entriesOf(i.id()).stream().map(e -> entry(e, i, root)).toList();
            List<Views.CycleView> cycles = model.cyclesOf(i.id()).stream().map(c -> cycle(c, root)).toList();
            List<Link> reviews = model.reviewsOf(i.id()).stream().map(this::reviewLink).toList();
            Views.InitiativeView view = new Views.InitiativeView(i.id(), i.title(), i.summary(), i.status().label(),
                    departmentName(i.department()), period(i), viewpointLinks(i.viewpoints()),
                    sections(i.body(), i.glossary(), root), indicators, entries, cycles, reviews);
            add(path, "initiative.ftlh", i.title(), i.summary(), crumbs(new Link("取組", SitePaths.INITIATIVES)), "initiatives",
                    Map.of("initiative", view));
        }
    }

    private Views.IndicatorView indicator(Initiative i, Indicator k) {
        IndicatorSeries s = model.series(i.id(), k.id()).orElseThrow();
        String unit = k.unit();
        List<Views.SeriesRow> rows = new ArrayList<>();
        for (FiscalYear y : s.years()) {
            String baseline = k.baseline().filter(b -> b.year().equals(y)).map(b -> number(b.value(), unit)).orElse("");
            String target = Optional.ofNullable(s.targets().get(y)).map(v -> number(v, unit)).orElse("");
            String actual = Optional.ofNullable(s.actuals().get(y)).map(v -> number(v, unit)).orElse("");
            Optional<IndicatorSeries.Progress> p = s.progress(y);
            String progress = p.flatMap(IndicatorSeries.Progress::ratio)
                    .map(r -> r.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%").orElse("");
            String achieved = p.map(x -> x.achieved() ? "達成" : "未達成").orElse("");
            rows.add(new Views.SeriesRow(y.toWareki() + "（" + y.year() + "）", baseline, target, actual, progress, achieved));
        }
        List<Views.TargetChange> history = k.targets().stream()
                .filter(t -> k.targetHistory(t.year()).size() > 1)
                .map(t -> new Views.TargetChange(t.year().toWareki(), number(t.value(), unit), Dates.ja(t.decided()),
                        t.decided().toString(), t.note().orElse("")))
                .toList();
        return new Views.IndicatorView(k.id(), k.name(), unit, k.direction().label(),
                IndicatorChart.svg(s, "chart-" + k.id()), rows, history);
    }

    private static String number(BigDecimal v, String unit) {
        String plain = v.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean negative = intPart.startsWith("-");
        String digits = negative ? intPart.substring(1) : intPart;
        StringBuilder grouped = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(k));
        }
        return (negative ? "-" : "") + grouped + frac + (unit.isBlank() ? "" : " " + unit);
    }

    private Views.EntryView entry(ActionPlanEntry e, Initiative i, String root) {
        ActionPlan ap = model.actionPlan(e.fiscalYear()).orElseThrow();
        String rating = e.rating().map(code -> ratingText(ap, code)).orElse("");
        return new Views.EntryView(e.fiscalYear().toWareki() + "（" + e.fiscalYear().year() + "年度）",
                SitePaths.actionPlan(e.fiscalYear()), rating, e.nextDirection().orElse(""),
                sections(e.body(), i.glossary(), root, "fy" + e.fiscalYear().year() + "-"));
    }

    private static String ratingText(ActionPlan ap, String code) {
        return ap.ratingScale().find(code).map(r -> r.code() + "（" + r.label() + "）").orElse(code);
    }

    private Views.CycleView cycle(OodaCycle c, String root) {
        List<Views.Step> steps = new ArrayList<>();
        steps.add(step("観察（Observe）", c.observed(), c.body(), "観察", root));
        steps.add(step("情勢判断（Orient）", c.oriented(), c.body(), "情勢判断", root));
        steps.add(step("意思決定（Decide）", c.decided(), c.body(), "意思決定", root));
        c.acted().ifPresent(a -> steps.add(step("行動（Act）", a, c.body(), "行動", root)));
        Link initiative = c.initiative().flatMap(model::initiative)
                .map(i -> new Link(i.title(), SitePaths.initiative(i.id()))).orElse(new Link("計画全体", SitePaths.POLICY));
        List<Link> reviews = model.reviews().stream().filter(r -> r.tookUp(c.id())).map(this::reviewLink).toList();
        String anchor = c.initiative().map(SitePaths::initiative).orElse(SitePaths.OODA) + "#ooda-" + c.id();
        return new Views.CycleView(c.id(), c.title(), c.decisionLevel().label(),
                c.decidedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""), c.requiresPlanRevision(),
                steps, initiative, reviews, anchor);
    }

    private static Views.Step step(String label, LocalDate date, MarkdownBody body, String heading, String root) {
        return new Views.Step(label, Dates.ja(date), date.toString(),
                body.section(heading).map(md -> MARKDOWN.toHtml(md)).orElse(""));
    }

    private Link reviewLink(AnnualReview r) {
        return new Link(r.fiscalYear().toWareki() + "の年次評価", SitePaths.review(r.fiscalYear()));
    }

    private void actionPlans() {
        if (model.actionPlans().isEmpty()) {
            return;
        }
        List<Link> years = model.actionPlans().stream()
                .map(a -> new Link(a.fiscalYear().toWareki() + "（" + a.fiscalYear().year() + "年度）", SitePaths.actionPlan(a.fiscalYear())))
                .toList();
        add(SitePaths.ACTION_PLANS, "action-plans.ftlh", "アクションプラン", "年度ごとのアクションプラン：取組の計画・実績・評価。",
                crumbs(), "action-plans", Map.of("years", years));
        for (ActionPlan ap : model.actionPlans()) {
            FiscalYear y = ap.fiscalYear();
            List<Link> vpFilters = model.viewpoints().stream()
                    .filter(v -> ap.entries().stream().anyMatch(e -> serves(e, v.code())))
                    .map(v -> new Link(v.code().letter() + " " + v.name(), SitePaths.actionPlanByViewpoint(y, v.code()))).toList();
            List<String> deptIds = ap.entries().stream()
                    .flatMap(e -> model.initiative(e.initiative()).flatMap(Initiative::department).stream())
                    .distinct().sorted().toList();
            List<Link> deptFilters = deptIds.stream()
                    .map(d -> new Link(departmentName(Optional.of(d)), SitePaths.actionPlanByDepartment(y, d))).toList();
            Link all = new Link("すべての取組", SitePaths.actionPlan(y));
            String title = ap.title();
            Link yearsCrumb = new Link("アクションプラン", SitePaths.ACTION_PLANS);
            actionPlanPage(ap, SitePaths.actionPlan(y), ap.entries(), vpFilters, deptFilters, "", all, title, crumbs(yearsCrumb));
            for (Viewpoint v : model.viewpoints()) {
                List<ActionPlanEntry> rows = ap.entries().stream().filter(e -> serves(e, v.code())).toList();
                if (!rows.isEmpty()) {
                    String label = "観点" + v.code().letter() + " " + v.name();
                    actionPlanPage(ap, SitePaths.actionPlanByViewpoint(y, v.code()), rows, vpFilters, deptFilters, label, all,
                            title + "（" + label + "）", crumbs(yearsCrumb, new Link(title, SitePaths.actionPlan(y))));
                }
            }
            for (String d : deptIds) {
                List<ActionPlanEntry> rows = ap.entries().stream()
                        .filter(e -> model.initiative(e.initiative()).flatMap(Initiative::department).map(d::equals).orElse(false))
                        .toList();
                String label = departmentName(Optional.of(d));
                actionPlanPage(ap, SitePaths.actionPlanByDepartment(y, d), rows, vpFilters, deptFilters, label, all,
                        title + "（" + label + "）", crumbs(yearsCrumb, new Link(title, SitePaths.actionPlan(y))));
            }
        }
    }

    private boolean serves(ActionPlanEntry e, ViewpointCode code) {
        return model.initiative(e.initiative()).map(i -> i.serves(code)).orElse(false);
    }

    private void actionPlanPage(ActionPlan ap, String path, List<ActionPlanEntry> entries, List<Link> vpFilters,
            List<Link> deptFilters, String filter, Link all, String title, List<Link> crumbs) {
        List<Views.ActionPlanRow> rows = new ArrayList<>();
        for (ActionPlanEntry e : entries) {
            Initiative i = model.initiative(e.initiative()).orElseThrow();
            List<String> actuals = e.actuals().stream().map(a -> i.indicator(a.indicator())
                    .map(k -> k.name() + "：" + number(a.value(), k.unit())).orElse(a.indicator())).toList();
            rows.add(new Views.ActionPlanRow(new Link(i.title(), SitePaths.initiative(i.id())), viewpointLinks(i.viewpoints()),
                    departmentName(i.department()), e.rating().map(c -> ratingText(ap, c)).orElse(""),
                    e.nextDirection().orElse(""), actuals));
        }
        List<Views.Grade> scale = ap.ratingScale().ratings().stream()
                .map((Rating r) -> new Views.Grade(r.code(), r.label(), r.description().orElse(""))).toList();
        String overview = ap.body().section("概要").map(md -> html(md, List.of(), SitePaths.root(path))).orElse("");
        Views.ActionPlanView view = new Views.ActionPlanView(ap.fiscalYear().toWareki() + "（" + ap.fiscalYear().year() + "年度）",
                ap.title(), ap.published().map(Dates::ja).orElse(""), ap.published().map(LocalDate::toString).orElse(""),
                overview, rows, vpFilters, deptFilters, filter, all, scale);
        add(path, "action-plan.ftlh", title, ap.fiscalYear().toWareki() + "の取組の計画・実績・評価の一覧"
                + (filter.isEmpty() ? "" : "（" + filter + "）") + "。", crumbs, "action-plans", Map.of("actionPlan", view));
    }

    private void reviews() {
        if (model.reviews().isEmpty()) {
            return;
        }
        add(SitePaths.REVIEWS, "reviews.ftlh", "年次評価", "年度ごとの計画の評価（PDCAの評価・改善）。", crumbs(), "reviews",
                Map.of("years", model.reviews().stream().map(this::reviewLink).toList()));
        for (AnnualReview r : model.reviews()) {
            String path = SitePaths.review(r.fiscalYear());
            String root = SitePaths.root(path);
            List<Views.CycleView> cycles = r.oodaCycles().stream()
                    .flatMap(id -> model.oodaCycles().stream().filter(c -> c.id().equals(id))).map(c -> cycle(c, root)).toList();
            Views.ReviewView view = new Views.ReviewView(r.fiscalYear().toWareki() + "（" + r.fiscalYear().year() + "年度）",
                    Dates.ja(r.reviewed()), r.reviewed().toString(),
                    r.reviewedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""),
                    sections(r.body(), List.of(), root), cycles);
            add(path, "review.ftlh", r.fiscalYear().toWareki() + "の年次評価", r.fiscalYear().toWareki() + "の計画の評価と改善。",
                    crumbs(new Link("年次評価", SitePaths.REVIEWS)), "reviews", Map.of("review", view));
        }
    }

    private void ooda() {
        String root = SitePaths.root(SitePaths.OODA);
        List<Views.CycleView> cycles = model.oodaCycles().stream().map(c -> cycle(c, root)).toList();
        add(SitePaths.OODA, "ooda.ftlh", "OODAループの記録", "現場での迅速な意思決定（OODAループ）の記録の一覧。", crumbs(), "ooda",
                Map.of("cycles", cycles));
    }

    private void governance() {
        List<Views.GovernanceNode> roots = model.governance().stream().filter(g -> g.parent().isEmpty())
                .map(this::governanceNode).toList();
        List<String> summary = new ArrayList<>();
        for (GovernanceBody g : model.governance()) {
            StringBuilder s = new StringBuilder(g.name());
            g.head().ifPresent(h -> s.append(g.kind() == jp.tsunagu.plan.GovernanceKind.ROLE ? "：" + h + "が務める" : "：" + h + "が長"));
            g.parent().flatMap(model::governanceBody).ifPresent(p -> s.append("。").append(p.name()).append("のもとに置かれる"));
            summary.add(s.append("。").toString());
        }
        add(SitePaths.GOVERNANCE, "governance.ftlh", "推進体制と役割", "情報化を推進する組織・会議・役職と、その関係。", crumbs(),
                "governance", Map.of("governance", new Views.GovernanceView(roots, summary)));
    }

    private Views.GovernanceNode governanceNode(GovernanceBody g) {
        String role = g.body().section("役割").or(() -> Optional.of(g.body().preamble()).filter(s -> !s.isBlank()))
                .map(md -> html(md, g.glossary(), "")).orElse("");
        return new Views.GovernanceNode(g.id(), g.name(), g.shortName().orElse(""), g.kind().label(), g.head().orElse(""), role,
                model.governanceChildren(g.id()).stream().map(this::governanceNode).toList());
    }

    private void glossary() {
        Map<String, List<Link>> usedBy = new LinkedHashMap<>();
        model.viewpoints().forEach(v -> v.glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(viewpointLink(v))));
        model.initiatives().forEach(i -> i.glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>())
                .add(new Link(i.title(), SitePaths.initiative(i.id())))));
        model.plan().glossary().forEach(t -> usedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(0, new Link("基本方針", SitePaths.POLICY)));
        Map<String, List<Views.TermView>> groups = new LinkedHashMap<>();
        for (GlossaryTerm t : model.glossary()) {
            Views.TermView view = new Views.TermView(t.id(), t.term(), t.reading(), t.aliases(),
                    t.footnote().map(n -> "※" + n).orElse(""), MARKDOWN.toHtml(t.definition().markdown()),
                    List.copyOf(usedBy.getOrDefault(t.id(), List.of())));
            groups.computeIfAbsent(Kana.row(t.reading()), k -> new ArrayList<>()).add(view);
        }
        List<Views.TermGroup> grouped = groups.entrySet().stream()
                .map(e -> new Views.TermGroup(e.getKey(), "row-" + Kana.rowId(e.getKey()), List.copyOf(e.getValue()))).toList();
        add(SitePaths.GLOSSARY, "glossary.ftlh", "用語集", "計画で使われる用語の説明（五十音順）。", crumbs(), "glossary",
                Map.of("groups", grouped));
    }

    private void references() {
        List<Views.ReferenceView> refs = model.references().stream().map((ReferenceMaterial r) -> new Views.ReferenceView(r.id(),
                r.title(), r.kind().orElse(""), r.url().map(Object::toString).orElse(""), r.published().map(Dates::ja).orElse(""),
                r.published().map(LocalDate::toString).orElse(""), MARKDOWN.toHtml(r.body().markdown()))).toList();
        add(SitePaths.REFERENCES, "references.ftlh", "資料編", "計画策定の背景となる資料。", crumbs(), "references",
                Map.of("references", refs));
    }

    private String pagePath(String id) {
        String file = sources.getOrDefault("page/" + id, "pages/" + id + ".md");
        String name = file.substring(file.lastIndexOf('/') + 1);
        return SitePaths.page(name.substring(0, name.length() - 3));
    }

    private void freePages() {
        for (var p : model.pages()) {
            String path = pagePath(p.id());
            add(path, "page.ftlh", p.title(), p.title(), crumbs(), "pages",
                    Map.of("sections", sections(p.body(), p.glossary(), SitePaths.root(path))));
        }
    }

    private void siteMap() {
        List<Views.LinkGroup> groups = new ArrayList<>();
        groups.add(new Views.LinkGroup("計画", List.of(new Link("ホーム", SitePaths.HOME), new Link("基本方針", SitePaths.POLICY),
                new Link("推進体制と役割", SitePaths.GOVERNANCE), new Link("用語集", SitePaths.GLOSSARY),
                new Link("資料編", SitePaths.REFERENCES), new Link("OODAループの記録", SitePaths.OODA))));
        groups.add(new Views.LinkGroup("取組の基本となる観点", model.viewpoints().stream().map(this::viewpointLink).toList()));
        groups.add(new Views.LinkGroup("取組", model.initiatives().stream()
                .map(i -> new Link(i.title(), SitePaths.initiative(i.id()))).toList()));
        if (!model.actionPlans().isEmpty()) {
            groups.add(new Views.LinkGroup("アクションプラン", model.actionPlans().stream()
                    .map(a -> new Link(a.title(), SitePaths.actionPlan(a.fiscalYear()))).toList()));
        }
        if (!model.reviews().isEmpty()) {
            groups.add(new Views.LinkGroup("年次評価", model.reviews().stream().map(this::reviewLink).toList()));
        }
        if (!model.pages().isEmpty()) {
            groups.add(new Views.LinkGroup("ページ", model.pages().stream().map(p -> new Link(p.title(), pagePath(p.id()))).toList()));
        }
        groups.add(new Views.LinkGroup("オープンデータ", List.of(new Link("オープンデータ（ファイルの一覧と利用条件）", SitePaths.OPENDATA),
                new Link("計画データ（JSON）", SitePaths.PLAN_JSON),
                new Link("更新情報（Atom フィード）", SitePaths.FEED))));
        groups.add(new Views.LinkGroup("このサイトについて", List.of(new Link("ウェブアクセシビリティ方針", SitePaths.ACCESSIBILITY),
                new Link("ウェブアクセシビリティ試験結果", SitePaths.TEST_REPORT))));
        add(SitePaths.SITEMAP, "sitemap.ftlh", "サイトマップ", "このサイトのすべてのページ。", crumbs(), "sitemap",
                Map.of("groups", groups));
    }

    private void openData() {
        String title = "オープンデータ";
        String description = OpenDataPage.description(model);
        add(SitePaths.OPENDATA, "opendata.ftlh", title, description, crumbs(), "opendata", Map.of("openData",
                OpenDataPage.view(model, openData), "jsonLd", structured.openData(SitePaths.OPENDATA, openData, description)));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<Link> crumbs(Link... middle) {
        List<Link> c = new ArrayList<>();
        c.add(new Link("ホーム", SitePaths.HOME));
        c.addAll(List.of(middle));
        return c;
    }

    private void add(String path, String template, String title, String description, List<Link> crumbs, String section,
            Map<String, ?> values) {
        // The 404 page is served for any missing address, at any depth: its links start from the site's own path.
        String root = path.equals(SitePaths.NOT_FOUND) ? java.net.URI.create(baseUrl).getPath() : SitePaths.root(path);
        Views.PageContext page = new Views.PageContext(title, description, path, root, List.copyOf(crumbs),
                section, "ja", "");
        Map<String, Object> model = new LinkedHashMap<>(values);
        model.put("page", page);
        model.put("site", site);
        pages.add(Page.of(path, template, title, model));
    }

    private List<Views.Section> sections(MarkdownBody body, List<String> glossary, String root) {
        return sections(body, glossary, root, "");
    }

    /** Renders a body's sections; the prefix keeps ids unique when one page shows several bodies. */
    private List<Views.Section> sections(MarkdownBody body, List<String> glossary, String root, String idPrefix) {
        List<Views.Section> out = new ArrayList<>();
        if (!body.preamble().isBlank()) {
            out.add(new Views.Section("", "", html(body.preamble(), glossary, root)));
        }
        for (MarkdownBody.Section s : body.sections()) {
            out.add(new Views.Section(s.heading(), idPrefix + anchor(s.heading()), html(s.markdown(), glossary, root)));
        }
        return out;
    }

    private static String anchor(String heading) {
        return heading.strip().replaceAll("[\\s\u3000]+", "-").replaceAll("[\"'<>&#%?/\\\\]", "");
    }

    /** Renders Markdown and links the glossary terms the document declares. */
    private String html(String markdown, List<String> glossary, String root) {
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

    /**
     * Lists the dated updates the content records, for the Atom feed: adoption and revisions of the policy,
     * published action plans, annual reviews and OODA decisions.
     *
     * @return the updates, not null
     */
    public List<jp.tsunagu.site.publish.WebFiles.Update> updates() {
        Plan plan = model.plan();
        List<jp.tsunagu.site.publish.WebFiles.Update> u = new ArrayList<>();
        u.add(new jp.tsunagu.site.publish.WebFiles.Update(SitePaths.POLICY, plan.title() + "を策定", plan.adopted().atDay(1),
                "基本理念：" + plan.basicPrinciple()));
        plan.revisions().forEach(r -> u.add(new jp.tsunagu.site.publish.WebFiles.Update(SitePaths.POLICY, "基本方針の改定",
                r.date(), r.summary())));
        model.actionPlans().forEach(a -> a.published().ifPresent(d -> u.add(new jp.tsunagu.site.publish.WebFiles.Update(
                SitePaths.actionPlan(a.fiscalYear()), a.title() + "を公表", d, a.entries().size() + "件の取組の計画・実績・評価"))));
        model.reviews().forEach(r -> u.add(new jp.tsunagu.site.publish.WebFiles.Update(SitePaths.review(r.fiscalYear()),
                r.fiscalYear().toWareki() + "の年次評価", r.reviewed(), "取組の成果の確認と計画の改善")));
        model.oodaCycles().forEach(c -> u.add(new jp.tsunagu.site.publish.WebFiles.Update(
                c.initiative().map(SitePaths::initiative).orElse(SitePaths.OODA), "OODA：" + c.title(), c.decided(),
                c.decisionLevel().label() + "での意思決定" + (c.requiresPlanRevision() ? "（計画の見直しが必要）" : ""))));
        return u;
    }

    /** @return the site's public address */
    public String baseUrl() {
        return baseUrl;
    }
}
