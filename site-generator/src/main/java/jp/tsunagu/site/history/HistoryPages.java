package jp.tsunagu.site.history;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Paging;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.assemble.Views;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * The history part of the site, from the content's commits and the plan model:
 * <ul>
 *   <li>under every page made from content, its last-updated date and a link to its history;</li>
 *   <li>a history page per page ({@code history/<page path>}) listing the commits that changed its files;</li>
 *   <li>the site's history ({@code history/index.html}): the plan's adoption and revisions, the yearly
 *       comparisons and the latest commits;</li>
 *   <li>each fiscal year's action plan compared with the previous year's
 *       ({@code action-plans/<year>/changes.html}).</li>
 * </ul>
 * Without commits, pages show no date and no page history is made; the site's history and the comparisons,
 * which come from the model, are still made. Dates are commit dates, so the output depends only on the commit.
 * <p>
 * This class is not thread-safe; use one instance per build.
 */
public final class HistoryPages {
    /** The site's history page. */
    public static final String INDEX = "history/index.html";

    private static final int SITE_COMMITS = 50;
    private static final int PAGE_COMMITS = 100;
    private static final int FILES_SHOWN = 10;
    private static final Pattern FILTERED_ACTION_PLAN = Pattern.compile("action-plans/(\\d{4})/(viewpoint|department)-.+\\.html");
    private static final Pattern ACTION_PLAN_PAGE = Pattern.compile("action-plans/(\\d{4})/.+\\.html");
    private static final DateTimeFormatter ERA_YEAR = DateTimeFormatter.ofPattern("GGGGy年", Locale.JAPAN);

    private final PlanModel model;
    private final PageSources sources;
    private final ContentHistory history;
    private final List<ActionPlanChanges> comparisons;

    /**
     * Creates the history part of one build.
     *
     * @param model  the plan, not null
     * @param sources  the content file of each item, from the loader, not null
     * @param history  the content's commits, not null
     */
    public HistoryPages(PlanModel model, Map<String, String> sources, ContentHistory history) {
        this.model = model;
        this.sources = PageSources.of(sources);
        this.history = history;
        this.comparisons = ActionPlanChanges.all(model);
    }

    /**
     * Gets the history page of a page.
     *
     * @param pagePath  the page, such as {@code initiatives/open-data.html}, not null
     * @return the history page's path, not null
     */
    public static String historyOf(String pagePath) {
        return "history/" + historyKey(pagePath);
    }

    /**
     * Gets the page comparing a year's action plan with the previous year's.
     *
     * @param year  the later fiscal year, not null
     * @return the page's path, not null
     */
    public static String changes(FiscalYear year) {
        return "action-plans/" + year.year() + "/changes.html";
    }

    /** The page whose history a page shows: the home page shares the policy's, filtered plans the year's. */
    private static String historyKey(String pagePath) {
        if (pagePath.equals(SitePaths.HOME)) {
            return SitePaths.POLICY;
        }
        Matcher m = FILTERED_ACTION_PLAN.matcher(pagePath);
        return m.matches() ? "action-plans/" + m.group(1) + "/index.html" : pagePath;
    }

    /**
     * Adds the history pages to the site's pages and the history line to each page made from content. Only the
     * pages' outlines are read ({@link LazyPage}): titles, and the site's values of the home page.
     *
     * @param pages  the assembled pages, the home page among them, not null
     * @return every page, those given first, not null
     */
    public List<LazyPage> addTo(List<LazyPage> pages) {
        Map<String, Page> byPath = new LinkedHashMap<>();
        pages.forEach(p -> byPath.put(p.outputPath().value(), p.outline()));
        Page home = Optional.ofNullable(byPath.get(SitePaths.HOME)).orElse(pages.get(0).outline());
        Object site = home.model().get("site");

        List<LazyPage> extra = new ArrayList<>();
        for (ActionPlanChanges c : comparisons) {
            extra.addAll(LazyPage.kept(comparisonPages(c, site)));
        }
        extra.add(LazyPage.of(siteHistoryPage(site)));
        List<LazyPage> all = new ArrayList<>(pages);
        all.addAll(extra);
        all.forEach(p -> byPath.putIfAbsent(p.outputPath().value(), p.outline()));

        Map<String, Page> histories = new LinkedHashMap<>();
        List<LazyPage> out = new ArrayList<>();
        for (LazyPage p : all) {
            String path = p.outputPath().value();
            String key = historyKey(path);
            List<Commit> commits = path.startsWith("history/") ? List.of() : history.ofAny(sources.of(key));
            if (!commits.isEmpty() && !histories.containsKey(key) && byPath.containsKey(key)) {
                histories.put(key, pageHistoryPage(byPath.get(key), key, commits, site));
            }
            out.add(p.map(page -> decorate(page, commits, key)));
        }
        out.addAll(LazyPage.kept(List.copyOf(histories.values())));
        return List.copyOf(out);
    }

    private Page decorate(Page page, List<Commit> commits, String key) {
        String path = page.outputPath().value();
        List<Link> related = new ArrayList<>();
        Matcher m = ACTION_PLAN_PAGE.matcher(path);
        if (m.matches() && !path.endsWith("/changes.html") && !path.contains("/changes/")) {
            FiscalYear year = FiscalYear.of(Integer.parseInt(m.group(1)));
            comparisons.stream().filter(c -> c.current().equals(year)).findFirst()
                    .ifPresent(c -> related.add(new Link("前年度からの変更", changes(year))));
        }
        if (commits.isEmpty() && related.isEmpty()) {
            return page;
        }
        Map<String, Object> values = new LinkedHashMap<>(page.model());
        String updated = "";
        String updatedIso = "";
        String href = "";
        if (!commits.isEmpty()) {
            LocalDate date = commits.get(0).time().toLocalDate();
            updated = ja(date);
            updatedIso = date.toString();
            href = historyOf(key);
            if (values.get("page") instanceof Views.PageContext c) {
                values.put("page", new Views.PageContext(c.title(), c.description(), c.path(), c.root(), c.breadcrumbs(),
                        c.section(), c.lang(), updatedIso));
            }
        }
        values.put("history", new HistoryViews.PageHistory(updated, updatedIso, href, List.copyOf(related)));
        return new Page(page.outputPath(), page.template(), page.title(), values);
    }

    private Page pageHistoryPage(Page of, String key, List<Commit> commits, Object site) {
        String path = historyOf(key);
        String title = of.title() + "の変更履歴";
        List<HistoryViews.CommitView> views = commits.stream().limit(PAGE_COMMITS).map(this::commitView).toList();
        String note = commits.size() > PAGE_COMMITS ? "新しい " + PAGE_COMMITS + " 件を載せています。" : history.note().orElse("");
        HistoryViews.PageHistoryView view = new HistoryViews.PageHistoryView(new Link(of.title(), key), sources.of(key), views, note);
        return page(path, "history.ftlh", title, "「" + of.title() + "」の内容を変更した記録（日付と内容）。",
                List.of(home(), new Link("更新履歴", INDEX)), "history", "pageHistory", view, site);
    }

    private Page siteHistoryPage(Object site) {
        List<HistoryViews.RevisionView> revisions = model.plan().revisions().stream()
                .map(r -> new HistoryViews.RevisionView(ja(r.date()), r.date().toString(), r.summary())).toList();
        List<Link> links = comparisons.stream().map(c -> new Link(c.current().toWareki() + "（" + c.current().year()
                + "年度）のアクションプラン：前年度からの変更", changes(c.current()))).toList();
        List<HistoryViews.CommitView> commits = history.commits().stream().limit(SITE_COMMITS).map(this::commitView).toList();
        String note = history.note().orElse(history.commits().size() > SITE_COMMITS
                ? "新しい " + SITE_COMMITS + " 件を載せています。それより前の記録は、各ページの「このページの変更履歴」にあります。" : "");
        HistoryViews.SiteHistoryView view = new HistoryViews.SiteHistoryView(ja(model.plan().adopted()), revisions, links,
                commits, history.commits().size() > SITE_COMMITS, note);
        return page(INDEX, "site-history.ftlh", "更新履歴", model.plan().title() + "の策定と改定、アクションプランの年度ごとの変更、"
                + "このサイトの内容の更新の記録。", List.of(home()), "history", "siteHistory", view, site);
    }

    /** The comparison of a year with the previous, its lists split into pages of {@link Paging#ROWS} items. */
    private List<Page> comparisonPages(ActionPlanChanges c, Object site) {
        String year = c.current().toWareki() + "（" + c.current().year() + "年度）";
        String previousYear = c.previous().toWareki() + "（" + c.previous().year() + "年度）";
        String currentTitle = model.actionPlan(c.current()).map(a -> a.title()).orElse(year + "のアクションプラン");
        String previousTitle = model.actionPlan(c.previous()).map(a -> a.title()).orElse(previousYear + "のアクションプラン");
        List<HistoryViews.TargetChangeView> targets = c.targets().stream().map(t -> new HistoryViews.TargetChangeView(
                initiativeLink(t.initiative()), t.indicator().name(), t.year().toWareki(),
                t.before().map(v -> number(v, t.indicator().unit())).orElse("（なし）"),
                number(t.after().value(), t.indicator().unit()), ja(t.after().decided()), t.after().decided().toString(),
                t.after().note().orElse(""))).toList();
        List<List<Link>> added = Paging.split(c.added().stream().map(this::initiativeLink).toList(), Paging.ROWS);
        List<List<Link>> removed = Paging.split(c.removed().stream().map(this::initiativeLink).toList(), Paging.ROWS);
        List<List<HistoryViews.TargetChangeView>> changed = Paging.split(targets, Paging.ROWS);
        int total = Math.max(added.size(), Math.max(removed.size(), changed.size()));
        String first = changes(c.current());
        String title = currentTitle + "：前年度からの変更";
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            HistoryViews.ChangesView view = new HistoryViews.ChangesView(year, previousYear,
                    new Link(currentTitle, SitePaths.actionPlan(c.current())), new Link(previousTitle, SitePaths.actionPlan(c.previous())),
                    c.kept().size() + c.removed().size(), c.kept().size() + c.added().size(), slice(added, n), slice(removed, n),
                    slice(changed, n), c.added().size(), c.removed().size(), targets.size(),
                    Paging.pager(first, n, total, c.added().size() + c.removed().size() + targets.size()));
            List<Link> crumbs = new ArrayList<>(List.of(home(), new Link("アクションプラン", SitePaths.ACTION_PLANS),
                    new Link(currentTitle, SitePaths.actionPlan(c.current()))));
            if (n > 1) {
                crumbs.add(new Link(title, first));
            }
            pages.add(page(SitePaths.paged(first, n), "action-plan-changes.ftlh", Paging.title(title, n, total), year + "のアクションプランと"
                    + previousYear + "の比較：加わった取組、なくなった取組、目標値の変更。", crumbs, "action-plans", "changes", view, site));
        }
        return pages;
    }

    private static <T> List<T> slice(List<List<T>> pages, int n) {
        return n <= pages.size() ? pages.get(n - 1) : List.of();
    }

    private Link initiativeLink(String id) {
        return new Link(model.initiative(id).map(i -> i.title()).orElse(id), SitePaths.initiative(id));
    }

    private HistoryViews.CommitView commitView(Commit c) {
        return new HistoryViews.CommitView(ja(c.time().toLocalDate()), c.time().toLocalDate().toString(),
                c.subject().isBlank() ? "（説明なし）" : c.subject(), c.shortId(),
                c.files().stream().limit(FILES_SHOWN).toList(), Math.max(0, c.files().size() - FILES_SHOWN));
    }

    private static Link home() {
        return new Link("ホーム", SitePaths.HOME);
    }

    private static Page page(String path, String template, String title, String description, List<Link> crumbs,
            String section, String key, Object view, Object site) {
        Views.PageContext context = new Views.PageContext(title, description, path, SitePaths.root(path), List.copyOf(crumbs),
                section, "ja", "");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(key, view);
        values.put("page", context);
        values.put("site", site);
        return Page.of(path, template, title, values);
    }

    static String ja(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + era(d) + "）";
    }

    static String ja(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月（" + era(m.atEndOfMonth()) + "）";
    }

    private static String era(LocalDate d) {
        return ERA_YEAR.format(JapaneseDate.from(d)).replaceFirst("(\\D)1年$", "$1元年");
    }

    private static String number(BigDecimal v, String unit) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(10);
        return f.format(v) + (unit.isBlank() ? "" : " " + unit);
    }
}
