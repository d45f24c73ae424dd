package jp.tsunagu.site.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuiltSites;

/**
 * The rule that picks the pages the browser tests audit when they do not audit every page
 * ({@link SitePages#representative}): one page of every kind in every variant, the largest; a page of no known kind,
 * or a kind or variant the sample city has no page of, fails instead of going unaudited.
 */
class SitePagesTests {

    @Test
    void choosesTheLargestPageOfEachKindInEachVariant(@TempDir Path site) throws IOException {
        write(site, "index.html", 10);
        write(site, "index.furigana.html", 10);
        write(site, "index.easy.furigana.html", 10);
        write(site, "initiatives/index.html", 10);
        write(site, "initiatives/a.html", 100);
        write(site, "initiatives/b.html", 300);
        write(site, "initiatives/c.html", 300);
        write(site, "initiatives/a.furigana.html", 500);
        write(site, "initiatives/b.furigana.html", 20);
        write(site, "action-plans/2021/viewpoint-A.html", 50);
        write(site, "action-plans/2022/viewpoint-B.html", 60);
        write(site, "action-plans/2022/department-somu.html", 10);
        write(site, "history/index.html", 10);
        write(site, "history/initiatives/a.html", 10);
        write(site, "search.html", 10);
        write(site, "initiatives/page/2.html", 200);
        write(site, "action-plans/2022/page/3.html", 400);
        write(site, "initiatives/page/2.furigana.html", 20);

        assertThat(SitePages.representative(site, false)).containsExactly(
                "action-plans/2022/department-somu.html", "action-plans/2022/page/3.html", "action-plans/2022/viewpoint-B.html",
                "history/index.html",
                "history/initiatives/a.html", "index.easy.furigana.html", "index.furigana.html", "index.html",
                "initiatives/a.furigana.html", "initiatives/b.html", "initiatives/index.html", "initiatives/page/2.furigana.html",
                "search.html",
                "search.html?q=情報");
    }

    @Test
    void aPageOfNoKnownKindFails(@TempDir Path site) throws IOException {
        write(site, "index.html", 10);
        write(site, "events/2024-summer.html", 10);

        assertThatThrownBy(() -> SitePages.representative(site, false)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("events/2024-summer.html").hasMessageContaining("SitePages.KINDS");
    }

    @Test
    void aKindOrVariantWithoutAPageFailsWhenTheSiteMustHaveEvery(@TempDir Path site) throws IOException {
        write(site, "index.html", 10);
        write(site, "index.en.html", 10);

        assertThat(SitePages.representative(site, false)).containsExactly("index.en.html", "index.html");
        assertThatThrownBy(() -> SitePages.representative(site, true)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("glossary").hasMessageContaining("action-plan year by department")
                .hasMessageContaining("variant .furigana.html").hasMessageContaining("variant .easy.html")
                .message().doesNotContain("home,").doesNotContain("variant .en.html").doesNotContain(SitePages.SPLIT_LIST);
    }

    @Test
    void theSampleCityHasEveryKindAndVariant() {
        List<String> pages = SitePages.representative(BuiltSites.site(BuiltSites.SAMPLE), true);

        assertThat(pages).hasSizeGreaterThan(SitePages.KINDS.size()).hasSizeLessThan(SitePages.of(BuiltSites.site(BuiltSites.SAMPLE)).size() / 2);
    }

    @Test
    void theSampleTakesEveryKindInTheOriginalAndEachVariantOnTheTranslatedKindsAndItsLargestPages(@TempDir Path site)
            throws IOException {
        write(site, "index.html", 10);
        write(site, "index.furigana.html", 20);
        write(site, "index.en.html", 10);
        write(site, "glossary.html", 10);
        write(site, "glossary.furigana.html", 30);
        write(site, "404.html", 10);
        write(site, "404.furigana.html", 15);
        write(site, "initiatives/a.html", 10);
        write(site, "initiatives/a.furigana.html", 50);
        write(site, "sakuin/ka.html", 10);
        write(site, "sakuin/ka.furigana.html", 90);
        write(site, "pages/about.html", 10);
        write(site, "pages/about.furigana.html", 5);
        write(site, "search.html", 10);
        write(site, "search.furigana.html", 10);

        assertThat(SitePages.sampled(site, false)).containsExactly("404.html", "glossary.html", "index.en.html",
                "index.furigana.html", "index.html", "initiatives/a.furigana.html", "initiatives/a.html",
                "pages/about.furigana.html", "pages/about.html", "sakuin/ka.furigana.html", "sakuin/ka.html", "search.html",
                "search.html?q=情報");
        assertThat(SitePages.KINDS).containsKeys(SitePages.VARIANT_KINDS.toArray(String[]::new));
    }

    @Test
    void theSampleOfTheSampleCityHasEveryKindInTheOriginalAndEveryVariant() {
        Path built = BuiltSites.site(BuiltSites.SAMPLE);
        List<String> sampled = SitePages.sampled(built, true);
        List<String> representative = SitePages.representative(built, true);

        assertThat(representative).containsAll(sampled);
        assertThat(sampled.stream().filter(page -> !page.contains("?")).filter(page -> SitePages.variantOf(page).isEmpty())
                .map(SitePages::kindOf)).containsExactlyInAnyOrderElementsOf(SitePages.KINDS.keySet().stream()
                        .filter(kind -> !kind.equals(SitePages.SPLIT_LIST)).toList());
        assertThat(sampled.stream().filter(page -> !page.contains("?")).map(SitePages::variantOf).distinct())
                .containsExactlyInAnyOrderElementsOf(SitePages.VARIANTS);
        assertThat(sampled.stream().filter(page -> page.endsWith(".furigana.html")))
                .contains("index.furigana.html", "policy.furigana.html").hasSizeGreaterThanOrEqualTo(5);
        assertThat(sampled).hasSizeLessThan(representative.size() * 3 / 4);
    }

    private static void write(Path site, String page, int size) throws IOException {
        Path file = site.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x".repeat(size));
    }
}
