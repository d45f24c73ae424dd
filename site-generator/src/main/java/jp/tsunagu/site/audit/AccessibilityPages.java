package jp.tsunagu.site.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.assemble.Views;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/**
 * The two pages every build adds about the site's accessibility, linked from every page's footer: the policy
 * ({@value #STATEMENT}, ウェブアクセシビリティ方針, from {@link Statement}) and the test report
 * ({@value TestReport#PAGE}, 試験結果), rendered with the results part of an untested site; the goal
 * {@code tsunagu:audit} replaces that part with the results of the audit of the very site built (see
 * {@link TestReport}).
 */
public final class AccessibilityPages {

    /** The policy page, relative to the site root. */
    public static final String STATEMENT = SitePaths.ACCESSIBILITY;

    /**
     * The web content technologies the pages rely on (依存したウェブコンテンツ技術), as the generator writes them.
     */
    public static final List<String> TECHNOLOGIES = List.of("HTML", "CSS", "SVG", "WAI-ARIA",
            "JavaScript（サイト内検索の結果の表示と、文字の大きさ・画面の色・読み上げの操作に使用。"
                    + "どのページの内容も JavaScript なしで利用できます）");

    private AccessibilityPages() {
    }

    /**
     * Adds the policy and the test report to the assembled pages.
     *
     * @param pages     the assembled pages, one of which carries the site's values, not null
     * @param statement the policy as the content states it, not null
     * @return the pages with the two added, not null
     */
    public static List<Page> with(List<Page> pages, Statement statement) {
        Views.SiteContext site = pages.stream().map(p -> p.model().get("site")).filter(Views.SiteContext.class::isInstance)
                .map(Views.SiteContext.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no assembled page carries the site's values"));
        String scope = statement.scope().isEmpty()
                ? site.municipality() + "「" + site.title() + "」のウェブサイト（このサイトのすべてのページ）" : statement.scope();
        Map<String, Object> values = Map.of("statement", statement, "scope", scope, "technologies", TECHNOLOGIES,
                "reportHref", "test-report.html", "statementHref", "index.html");
        List<Page> all = new ArrayList<>(pages);
        String policyTitle = "ウェブアクセシビリティ方針";
        all.add(page(site, STATEMENT, "accessibility.ftlh", policyTitle,
                "このサイトのウェブアクセシビリティの方針（対象範囲、目標とする適合レベル）と試験結果への案内。",
                List.of(new Link("ホーム", SitePaths.HOME)), values));
        Map<String, Object> report = new LinkedHashMap<>(values);
        report.put("results", TestReport.BEGIN + "\n" + TestReport.untested() + TestReport.END);
        all.add(page(site, TestReport.PAGE, "test-report.ftlh", "ウェブアクセシビリティ試験結果",
                "このサイトのすべてのページを、このサイトを作成したときにブラウザーで試験した結果（JIS X 8341-3:2016）。",
                List.of(new Link("ホーム", SitePaths.HOME), new Link(policyTitle, STATEMENT)), report));
        return List.copyOf(all);
    }

    private static Page page(Views.SiteContext site, String path, String template, String title, String description,
            List<Link> crumbs, Map<String, Object> values) {
        Views.PageContext context = new Views.PageContext(title, description, path, SitePaths.root(path), crumbs,
                "accessibility", "ja", "");
        Map<String, Object> model = new LinkedHashMap<>(values);
        model.put("page", context);
        model.put("site", site);
        return Page.of(path, template, title, model);
    }
}
