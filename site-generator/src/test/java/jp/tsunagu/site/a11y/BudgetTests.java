package jp.tsunagu.site.a11y;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;

/**
 * The weight budgets per page, gzip-compressed: HTML ≤ 30 KB, CSS ≤ 15 KB, JavaScript ≤ 10 KB, no web fonts,
 * first view ≤ 60 KB; checked on the files of both built content sets, no browser needed.
 */
class BudgetTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyPageOfTheSiteKeepsWithinTheBudgets(String name) {
        Path site = BuiltSites.site(name);
        assertThat(SitePages.of(site)).hasSizeGreaterThan(30);
        assertThat(Budgets.gzipSize(site.resolve("assets/site.css"))).isPositive();

        List<String> problems = Budgets.check(site);

        assertThat(problems).withFailMessage(() -> "Budgets exceeded on " + name + ":\n  "
                + String.join("\n  ", problems)).isEmpty();
    }

    /**
     * Pages whose content grows with the site (lists of initiatives, a viewpoint's initiatives, a year's action plan,
     * the site map, the home page, the さくいん) are split or summarised, so that on a generated site of some thousand
     * pages ({@link BuiltSites#CORPUS}) no page nor furigana copy exceeds its budget, and every page made is in
     * sitemap.xml.
     */
    @Test
    void noPageOfALargeSiteOutgrowsTheBudget() throws IOException {
        Path site = BuiltSites.site(BuiltSites.CORPUS);
        List<String> pages = SitePages.of(site);
        assertThat(pages).hasSizeGreaterThan(2 * BuiltSites.CORPUS_INITIATIVES).contains("initiatives/page/2.html",
                "initiatives/page/2.furigana.html", "viewpoints/A/page/2.html", "action-plans/2023/page/2.html",
                "action-plans/2023/department-somu/page/2.html", "sitemap/page/2.html", "pages/index.html");

        List<String> problems = Budgets.check(site);

        assertThat(problems).withFailMessage(() -> "Budgets exceeded on a site of " + pages.size() + " pages:\n  "
                + String.join("\n  ", problems)).isEmpty();
        String sitemap = Files.readString(site.resolve("sitemap.xml"), UTF_8);
        assertThat(pages.stream().filter(p -> p.contains("/page/") && !p.endsWith(".furigana.html")))
                .isNotEmpty().allSatisfy(p -> assertThat(sitemap).contains("/" + p + "</loc>"));
    }

    /** Test of the test: a site that breaks every budget is caught on every count. */
    @Test
    void reportsEveryBudgetBrokenByAHeavySite(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("pages"));
        Files.writeString(site.resolve("assets/heavy.css"), "body{}\n/*" + noise(48 * 1024) + "*/", UTF_8);
        Files.writeString(site.resolve("assets/heavy.js"), "// " + noise(40 * 1024), UTF_8);
        Files.write(site.resolve("assets/mincho.woff2"), new byte[] {1, 2, 3});
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="ja"><head><link rel="stylesheet" href="assets/heavy.css">
                <script src="assets/heavy.js" defer></script></head><body><p>軽いページ</p></body></html>
                """, UTF_8);
        Files.writeString(site.resolve("pages/データ.html"), "<!DOCTYPE html><script type=\"application/ld+json\">\""
                + noise(16 * 1024) + "\"</script><p>データだけ</p>", UTF_8);
        Files.writeString(site.resolve("pages/重い.html"), "<!DOCTYPE html><p>" + noise(40 * 1024) + "</p>"
                + "<img src=\"../assets/missing.png\" alt=\"\">", UTF_8);

        List<String> problems = Budgets.check(site);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("assets/heavy.css: CSS is "))
                .anySatisfy(p -> assertThat(p).startsWith("assets/heavy.js: JavaScript is "))
                .anySatisfy(p -> assertThat(p).startsWith("assets/mincho.woff2: a font file"))
                .anySatisfy(p -> assertThat(p).startsWith("index.html: CSS loaded by the page is "))
                .anySatisfy(p -> assertThat(p).startsWith("index.html: JavaScript loaded by the page is "))
                .anySatisfy(p -> assertThat(p).startsWith("index.html: first view"))
                .anySatisfy(p -> assertThat(p).startsWith("pages/重い.html: HTML is "))
                .anySatisfy(p -> assertThat(p).isEqualTo("pages/重い.html: loads ../assets/missing.png, which is not in the site"));
        assertThat(problems).noneMatch(p -> p.startsWith("index.html: HTML"))
                .as("JSON-LD is data, weighed with the HTML, not as JavaScript")
                .noneMatch(p -> p.startsWith("pages/データ.html"));
    }

    /** A furigana variant is allowed twice the HTML of its page, and no more. */
    @Test
    void furiganaVariantsMayWeighUpTo60KilobytesOfHtml(@TempDir Path site) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"ja\"><body><p>%s</p></body></html>";
        Files.writeString(site.resolve("a.furigana.html"), page.formatted(noise(40 * 1024)), UTF_8);
        Files.writeString(site.resolve("b.furigana.html"), page.formatted(noise(90 * 1024)), UTF_8);
        Files.writeString(site.resolve("c.html"), page.formatted(noise(40 * 1024)), UTF_8);

        List<String> problems = Budgets.check(site);

        assertThat(problems).noneMatch(p -> p.startsWith("a.furigana.html"))
                .anySatisfy(p -> assertThat(p).startsWith("b.furigana.html: HTML is ").endsWith("over the budget of 61,440"))
                .anySatisfy(p -> assertThat(p).startsWith("c.html: HTML is "));
    }

    /** Random text, which gzip cannot shrink below three quarters of its length. */
    private static String noise(int length) {
        byte[] bytes = new byte[length * 3 / 4];
        new Random(42).nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
