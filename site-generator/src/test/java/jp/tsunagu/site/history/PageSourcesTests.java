package jp.tsunagu.site.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.tsunagu.site.assemble.SitePaths;

class PageSourcesTests {
    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("plan", "plan.md"),
            Map.entry("viewpoint/A", "viewpoints/A.md"),
            Map.entry("viewpoint/B", "viewpoints/B.md"),
            Map.entry("initiative/online", "initiatives/online.md"),
            Map.entry("initiative/opendata", "initiatives/opendata.md"),
            Map.entry("action-plan/2021", "action-plans/2021/_index.md"),
            Map.entry("action-plan/2022", "action-plans/2022/_index.md"),
            Map.entry("entry/2022/online", "action-plans/2022/online.md"),
            Map.entry("entry/2021/online", "action-plans/2021/online.md"),
            Map.entry("entry/2022/opendata", "action-plans/2022/opendata.md"),
            Map.entry("ooda/online-2", "ooda/online/2022-02.md"),
            Map.entry("ooda/online-1", "ooda/online/2021-10.md"),
            Map.entry("ooda/opendata-1", "ooda/opendata/2022-05.md"),
            Map.entry("review/2021", "reviews/2021.md"),
            Map.entry("glossary/ict", "glossary/ict.md"),
            Map.entry("page/about", "pages/about.md"));

    private final PageSources sources = PageSources.of(SOURCES);

    @Test
    void anInitiativeIsMadeOfItsFileItsEntriesAndItsCycles() {
        assertThat(sources.of("initiatives/online.html")).containsExactly("initiatives/online.md",
                "action-plans/2021/online.md", "action-plans/2022/online.md", "ooda/online/2021-10.md", "ooda/online/2022-02.md");
        assertThat(sources.of("initiatives/opendata.html")).containsExactly("initiatives/opendata.md",
                "action-plans/2022/opendata.md", "ooda/opendata/2022-05.md");
    }

    @Test
    void listPagesAndYearPagesAreMadeOfWhatTheyList() {
        assertThat(sources.of(SitePaths.HOME)).containsExactly("plan.md");
        assertThat(sources.of(SitePaths.VIEWPOINTS)).containsExactly("viewpoints/A.md", "viewpoints/B.md");
        assertThat(sources.of(SitePaths.OODA)).containsExactly("ooda/online/2021-10.md", "ooda/online/2022-02.md",
                "ooda/opendata/2022-05.md");
        assertThat(sources.of("action-plans/2022/viewpoint-A.html")).containsExactly("action-plans/2022/_index.md",
                "action-plans/2022/online.md", "action-plans/2022/opendata.md");
        assertThat(sources.of("viewpoints/B.html")).containsExactly("viewpoints/B.md");
        assertThat(sources.of("reviews/2021.html")).containsExactly("reviews/2021.md");
        assertThat(sources.of("pages/about.html")).containsExactly("pages/about.md");
        assertThat(sources.of(SitePaths.SITEMAP)).isEmpty();
        assertThat(sources.of("initiatives/unknown.html")).isEmpty();
    }

    @Test
    void aFileIsShownOnThePageMadeFromIt() {
        List<String> pages = List.of(SitePaths.HOME, SitePaths.INITIATIVES, "initiatives/online.html", "action-plans/2022/viewpoint-A.html");
        assertThat(sources.pageOf("initiatives/online.md", pages)).contains("initiatives/online.html");
        assertThat(sources.pageOf("action-plans/2022/opendata.md", pages)).contains("action-plans/2022/viewpoint-A.html");
        assertThat(sources.pageOf("reviews/2021.md", pages)).isEmpty();
    }

    @Test
    void asksForEveryPageOfALargeSiteInTimeProportionalToIt() {
        Map<String, String> many = new HashMap<>(SOURCES);
        for (int i = 0; i < 20_000; i++) {
            many.put("initiative/x" + i, "initiatives/x" + i + ".md");
            many.put("entry/2022/x" + i, "action-plans/2022/x" + i + ".md");
        }
        PageSources large = PageSources.of(many);
        // 20,000 pages: scanning every source for every page would be 8e8 steps; the maps answer at once
        for (int i = 0; i < 20_000; i++) {
            assertThat(large.of("initiatives/x" + i + ".html")).hasSize(2);
        }
    }
}
