package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.assemble.Paging;
import jp.tsunagu.site.assemble.Views;
import jp.tsunagu.site.render.Page;

/**
 * The 五十音順 keyword index of both built sites, read as HTML: {@code sakuin.html} lists the rows, each row has its
 * own pages ({@code sakuin/ka.html}, then {@code sakuin/ka/page/2.html} when it is long).
 */
class SakuinTests {

    private static final List<String> ROWS = List.of("あ行", "か行", "さ行", "た行", "な行", "は行", "ま行", "や行", "ら行",
            "わ行", "その他");

    static Document page(String site, String path) throws IOException {
        return Jsoup.parse(Files.readString(BuiltSites.site(site).resolve(path), StandardCharsets.UTF_8));
    }

    /** The pages of the さくいん of a built site: the page of rows, then every page of every row, following the pagers. */
    static List<String> pages(String site) throws IOException {
        List<String> pages = new ArrayList<>(List.of(SearchPages.SAKUIN));
        for (Element row : page(site, SearchPages.SAKUIN).select("main nav[aria-label=五十音の行] a")) {
            String path = row.attr("href");
            while (true) {
                pages.add(path);
                Element next = page(site, path).selectFirst("nav.pagination a[rel=next]");
                if (next == null) {
                    break;
                }
                path = Path.of(path).resolveSibling(next.attr("href")).normalize().toString().replace('\\', '/');
            }
        }
        return pages;
    }

    /** Every keyword of a built site's さくいん, from all its row pages. */
    static List<Element> entries(String site) throws IOException {
        List<Element> all = new ArrayList<>();
        for (String path : pages(site)) {
            all.addAll(page(site, path).select("dl.sakuin dt"));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void listsKeywordsByReadingInGojuonRowsWithWorkingLinks(String site) throws IOException {
        Document index = page(site, SearchPages.SAKUIN);
        assertThat(index.select("dl.sakuin")).as("the page of rows lists no keyword").isEmpty();
        List<String> rows = index.select("main nav[aria-label=五十音の行] a").eachText().stream()
                .map(t -> t.replaceFirst("（\\d+語）$", "")).toList();
        assertThat(rows).isNotEmpty().isSubsetOf(ROWS).isSortedAccordingTo(Comparator.comparing(ROWS::indexOf));
        Path root = BuiltSites.site(site);
        for (String path : pages(site)) {
            for (Element link : page(site, path).select("main a")) {
                String href = link.attr("href").replaceFirst("#.*", "");
                assertThat(root.resolve(path).resolveSibling(href).normalize()).as(path + ": " + link.outerHtml()).isRegularFile();
            }
        }
        assertThat(entries(site)).hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void eachRowPageMarksItsRowAndLeadsBackToTheRows(String site) throws IOException {
        Document index = page(site, SearchPages.SAKUIN);
        assertThat(index.select("main nav[aria-label=五十音の行] [aria-current]")).as("no row is current on sakuin.html").isEmpty();
        // the header has two copies of the link, one shown on phones (in the メニュー fold), one on wide screens
        assertThat(index.select("header .site-sakuin a[aria-current=page]")).hasSize(2);
        assertThat(index.select("header .site-sakuin a:not([aria-current])")).isEmpty();
        for (Element row : index.select("main nav[aria-label=五十音の行] a")) {
            String path = row.attr("href");
            Document page = page(site, path);
            String heading = row.text().replaceFirst("（(\\d+)語）$", "");
            int count = Integer.parseInt(row.text().replaceFirst(".*（(\\d+)語）$", "$1"));
            assertThat(page.select("h1").text()).isEqualTo("さくいん：" + heading);
            assertThat(page.select("main nav[aria-label=五十音の行] a[aria-current=page]")).as(path)
                    .singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(heading))
                    .satisfies(a -> assertThat(Path.of(path).resolveSibling(a.attr("href")).normalize()).isEqualTo(Path.of(path)));
            assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).last().isEqualTo("../sakuin.html");
            assertThat(page.select("dl.sakuin dt")).as(path).hasSize(Math.min(count, Paging.SAKUIN_ENTRIES));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void listsEveryGlossaryTermWithItsDefinition(String site) throws IOException {
        Document glossary = page(site, "glossary.html");
        List<Element> entries = entries(site);
        for (Element term : glossary.select("dl.glossary dt")) {
            String word = term.ownText().strip();
            Element entry = entries.stream().filter(dt -> dt.ownText().strip().equals(word))
                    .findFirst().orElseThrow(() -> new AssertionError("glossary term missing from the さくいん: " + word));
            assertThat(entry.nextElementSibling().select("a[href*=glossary.html#term-]")).as(word).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "initiatives/index.html", "search.html", "sakuin.html", "sakuin/ka.html", "404.html"})
    void everyPageHeaderLinksToTheKeywordIndex(String path) throws IOException {
        Document doc = page(BuiltSites.SAMPLE, path);
        assertThat(doc.select("header .site-sakuin a").attr("href")).endsWith("sakuin.html").doesNotContain("sakuin/");
        // search.html has its own form instead of the header's
        assertThat(doc.select("header form[role=search]").eachAttr("action"))
                .allSatisfy(action -> assertThat(action).endsWith("sakuin.html").doesNotContain("sakuin/"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyPageStaysWithinTheHtmlBudgetAndHasAFuriganaCopy(String site) throws IOException {
        for (String path : pages(site)) {
            Path html = BuiltSites.site(site).resolve(path);
            Path furigana = html.resolveSibling(html.getFileName().toString().replace(".html", ".furigana.html"));
            assertThat(gzipSize(html)).as(path + ", gzip").isLessThanOrEqualTo(30 * 1024);
            assertThat(gzipSize(furigana)).as(furigana + ", gzip").isLessThanOrEqualTo(60 * 1024);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.SAMPLE})
    void readsWordsFromTheEditorsUserDictionary(String site) throws IOException {
        assertThat(entries(site).stream().map(Element::text)).contains("健診（けんしん）");
    }

    /** A row longer than a page goes on at {@code sakuin/ka/page/2.html}, with a pager, a title of its own and one aria-current row. */
    @Test
    void splitsALongRowIntoPagesAtStableAddresses() {
        int count = 2 * Paging.SAKUIN_ENTRIES + 1;
        List<Keyword> keywords = IntStream.range(0, count)
                .mapToObj(i -> new Keyword("語" + i, "か" + String.format("%04d", i), List.of(0), "")).toList();
        keywords = new ArrayList<>(keywords);
        keywords.add(new Keyword("愛", "あい", List.of(0), ""));
        SearchIndex index = new SearchIndex(List.of(new SearchPage("index.html", "ホーム", List.of())), 0, 0, 0, 0, keywords);
        Views.SiteContext site = new Views.SiteContext("計画", "市", "理念", List.of(), "https://example.jp/", "Tsunagu");

        List<Page> pages = SearchPages.sakuin(List.of(Page.of("index.html", "index.ftlh", "ホーム", Map.of("site", site))), index);

        assertThat(pages).extracting(p -> p.outputPath().value()).containsExactly("sakuin.html", "sakuin/a.html",
                "sakuin/ka.html", "sakuin/ka/page/2.html", "sakuin/ka/page/3.html");
        assertThat(pages).extracting(Page::title).containsExactly("さくいん（五十音順）", "さくいん：あ行", "さくいん：か行",
                "さくいん：か行（2 / 3 ページ）", "さくいん：か行（3 / 3 ページ）");
        SakuinView rows = (SakuinView) pages.get(0).model().get("sakuin");
        assertThat(rows.row()).isNull();
        assertThat(rows.entries()).isEmpty();
        assertThat(rows.rows()).extracting(SakuinView.Row::heading, SakuinView.Row::href, SakuinView.Row::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("あ行", "sakuin/a.html", 1),
                        org.assertj.core.groups.Tuple.tuple("か行", "sakuin/ka.html", count));
        SakuinView second = (SakuinView) pages.get(3).model().get("sakuin");
        assertThat(second.row().id()).isEqualTo("ka");
        assertThat(second.entries()).hasSize(Paging.SAKUIN_ENTRIES).first().extracting(SakuinView.Entry::word)
                .isEqualTo("語" + Paging.SAKUIN_ENTRIES);
        assertThat(second.pager().current()).isEqualTo(2);
        assertThat(second.pager().previous().href()).isEqualTo("sakuin/ka.html");
        assertThat(second.pager().next().href()).isEqualTo("sakuin/ka/page/3.html");
        assertThat(((SakuinView) pages.get(4).model().get("sakuin")).entries()).hasSize(1);
        assertThat(((Views.PageContext) pages.get(3).model().get("page")).root()).isEqualTo("../../../");
    }

    private static long gzipSize(Path file) throws IOException {
        var gzipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(Files.readAllBytes(file));
        }
        return gzipped.size();
    }
}
