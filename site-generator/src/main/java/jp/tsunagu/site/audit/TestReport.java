package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import freemarker.core.HTMLOutputFormat;

import jp.tsunagu.site.assemble.Paging;
import jp.tsunagu.site.assemble.SitePaths;

/**
 * The results part of the test report page (試験結果, {@value #PAGE}), in the form the
 * みんなの公共サイト運用ガイドライン asks a public body to publish: when and with what the pages were tested,
 * which pages (all of them), the checklist of every success criterion of JIS X 8341-3:2016 at levels A and AA
 * with its automated result, and the results page by page.
 * <p>
 * The build renders the page with {@link #untested()}: a site built without {@code tsunagu:audit} says that it
 * was not tested and how to test it. {@link #publish} then replaces that part, between the markers
 * {@value #BEGIN} and {@value #END}, with the results of the audit of that very site, and writes them as data
 * ({@value #RESULTS_JSON}); each file is written beside its target and moved into place, so a reader never
 * sees half a page.
 * <p>
 * Automated checks cannot show conformance: a criterion is never marked as met here. Each row says whether a
 * rule found a problem, found none where it applied, could not decide, or whether no automated rule covers the
 * criterion, and that a person has to judge the rest.
 */
public final class TestReport {

    /** The test report page, relative to the site root. */
    public static final String PAGE = SitePaths.TEST_REPORT;
    /** The results as data, relative to the site root. */
    public static final String RESULTS_JSON = "accessibility/test-results.json";
    /** The furigana variant of the report page, written by the build's enrich stage. */
    public static final String FURIGANA_PAGE = "accessibility/test-report.furigana.html";
    /** Where the results part starts in the page. */
    public static final String BEGIN = "<!-- tsunagu:test-results -->";
    /** Where it ends. */
    public static final String END = "<!-- /tsunagu:test-results -->";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分ss秒");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private TestReport() {
    }

    /**
     * Renders the results part of a site that was built without being tested.
     *
     * @return the HTML, not null
     */
    public static String untested() {
        return """
                <section aria-labelledby="results" class="test-results">
                <h2 id="results">試験の結果</h2>
                <div class="notice">
                <p><strong>このサイトのこの版は、ブラウザーによる試験をしないで作成されました。試験結果はまだありません。</strong></p>
                <p>試験は、サイトを作成したあとに <code>mvn -B verify</code> を実行すると行われます（Chromium と axe-core によるすべてのページの自動試験。\
                公開用の手順はこの方法で作成しています）。試験が済むと、このページに試験の日時・使ったツール・達成基準ごとの結果・ページごとの結果が載ります。</p>
                </div>
                </section>
                """;
    }

    /**
     * Renders the results part of an audited site.
     *
     * @param results the audit's results, not null
     * @return the HTML, not null
     */
    public static String render(AuditResults results) {
        Html h = new Html();
        Map<String, Row> rows = rows(results);
        List<Row> jis = rows.values().stream().filter(r -> !r.criterion.isAdditional()).toList();
        List<Row> later = rows.values().stream().filter(r -> r.criterion.isAdditional() && r.covered()).toList();
        long withProblems = results.pages().stream().filter(p -> !p.problems().isEmpty()).count();

        h.line("<section aria-labelledby=\"results\" class=\"test-results\">");
        h.line("<h2 id=\"results\">試験の結果</h2>");
        h.line("<dl class=\"report-facts\">");
        h.dt("試験実施日時").dd(when(results.startedAt()) + " から " + when(results.finishedAt()) + "（所要時間 "
                + seconds(results.durationMillis()) + "）");
        int cached = results.cachedPageCount();
        h.dt("前回の試験結果を使ったページ").dd(cached == 0 ? "なし（すべてのページをこの日時に試験）" : cached + " ページ（ページとその CSS・JavaScript、"
                + "試験のツール・表示・規則のどれも前回の試験から変わっていないため、その結果を使っています。各ページを試験した日時は「ページごとの結果」の表のとおり）");
        h.dt("試験に使ったツール").dd(results.browser() + "（ヘッドレス）、axe-core " + results.axeVersion()
                + "（規則の種類：" + String.join("、", results.axeTags()) + "）、Tsunagu のリフロー試験（画面の幅 "
                + results.reflowWidth() + " CSS ピクセル）");
        h.dt("試験した表示").dd(String.join("、", results.modes().stream().map(AuditMode::label).toList())
                + "（各ページを1回読み込み、表示を切り替えて試験。JavaScript は有効）");
        h.dt("試験対象ページ").dd("このサイトのすべてのページ（" + results.pages().size() + " ページ、全数試験）");
        h.dt("自動試験で問題が見つかったページ").dd(withProblems + " ページ（問題 " + results.problemCount() + " 件）");
        h.line("</dl>");
        h.line("<p>この試験は、ブラウザーで各ページを表示して自動で判定できる項目だけを確かめたものです。自動試験で問題が見つからなくても、"
                + "その達成基準を満たしているとは限りません。「人による確認が必要」とした項目は、人が確かめるまで判断していません。</p>");

        checklist(h, "checklist", "達成基準チェックリスト（JIS X 8341-3:2016 の適合レベル A 及び AA、" + jis.size() + " 項目）", jis);
        if (!later.isEmpty()) {
            h.line("<p>次の達成基準は JIS X 8341-3:2016 にはなく、WCAG 2.1 以降で加わったものです。参考として自動試験の結果を示します。</p>");
            checklist(h, "later", "追加で確かめた達成基準（WCAG 2.1・2.2）", later);
        }
        pageTable(h, results);
        problems(h, results);
        h.line("<p>この結果は、データとしても公開しています：<a href=\"test-results.json\">試験結果のデータ（JSON）</a></p>");
        h.line("</section>");
        return h.toString();
    }

    /**
     * Puts an audit's results into the built site: replaces the results part of the report page (and of its
     * furigana variant, {@value #FURIGANA_PAGE}, where the build wrote one: the results themselves are then shown
     * without readings) and writes {@value #RESULTS_JSON}, each atomically.
     *
     * @param site    the built site, not null
     * @param results the audit of that site, not null
     * @throws AuditException if the report page is missing, lacks its markers, or cannot be written
     */
    public static void publish(Path site, AuditResults results) {
        Path page = site.resolve(PAGE);
        String html = readPage(site);
        int begin = html.indexOf(BEGIN);
        int end = html.indexOf(END);
        String rendered = render(results);
        String replaced = html.substring(0, begin + BEGIN.length()) + "\n" + rendered + html.substring(end);
        try {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            writeAtomically(site.resolve(RESULTS_JSON), json.writeValueAsString(results) + "\n");
            writeAtomically(page, replaced);
            Path furigana = site.resolve(FURIGANA_PAGE);
            if (Files.isRegularFile(furigana)) {
                String variant = Files.readString(furigana, UTF_8);
                int b = variant.indexOf(BEGIN);
                int e = variant.indexOf(END);
                if (b >= 0 && e > b) {
                    writeAtomically(furigana, variant.substring(0, b + BEGIN.length()) + "\n" + rendered + variant.substring(e));
                }
            }
        } catch (IOException e) {
            throw new AuditException("試験結果を書き込めませんでした（" + page + "）。フォルダの権限とディスクの空きを確認してください: "
                    + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
    }

    /**
     * Reads the report page of a built site, checking that it has its place for the results.
     *
     * @param site the built site, not null
     * @return the page's HTML, not null
     * @throws AuditException if the page is missing or lacks the markers
     */
    static String readPage(Path site) {
        Path page = site.resolve(PAGE);
        String html;
        try {
            html = Files.readString(page, UTF_8);
        } catch (IOException e) {
            throw new AuditException("試験結果のページ " + page + " がありません。先にサイトを作成してください（mvn -B package）。", e);
        }
        int begin = html.indexOf(BEGIN);
        int end = html.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new AuditException(page + " に試験結果を入れる場所（" + BEGIN + " と " + END + "）がありません。"
                    + "テンプレート test-report.ftlh を上書きしている場合は、${content.results?no_esc} を含む既定の形に戻してください。");
        }
        return html;
    }

    /** One row of a checklist: a criterion and what the automated checks found across the site. */
    private static final class Row {
        final Criterion criterion;
        final Set<String> problemPages = new LinkedHashSet<>();
        final Set<String> rules = new java.util.TreeSet<>();
        boolean checked;
        boolean undecided;

        Row(Criterion criterion) {
            this.criterion = criterion;
        }

        boolean covered() {
            return checked || undecided || !problemPages.isEmpty();
        }

        String result() {
            if (!problemPages.isEmpty()) {
                return "問題あり（自動試験、" + problemPages.size() + " ページ）";
            }
            if (undecided) {
                return "自動試験では判定できない箇所あり（人による確認が必要）";
            }
            if (checked) {
                return "自動試験では問題なし（人による確認が必要）";
            }
            return "自動試験の対象外（人による確認が必要）";
        }
    }

    private static Map<String, Row> rows(AuditResults results) {
        Map<String, Row> rows = new TreeMap<>(Criterion::compareNumbers);
        Criterion.JIS_X_8341_3_2016.forEach(c -> rows.put(c.number(), new Row(c)));
        for (AuditResults.PageResult page : results.pages()) {
            for (String n : page.checked()) {
                row(rows, n).ifPresent(r -> r.checked = true);
            }
            for (String n : page.undecided()) {
                row(rows, n).ifPresent(r -> r.undecided = true);
            }
            for (AuditResults.Problem p : page.problems()) {
                for (String n : p.criteria()) {
                    row(rows, n).ifPresent(r -> {
                        r.problemPages.add(page.path());
                        r.rules.add(p.rule());
                    });
                }
            }
        }
        return rows;
    }

    private static Optional<Row> row(Map<String, Row> rows, String number) {
        Row row = rows.get(number);
        if (row == null) {
            Optional<Criterion> c = Criterion.of(number);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            row = new Row(c.get());
            rows.put(number, row);
        }
        return Optional.of(row);
    }

    private static void checklist(Html h, String id, String caption, List<Row> rows) {
        h.line("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"" + id + "-caption\" tabindex=\"0\">");
        h.line("<table class=\"checklist\">");
        h.line("<caption id=\"" + id + "-caption\">" + Html.esc(caption) + "</caption>");
        h.line("<thead><tr><th scope=\"col\">番号</th><th scope=\"col\">達成基準</th><th scope=\"col\">適合レベル</th>"
                + "<th scope=\"col\">自動試験の結果</th><th scope=\"col\">注記</th></tr></thead>");
        h.line("<tbody>");
        for (Row r : rows) {
            String note = r.problemPages.isEmpty() ? "" : "規則 " + String.join("、", r.rules) + "：" + named(r.problemPages);
            h.line("<tr><th scope=\"row\">" + r.criterion.number() + "</th><td>" + Html.esc(r.criterion.title()) + "</td><td>"
                    + r.criterion.level() + "</td><td>" + Html.esc(r.result()) + "</td><td>" + Html.esc(note) + "</td></tr>");
        }
        h.line("</tbody>");
        h.line("</table>");
        h.line("</div>");
    }

    /** The pages of a checklist row, the first few by name on a large site. */
    private static String named(Set<String> pages) {
        List<String> shown = pages.stream().limit(Paging.REPORT_PROBLEM_PAGES).toList();
        return String.join("、", shown) + (pages.size() > shown.size() ? " ほか " + (pages.size() - shown.size()) + " ページ" : "");
    }

    private static void pageTable(Html h, AuditResults results) {
        if (results.pages().size() > Paging.REPORT_PAGES) {
            pageCounts(h, results);
            return;
        }
        h.line("<h3 id=\"pages\">ページごとの結果</h3>");
        h.line("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"pages-caption\" tabindex=\"0\">");
        h.line("<table class=\"page-results\">");
        h.line("<caption id=\"pages-caption\">試験したページ（" + results.pages().size() + " ページ）</caption>");
        h.line("<thead><tr><th scope=\"col\">ページ</th><th scope=\"col\">試験日時</th><th scope=\"col\">自動試験の結果</th><th scope=\"col\">問題のある達成基準</th></tr></thead>");
        h.line("<tbody>");
        for (AuditResults.PageResult p : results.pages()) {
            Set<String> criteria = new java.util.TreeSet<>(Criterion::compareNumbers);
            p.problems().forEach(x -> criteria.addAll(x.criteria()));
            String result = p.problems().isEmpty() ? "問題なし" : "問題 " + p.problems().size() + " 件";
            String cell = p.problems().isEmpty() ? "" : "<a href=\"#" + anchor(results, p) + "\">" + Html.esc(String.join("、", criteria)) + "</a>";
            h.line("<tr><th scope=\"row\"><a href=\"../" + Html.esc(p.path()) + "\">" + Html.esc(p.title().isBlank() ? p.path() : p.title())
                    + "</a><br><span class=\"path\">" + Html.esc(p.path()) + "</span></th><td>" + when(p.testedAt())
                    + (p.cached() ? "（前回の結果）" : "") + "</td><td>" + result + "</td><td>" + cell + "</td></tr>");
        }
        h.line("</tbody>");
        h.line("</table>");
        h.line("</div>");
    }

    /**
     * The results of a site too large to list page by page on one page: the pages by test date (the date each was
     * actually tested, results reused from an earlier audit apart) and result; every page is in the JSON data.
     */
    private static void pageCounts(Html h, AuditResults results) {
        Map<List<Object>, long[]> counts = new TreeMap<>(Comparator.<List<Object>, String>comparing(k -> (String) k.get(0)).reversed()
                .thenComparing(k -> (Boolean) k.get(1)));
        for (AuditResults.PageResult p : results.pages()) {
            long[] c = counts.computeIfAbsent(List.of(p.testedAt().substring(0, 10), p.cached()), k -> new long[2]);
            c[0]++;
            c[1] += p.problems().isEmpty() ? 0 : 1;
        }
        h.line("<h3 id=\"pages\">ページごとの結果</h3>");
        h.line("<p>試験したページは " + results.pages().size() + " ページです。ページごとの試験日時と結果は、"
                + "<a href=\"test-results.json\">試験結果のデータ（JSON）</a>にあります。問題が見つかったページは、下の「見つかった問題」に示します。</p>");
        h.line("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"pages-caption\" tabindex=\"0\">");
        h.line("<table class=\"page-counts\">");
        h.line("<caption id=\"pages-caption\">試験日ごとのページ数（" + results.pages().size() + " ページ）</caption>");
        h.line("<thead><tr><th scope=\"col\">試験日</th><th scope=\"col\">ページ数</th><th scope=\"col\">問題のあったページ</th></tr></thead>");
        h.line("<tbody>");
        counts.forEach((k, c) -> h.line("<tr><th scope=\"row\">" + LocalDate.parse((String) k.get(0)).format(DATE)
                + ((Boolean) k.get(1) ? "（前回の結果）" : "") + "</th><td>" + c[0] + " ページ</td><td>" + c[1] + " ページ</td></tr>"));
        h.line("</tbody>");
        h.line("</table>");
        h.line("</div>");
    }

    private static void problems(Html h, AuditResults results) {
        List<AuditResults.PageResult> all = results.pages().stream().filter(p -> !p.problems().isEmpty()).toList();
        if (all.isEmpty()) {
            return;
        }
        List<AuditResults.PageResult> pages = all.stream().limit(Paging.REPORT_PROBLEM_PAGES).toList();
        h.line("<h3 id=\"problems\">見つかった問題</h3>");
        if (pages.size() < all.size()) {
            h.line("<p>問題が見つかった " + all.size() + " ページのうち、初めの " + pages.size() + " ページの問題を示します。"
                    + "すべては<a href=\"test-results.json\">試験結果のデータ（JSON）</a>にあります。</p>");
        }
        for (AuditResults.PageResult p : pages) {
            String id = anchor(results, p);
            h.line("<h4 id=\"" + id + "\">" + Html.esc(p.title().isBlank() ? p.path() : p.title()) + "（" + Html.esc(p.path()) + "）</h4>");
            h.line("<ul class=\"problems\">");
            // One item per rule and elements, naming every mode it was seen in.
            Map<List<Object>, List<String>> modes = new LinkedHashMap<>();
            for (AuditResults.Problem x : p.problems()) {
                modes.computeIfAbsent(List.of(x.checker(), x.rule(), x.criteria(), x.help(), x.targets()), k -> new ArrayList<>())
                        .add(x.mode().label());
            }
            modes.forEach((k, m) -> h.line("<li>達成基準 " + Html.esc(String.join("、", castList(k.get(2)))) + "：" + Html.esc((String) k.get(3))
                    + "（" + Html.esc((String) k.get(0)) + " の規則 <code>" + Html.esc((String) k.get(1)) + "</code>、表示："
                    + Html.esc(String.join("、", m)) + "、該当箇所：<code>" + Html.esc(String.join(" / ", castList(k.get(4)))) + "</code>）</li>"));
            h.line("</ul>");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object list) {
        return (List<String>) list;
    }

    private static String anchor(AuditResults results, AuditResults.PageResult page) {
        return "page-" + (results.pages().indexOf(page) + 1);
    }

    /** An ISO 8601 time as the page shows it: 2026年12月6日 20時31分05秒. */
    static String when(String iso) {
        return OffsetDateTime.parse(iso).format(DATE_TIME);
    }

    private static String seconds(long millis) {
        Duration d = Duration.ofMillis(millis);
        return d.toMinutes() > 0 ? AuditProgress.duration(d) : String.format("%.1f 秒", millis / 1000.0);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        jp.tsunagu.site.files.AtomicText.write(file, text);
    }

    /** A small HTML writer: lines and escaping. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder();

        /** Escapes text for HTML as the site's templates do (FreeMarker's HTML output format). */
        static String esc(String text) {
            return HTMLOutputFormat.INSTANCE.escapePlainText(text);
        }

        Html line(String html) {
            out.append(html).append('\n');
            return this;
        }

        Html dt(String text) {
            return line("<dt>" + esc(text) + "</dt>");
        }

        Html dd(String text) {
            return line("<dd>" + esc(text) + "</dd>");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
