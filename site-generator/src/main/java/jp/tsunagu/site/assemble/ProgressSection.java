package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import freemarker.template.utility.StringUtil;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanProgress;
import jp.tsunagu.plan.ProgressStatus;
import jp.tsunagu.plan.StatusChange;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/**
 * The progress pages (進捗状況): an overview of every fiscal year, and per fiscal year with an action plan a summary
 * page (counts by status as a table and an SVG chart, by viewpoint and by department) that lists the first
 * {@value Paging#PROGRESS_ROWS} initiatives with their status and change since the year before, the rest of the list on further
 * pages, and the same list filtered per status, viewpoint and department, each paged alike, so no page grows without
 * bound with the plan. A plan without action plans has the overview alone, which says that no results have been
 * published yet. The statuses are {@link PlanModel#progress()}'s.
 */
final class ProgressSection implements SiteSection {
    /** The most initiatives a page lists. */
    private static final String TITLE = "進捗状況";

    private final Assembly assembly;
    private final PlanModel model;
    private final PlanProgress progress;
    private final PlanViews views;

    ProgressSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
        this.progress = model.progress();
        this.views = new PlanViews(model);
    }

    @Override
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(overview());
        for (FiscalYear y : progress.years()) {
            pages.addAll(year(y));
        }
        return List.copyOf(pages);
    }

    static List<Views.StatusView> statuses() {
        return Arrays.stream(ProgressStatus.values()).map(ProgressSection::status).toList();
    }

    static Views.StatusView status(ProgressStatus s) {
        return new Views.StatusView(s.label(), s.glyph(), s.slug());
    }

    static Views.CountRow countRow(Link group, PlanProgress.Summary s) {
        return new Views.CountRow(group, Arrays.stream(ProgressStatus.values()).map(s::count).toList(), s.total(),
                status(s.status()));
    }

    static String yearLabel(FiscalYear y) {
        return y.toWareki() + "（" + y.year() + "年度）";
    }

    private Page overview() {
        List<Views.CountRow> years = progress.years().stream()
                .map(y -> countRow(new Link(yearLabel(y), SitePaths.progress(y, 1)), progress.year(y))).toList();
        Optional<FiscalYear> latest = progress.latestYear();
        String chart = latest.map(y -> chart(progress.year(y), "chart-latest", yearLabel(y))).orElse("");
        Views.ProgressOverview view = new Views.ProgressOverview(statuses(), years, chart,
                latest.map(ProgressSection::yearLabel).orElse(""),
                latest.map(y -> new Link(yearLabel(y) + "の進捗状況", SitePaths.progress(y, 1))).orElse(new Link("", "")));
        return assembly.page(SitePaths.PROGRESS, "progress-overview.ftlh", TITLE,
                "年度ごとの取組の進捗状況（目標達成・前進・後退など）の集計。", Assembly.crumbs(), "progress",
                Map.of("progress", view));
    }

    private List<Page> year(FiscalYear y) {
        List<PlanProgress.InitiativeProgress> all = progress.initiatives(y);
        List<Link> statusFilters = new ArrayList<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            if (all.stream().anyMatch(p -> p.status() == s)) {
                statusFilters.add(new Link(s.glyph() + " " + s.label(), SitePaths.progressFiltered(y, "status-" + s.slug(), 1)));
            }
        }
        Map<jp.tsunagu.plan.ViewpointCode, PlanProgress.Summary> vps = progress.byViewpoint(y);
        Map<String, PlanProgress.Summary> depts = progress.byDepartment(y);
        List<Link> vpFilters = vps.keySet().stream().map(c -> new Link(c.letter() + " " + model.viewpoint(c)
                .map(Viewpoint::name).orElse(""), SitePaths.progressFiltered(y, "viewpoint-" + c.letter(), 1))).toList();
        List<Link> deptFilters = depts.keySet().stream().map(d -> new Link(views.departmentName(Optional.of(d)),
                SitePaths.progressFiltered(y, "department-" + d, 1))).toList();
        Filters filters = new Filters(statusFilters, vpFilters, deptFilters);
        List<Page> pages = new ArrayList<>();
        pages.addAll(list(y, all, "", "", filters, true));
        for (ProgressStatus s : ProgressStatus.values()) {
            pages.addAll(list(y, filter(all, p -> p.status() == s), "status-" + s.slug(), s.glyph() + " " + s.label(),
                    filters, false));
        }
        for (var c : vps.keySet()) {
            pages.addAll(list(y, filter(all, p -> initiative(p).serves(c)), "viewpoint-" + c.letter(),
                    "観点" + c.letter() + " " + model.viewpoint(c).map(Viewpoint::name).orElse(""), filters, false));
        }
        for (String d : depts.keySet()) {
            pages.addAll(list(y, filter(all, p -> initiative(p).department().map(d::equals).orElse(false)),
                    "department-" + d, views.departmentName(Optional.of(d)), filters, false));
        }
        return pages;
    }

    private record Filters(List<Link> status, List<Link> viewpoint, List<Link> department) {
    }

    private static List<PlanProgress.InitiativeProgress> filter(List<PlanProgress.InitiativeProgress> all,
            Predicate<PlanProgress.InitiativeProgress> keep) {
        return all.stream().filter(keep).toList();
    }

    private Initiative initiative(PlanProgress.InitiativeProgress p) {
        return model.initiative(p.initiative()).orElseThrow();
    }

    /** The pages of one list: the year's summary with the first initiatives, or a filter; none for an empty filter. */
    private List<Page> list(FiscalYear y, List<PlanProgress.InitiativeProgress> rows, String filter, String label,
            Filters filters, boolean summary) {
        if (rows.isEmpty() && !summary) {
            return List.of();
        }
        List<List<PlanProgress.InitiativeProgress>> split = Paging.split(rows, Paging.PROGRESS_ROWS);
        int count = split.size();
        Link yearsCrumb = new Link(TITLE, SitePaths.PROGRESS);
        String yearTitle = yearLabel(y) + "の進捗状況";
        List<Page> out = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<PlanProgress.InitiativeProgress> slice = split.get(n - 1);
            int from = (n - 1) * Paging.PROGRESS_ROWS;
            boolean first = summary && n == 1;
            String path = path(y, filter, n);
            PlanProgress.Summary total = progress.year(y);
            Views.ProgressView view = new Views.ProgressView(yearLabel(y), statuses(),
                    countRow(new Link("すべての取組", SitePaths.progress(y, 1)), total),
                    first ? chart(total, "chart-" + y.year(), yearLabel(y)) : "",
                    first ? progress.byViewpoint(y).entrySet().stream().map(e -> countRow(new Link(e.getKey().letter() + " "
                            + model.viewpoint(e.getKey()).map(Viewpoint::name).orElse(""),
                            SitePaths.progressFiltered(y, "viewpoint-" + e.getKey().letter(), 1)), e.getValue())).toList() : List.of(),
                    first ? progress.byDepartment(y).entrySet().stream().map(e -> countRow(new Link(
                            views.departmentName(Optional.of(e.getKey())),
                            SitePaths.progressFiltered(y, "department-" + e.getKey(), 1)), e.getValue())).toList() : List.of(),
                    slice.stream().map(this::row).toList(),
                    (label.isEmpty() ? "取組" : "「" + label + "」の取組") + "（" + rows.size() + "件"
                            + (count > 1 ? "のうち" + (from + 1) + "〜" + (from + slice.size()) + "件目" : "") + "）",
                    filters.status(), filters.viewpoint(), filters.department(), label,
                    new Link("すべての取組", SitePaths.progress(y, 1)), Paging.pager(path(y, filter, 1), n, count, rows.size()),
                    model.actionPlan(y).map(a -> new Link(a.title(), SitePaths.actionPlan(y))).orElse(new Link("", "")),
                    model.review(y).map(PlanViews::reviewLink).orElse(new Link("", "")), first);
            String title = Paging.title(yearTitle + (label.isEmpty() ? "" : "（" + label + "）"), n, count);
            List<Link> crumbs = summary && n == 1 ? Assembly.crumbs(yearsCrumb)
                    : Assembly.crumbs(yearsCrumb, new Link(yearTitle, SitePaths.progress(y, 1)));
            out.add(assembly.page(path, "progress.ftlh", title, y.toWareki() + "の取組の進捗状況"
                    + (label.isEmpty() ? "" : "（" + label + "）") + "と前年度からの変化。", crumbs, "progress",
                    Map.of("progress", view)));
        }
        return out;
    }

    private static String path(FiscalYear y, String filter, int n) {
        return filter.isEmpty() ? SitePaths.progress(y, n) : SitePaths.progressFiltered(y, filter, n);
    }

    private Views.ProgressRow row(PlanProgress.InitiativeProgress p) {
        Initiative i = initiative(p);
        StatusChange change = progress.change(p.initiative(), p.year()).orElse(StatusChange.NEW);
        return new Views.ProgressRow(new Link(i.title(), SitePaths.initiative(i.id())), status(p.status()),
                p.overrideReason().isPresent() ? p.computed().label() : "", p.overrideReason().orElse(""), change.glyph(),
                change.label(), views.departmentName(i.department()));
    }

    /**
     * Draws a year's counts as horizontal bars, one per status, each named by its glyph and label in text and its
     * count written beside it: the bars are not told apart by colour. The table of counts beside it is its text
     * equivalent.
     */
    static String chart(PlanProgress.Summary s, String id, String year) {
        ProgressStatus[] all = ProgressStatus.values();
        int rowH = 28;
        int left = 132;
        int width = 320;
        int barMax = width - left - 40;
        int height = rowH * all.length + 8;
        int max = Math.max(1, Arrays.stream(all).mapToInt(s::count).max().orElse(1));
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart status-chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" focusable=\"false\">");
        b.append("<title id=\"").append(id).append("-title\">").append(StringUtil.XMLEncNA(year))
                .append("の進捗状況ごとの取組の数（数値は表のとおり）</title>");
        for (int i = 0; i < all.length; i++) {
            ProgressStatus st = all[i];
            int y = 4 + i * rowH;
            int w = s.count(st) * barMax / max;
            b.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 18).append("\" text-anchor=\"end\">")
                    .append(st.glyph()).append(' ').append(st.label()).append("</text>");
            if (w > 0) {
                b.append("<rect class=\"bar ").append(st.slug()).append("\" x=\"").append(left).append("\" y=\"").append(y + 4)
                        .append("\" width=\"").append(w).append("\" height=\"").append(rowH - 10).append("\"/>");
            }
            b.append("<text x=\"").append(left + w + 6).append("\" y=\"").append(y + 18).append("\">").append(s.count(st))
                    .append("件</text>");
        }
        b.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"2\" x2=\"").append(left).append("\" y2=\"")
                .append(height - 2).append("\"/>");
        return b.append("</svg>").toString();
    }
}
