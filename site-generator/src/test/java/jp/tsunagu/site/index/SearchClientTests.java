package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * The query set run by the real JavaScript client in Chromium on both built sites: every expected page is found,
 * no unrelated page ranks above one, and the client's ranking is exactly {@link SiteSearcher}'s.
 */
@BrowserTest
class SearchClientTests {
    static final Map<String, StaticServer> SERVERS = new HashMap<>();
    static final Map<String, SiteSearcher> SEARCHERS = new HashMap<>();

    @BeforeAll
    static void serveBothSites() {
        for (String name : List.of(BuiltSites.CITY, BuiltSites.SAMPLE)) {
            SERVERS.put(name, StaticServer.serve(BuiltSites.site(name)));
        }
    }

    @AfterAll
    static void stopServing() {
        SERVERS.values().forEach(StaticServer::close);
        SERVERS.clear();
        SEARCHERS.clear();
    }

    static Stream<SearchQuerySet.Query> queries() {
        return SearchQuerySet.all().stream();
    }

    /** Opens {@code search.html?q=…} and waits for the client to have shown its results. */
    static void openSearch(Browser browser, String site, String query) {
        URI uri = SERVERS.get(site).uriOf("search.html");
        browser.open(URI.create(uri + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        browser.driver().executeAsyncScript("const done = arguments[0]; window.tsunaguSearch.ready.then(() => done(true));");
    }

    /** Runs a query through the client's own ranking: "page:score", best first. */
    @SuppressWarnings("unchecked")
    static List<String> clientRanking(Browser browser, String query) {
        return (List<String>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.tsunaguSearch.search(arguments[0])
                  .then(r => done(r.hits.map(h => h.page + ':' + h.score)))
                  .catch(e => done(['error: ' + e]));
                """, query);
    }

    /** The Java searcher of a site's index, read once per site (it was read twice per query). */
    static SiteSearcher javaSearcher(String site) {
        return SEARCHERS.computeIfAbsent(site, name -> SiteSearcher.open(BuiltSites.site(name)));
    }

    /** The Java ranking of hits as {@link #clientRanking}'s: "page:score", best first. */
    static List<String> ranking(List<SiteSearcher.Hit> hits) {
        return hits.stream().map(h -> h.page() + ":" + h.score()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsEveryExpectedPageAndNothingUnrelatedAboveIt(SearchQuerySet.Query query, Browser browser) {
        openSearch(browser, query.site(), query.q());
        List<String> ranking = clientRanking(browser, query.q());
        List<SiteSearcher.Hit> hits = javaSearcher(query.site()).search(query.q());
        List<String> urls = hits.stream().map(SiteSearcher.Hit::url).toList();
        String shown = describe(hits);

        assertThat(ranking).as("client ranking vs Java ranking").isEqualTo(ranking(hits));
        if (query.noHit()) {
            assertThat(urls).as("no page may be found").isEmpty();
            assertThat(statusText(browser)).contains("見つかりませんでした");
            return;
        }
        assertThat(urls).as("expected pages found; ranking: %s", shown).containsAll(query.expect());
        int last = query.expect().stream().mapToInt(urls::indexOf).max().orElse(-1);
        Path site = BuiltSites.site(query.site());
        List<String> unrelated = urls.subList(0, last + 1).stream()
                .filter(u -> !SearchQuerySet.isRelated(site, u, query.related())).toList();
        assertThat(unrelated).as("unrelated pages ranked above an expected page; ranking: %s", shown).isEmpty();
        assertThat(statusText(browser)).isEqualTo("「" + query.q() + "」の検索結果：" + hits.size() + "件");
        List<String> listed = waitForResults(browser).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath().substring(1)).toList();
        assertThat(listed).as("the results shown").isEqualTo(urls.stream().limit(10).toList());
    }

    static String statusText(Browser browser) {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    static List<WebElement> waitForResults(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#search-results h2 a"));
            return links.isEmpty() ? null : links;
        });
    }

    static String describe(List<SiteSearcher.Hit> hits) {
        List<String> out = new ArrayList<>();
        hits.stream().limit(15).forEach(h -> out.add(h.url() + "(" + h.score() + ")"));
        return String.join(", ", out);
    }
}
