package jp.tsunagu.site.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Paging;
import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.assemble.Views;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.ja.Fold;
import jp.tsunagu.site.ja.GlossaryWord;
import jp.tsunagu.site.ja.Kana;
import jp.tsunagu.site.render.Page;

/**
 * The pages of search: the search page ({@value #SEARCH}), which the JavaScript client fills, and the 五十音順
 * keyword index ({@value #SAKUIN} and its rows' pages under {@value #SAKUIN_ROWS}), which works without JavaScript;
 * and which pages the index covers.
 */
public final class SearchPages {
    /** The search page; {@code search.html?q=…} runs a query. */
    public static final String SEARCH = "search.html";
    /** The 五十音順 keyword index: the page of its rows, where the search form lands without JavaScript. */
    public static final String SAKUIN = "sakuin.html";
    /** The folder of the keyword index's row pages ({@code sakuin/ka.html}). */
    public static final String SAKUIN_ROWS = "sakuin/";
    /** The keyword index's title. */
    private static final String SAKUIN_TITLE = "さくいん（五十音順）";
    /** The most pages a keyword links to; the rest are counted. */
    public static final int LINKS_PER_KEYWORD = 3;

    /** Pages that would only repeat other pages or list every page. */
    private static final Set<String> NOT_INDEXED = Set.of(SEARCH, SAKUIN, SitePaths.SITEMAP, SitePaths.PAGES, SitePaths.NOT_FOUND);
    /** The change logs of pages, which quote the pages they log. */
    private static final String CHANGE_LOGS = "history/";

    private SearchPages() {
    }

    /**
     * Adds the search page to the assembled pages.
     *
     * @param pages  the assembled pages, not null, with the site's values
     * @return the pages followed by the search page, not null
     */
    public static List<Page> withSearchPage(List<Page> pages) {
        List<Page> all = new ArrayList<>(pages);
        all.add(page(site(pages), SEARCH, "search.ftlh", "サイト内検索",
                "この計画のページを、漢字・かな・ローマ字のキーワードで探します。", List.of(new Link("ホーム", SitePaths.HOME)), Map.of()));
        return List.copyOf(all);
    }

    /**
     * Builds the keyword index: the page of its 五十音 rows ({@value #SAKUIN}, where the search form lands without
     * JavaScript) and the pages of each row ({@code sakuin/ka.html}; a row of more than {@link Paging#SAKUIN_ENTRIES}
     * keywords goes on to {@code sakuin/ka/page/2.html}), so that no page grows with the site.
     *
     * @param pages  the assembled pages, not null
     * @param index  what the index stage found, not null
     * @return the page of rows first, then the rows' pages in 五十音 order, not null
     */
    public static List<Page> sakuin(List<Page> pages, SearchIndex index) {
        record Line(String key, Keyword keyword) {
        }
        List<Line> lines = index.keywords().stream().map(k -> new Line(sortKey(k.reading()), k))
                .sorted(Comparator.comparing(Line::key).thenComparing(l -> l.keyword().reading())
                        .thenComparing(l -> l.keyword().word()))
                .toList();
        Map<String, List<SakuinView.Entry>> entries = new LinkedHashMap<>();
        for (Line line : lines) {
            Keyword k = line.keyword();
            List<Link> links = k.pages().stream().limit(LINKS_PER_KEYWORD).map(n -> {
                SearchPage p = index.pages().get(n);
                return new Link(p.title(), p.path());
            }).toList();
            String shown = Fold.fold(k.word()).equals(k.reading()) ? "" : k.reading();
            entries.computeIfAbsent(Kana.row(k.reading()), r -> new ArrayList<>()).add(new SakuinView.Entry(k.word(),
                    shown, k.glossaryHref(), links, Math.max(0, k.pages().size() - LINKS_PER_KEYWORD)));
        }
        List<SakuinView.Row> rows = orderedRows(entries.keySet()).stream().map(heading -> {
            String id = Kana.rowId(heading);
            return new SakuinView.Row(heading, id, SAKUIN_ROWS + id + ".html", entries.get(heading).size());
        }).toList();
        Views.SiteContext site = site(pages);
        Link home = new Link("ホーム", SitePaths.HOME);
        List<Page> out = new ArrayList<>();
        out.add(page(site, SAKUIN, "sakuin.ftlh", SAKUIN_TITLE,
                "この計画に出てくる主な言葉を五十音順に並べ、その言葉が出てくるページへ案内します。", List.of(home),
                Map.of("sakuin", new SakuinView(rows, lines.size(), null, List.of(), Paging.pager(SAKUIN, 1, 1, 0)))));
        for (SakuinView.Row row : rows) {
            List<List<SakuinView.Entry>> split = Paging.split(entries.get(row.heading()), Paging.SAKUIN_ENTRIES);
            for (int n = 1; n <= split.size(); n++) {
                String path = SitePaths.paged(row.href(), n);
                out.add(page(site, path, "sakuin.ftlh", Paging.title("さくいん：" + row.heading(), n, split.size()),
                        "この計画に出てくる主な言葉のうち、読みが" + row.heading() + "の言葉と、その言葉が出てくるページです。",
                        List.of(home, new Link(SAKUIN_TITLE, SAKUIN)),
                        Map.of("sakuin", new SakuinView(rows, lines.size(), row, split.get(n - 1),
                                Paging.pager(row.href(), n, split.size(), row.count())))));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> orderedRows(Set<String> rows) {
        List<String> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((String r) -> r.equals("その他")).thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    /** Orders readings as a dictionary does: voiced and small kana with their plain kana first, ー ignored. */
    static String sortKey(String reading) {
        String voiced = "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉっゃゅょゎ";
        String plain = "かきくけこさしすせそたちつてとはひふへほはひふへほあいうえおつやゆよわ";
        StringBuilder key = new StringBuilder();
        for (char c : Fold.fold(reading).toCharArray()) {
            int v = voiced.indexOf(c);
            if (c != 'ー') {
                key.append(v >= 0 ? plain.charAt(v) : c);
            }
        }
        return key.toString();
    }

    /**
     * Lists the pages the search index covers, in page order: every page but the search page, the keyword
     * index, the site map, the list of free pages and the 404 page, the filtered views of an action plan (by viewpoint or department),
     * which repeat rows of the whole plan, the change logs under {@code history/}, which quote the pages, and the
     * second and later pages of a split list ({@code initiatives/page/2.html}), whose items have pages of their own.
     *
     * @param pages  the rendered pages, not null
     * @return the pages to index, not null
     */
    public static List<SearchPage> indexed(List<Page> pages) {
        List<SearchPage> out = new ArrayList<>();
        for (Page p : pages) {
            String path = p.outputPath().value();
            String name = path.substring(path.lastIndexOf('/') + 1);
            boolean filteredView = path.startsWith("action-plans/") && (name.startsWith("viewpoint-") || name.startsWith("department-"));
            boolean changeLog = path.startsWith(CHANGE_LOGS);
            // The later pages of a split list repeat what the pages of their items say, as filtered views do.
            if (NOT_INDEXED.contains(path) || filteredView || changeLog || SitePaths.isLaterPage(path)) {
                continue;
            }
            List<String> crumbs = p.model().get("page") instanceof Views.PageContext c
                    ? c.breadcrumbs().stream().map(Link::label).toList() : List.of();
            out.add(new SearchPage(path, p.title(), crumbs));
        }
        return out;
    }

    /**
     * Gets the glossary as the index needs it: terms, readings, aliases and where each is defined.
     *
     * @param model  the plan, not null
     * @return the glossary, not null
     */
    public static List<GlossaryWord> glossary(PlanModel model) {
        return model.glossary().stream()
                .map(t -> new GlossaryWord(t.term(), t.reading(), t.aliases(), SitePaths.term(t.id()))).toList();
    }

    private static Views.SiteContext site(List<Page> pages) {
        return pages.stream().map(p -> p.model().get("site")).filter(Views.SiteContext.class::isInstance)
                .map(Views.SiteContext.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no assembled page carries the site's values"));
    }

    private static Page page(Views.SiteContext site, String path, String template, String title, String description,
            List<Link> breadcrumbs, Map<String, ?> values) {
        Views.PageContext context = new Views.PageContext(title, description, path, SitePaths.root(path),
                breadcrumbs, "search", "ja", "");
        Map<String, Object> model = new LinkedHashMap<>(values);
        model.put("page", context);
        model.put("site", site);
        return Page.of(path, template, title, model);
    }
}
