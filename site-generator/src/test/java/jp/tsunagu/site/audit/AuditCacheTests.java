package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit cache's keys change with everything a page's results depend on, and a cache file is trusted only when
 * it is whole and its own: the browser side is in {@link SiteAuditorCacheTests}.
 */
class AuditCacheTests {

    private static final AuditResults.PageResult RESULT = new AuditResults.PageResult("pages/a.html", "ページ A",
            "2026-12-01T10:00:00+09:00", false, List.of(new AuditResults.Problem(AuditMode.DARK, "axe-core", "image-alt",
                    List.of("1.1.1"), "critical", "Images must have alternative text", List.of("img"))),
            Set.of("1.1.1", "1.4.3"), Set.of("1.3.1"));

    @TempDir
    Path tmp;

    private Path site;
    private Path folder;

    @BeforeEach
    void aSite() throws IOException {
        site = tmp.resolve("site");
        folder = tmp.resolve("cache");
        write("pages/a.html", "<link rel=stylesheet href=\"../assets/site.css\"><img src=\"../images/a.png\" alt=\"\">"
                + "<img srcset=\"../images/b.png 2x, https://example.org/x.png 3x\" alt=\"\"><script src=\"/assets/x.js\"></script>");
        write("pages/b.html", "<p>B</p>");
        write("assets/site.css", "body { color: #222 }");
        write("images/a.png", "png");
        write("images/b.png", "png b");
        write("search/index.json", "{}");
    }

    @Test
    void theKeyChangesWithThePageItsAssetsAndFilesItRefersToButNotWithOtherFiles() throws IOException {
        String a = cache("tool").keyOf("pages/a.html");
        String b = cache("tool").keyOf("pages/b.html");
        assertThat(a).matches("[0-9a-f]{64}").isNotEqualTo(b).isEqualTo(cache("tool").keyOf("pages/a.html"));

        write("search/index.json", "{\"changed\": true}");
        assertThat(cache("tool").keyOf("pages/a.html")).as("a file no page refers to").isEqualTo(a);
        write("images/b.png", "png b, changed");
        String afterImage = cache("tool").keyOf("pages/a.html");
        assertThat(afterImage).as("an image of the page's srcset").isNotEqualTo(a);
        assertThat(cache("tool").keyOf("pages/b.html")).as("another page's image").isEqualTo(b);
        write("assets/site.css", "body { color: #999 }");
        assertThat(cache("tool").keyOf("pages/a.html")).as("the site's CSS").isNotEqualTo(afterImage);
        assertThat(cache("tool").keyOf("pages/b.html")).as("the site's CSS, for every page").isNotEqualTo(b);
        String now = cache("tool").keyOf("pages/b.html");
        write("pages/b.html", "<p>B, changed</p>");
        assertThat(cache("tool").keyOf("pages/b.html")).as("the page").isNotEqualTo(now);
        assertThat(cache("another browser").keyOf("pages/a.html")).as("the tools").isNotEqualTo(cache("tool").keyOf("pages/a.html"));
    }

    @Test
    void aWrittenResultIsReadBackAsCachedWithItsDate() throws IOException {
        AuditCache cache = cache("tool");
        String key = cache.keyOf("pages/a.html");
        cache.write(key, RESULT);

        assertThat(cache.read(key, "pages/a.html")).contains(RESULT.fromCache());
        assertThat(cache.read(key, "pages/a.html").orElseThrow().testedAt()).isEqualTo("2026-12-01T10:00:00+09:00");
        assertThat(cache.read(key, "pages/b.html")).as("stored for another page").isEmpty();
        assertThat(cache.keys()).containsExactly(key);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(key + ".json"); // no temporary file left
        }
    }

    @Test
    void aPartialCorruptOrForeignFileIsNeverTrusted() throws IOException {
        AuditCache cache = cache("tool");
        String key = cache.keyOf("pages/a.html");
        cache.write(key, RESULT);
        Path file = folder.resolve(key + ".json");
        String whole = Files.readString(file, UTF_8);

        Files.writeString(file, whole.substring(0, whole.length() / 2), UTF_8);
        assertThat(cache.read(key, "pages/a.html")).as("cut short").isEmpty();
        Files.writeString(file, whole.replace("image-alt", "image-alx"), UTF_8);
        assertThat(cache.read(key, "pages/a.html")).as("one changed byte").isEmpty();
        Files.writeString(file, whole.replace(key, "0".repeat(64)), UTF_8);
        assertThat(cache.read(key, "pages/a.html")).as("another key's file").isEmpty();
        Files.writeString(file, "{\"path\": \"pages/a.html\", \"problems\": []}\n", UTF_8);
        assertThat(cache.read(key, "pages/a.html")).as("not ours").isEmpty();
        Files.write(file, new byte[] {(byte) 0xff, 0, 1});
        assertThat(cache.read(key, "pages/a.html")).as("binary").isEmpty();
        Files.writeString(file, whole, UTF_8);
        assertThat(cache.read(key, "pages/a.html")).as("whole again").isPresent();
    }

    @Test
    void onlyTheKeysOfTheLastAuditAreKept() throws IOException {
        AuditCache cache = cache("tool");
        String a = cache.keyOf("pages/a.html");
        String b = cache.keyOf("pages/b.html");
        cache.write(a, RESULT);
        cache.write(b, RESULT);
        Files.writeString(folder.resolve("README.txt"), "someone else's file", UTF_8);

        AuditCache.retainOnly(folder, Set.of(a));

        assertThat(cache.keys()).containsExactly(a);
        assertThat(folder.resolve("README.txt")).exists();
    }

    /**
     * The audit writes the report pages' results part itself: before publishing they are keyed by the rest of the
     * page (a site audited again without a new build is not tested again for the results it carries), as published
     * by their whole bytes.
     */
    @Test
    void theReportPagesAreKeyedByAllButTheirResultsUntilPublished() throws IOException {
        String frame = "<main><h1>試験結果</h1>" + TestReport.BEGIN + "%s" + TestReport.END + "<p>%s</p></main>";
        write(TestReport.PAGE, frame.formatted(TestReport.untested(), "方針"));
        write("pages/c.html", frame.formatted(TestReport.untested(), "方針"));
        AuditCache cache = cache("tool");
        String built = cache.keyOf(TestReport.PAGE);
        String builtWhole = cache.keyOf(TestReport.PAGE, true);
        String other = cache.keyOf("pages/c.html");

        write(TestReport.PAGE, frame.formatted("<p>2026年12月6日に試験しました。</p>", "方針"));
        write("pages/c.html", frame.formatted("<p>2026年12月6日に試験しました。</p>", "方針"));

        assertThat(cache.keyOf(TestReport.PAGE)).as("the results part").isEqualTo(built);
        assertThat(cache.keyOf(TestReport.PAGE, true)).as("as published").isNotEqualTo(builtWhole);
        assertThat(cache.keyOf("pages/c.html")).as("another page with the markers").isNotEqualTo(other);
        write(TestReport.PAGE, frame.formatted("<p>2026年12月6日に試験しました。</p>", "新しい方針"));
        assertThat(cache.keyOf(TestReport.PAGE)).as("the rest of the page").isNotEqualTo(built);
    }

    @Test
    void theResultsLastPublishedAreKeptWholeOrNotAtAll() throws IOException {
        AuditCache cache = cache("tool");
        assertThat(cache.published()).isEmpty();
        AuditResults results = new AuditResults("2026-12-01T10:00:00+09:00", "2026-12-01T10:05:00+09:00", 300_000,
                "Chromium 156", "4.11.0", SiteAuditor.AXE_TAGS, 320, List.of(AuditMode.LIGHT, AuditMode.DARK), List.of(RESULT));

        cache.publish(results);

        assertThat(cache.published()).contains(results);
        AuditResults reused = new AuditResults("2026-12-02T09:00:00+09:00", "2026-12-02T09:00:01+09:00", 900,
                "Chromium 156", "4.11.0", SiteAuditor.AXE_TAGS, 320, results.modes(), List.of(RESULT.fromCache()));
        assertThat(cache.published().orElseThrow().sameFindings(reused)).as("the same pages, from the cache").isTrue();
        AuditResults retested = new AuditResults("2026-12-02T09:00:00+09:00", "2026-12-02T09:00:01+09:00", 900,
                "Chromium 156", "4.11.0", SiteAuditor.AXE_TAGS, 320, results.modes(), List.of(new AuditResults.PageResult(
                        RESULT.path(), RESULT.title(), "2026-12-02T09:00:00+09:00", false, RESULT.problems(), RESULT.checked(),
                        RESULT.undecided())));
        assertThat(results.sameFindings(retested)).as("tested again").isFalse();

        Path file = folder.resolve("published.json");
        Files.writeString(file, Files.readString(file, UTF_8).replace("image-alt", "image-ok"), UTF_8);
        assertThat(cache.published()).as("changed after it was written").isEmpty();
    }

    @Test
    void aCacheInsideTheSiteIsRefusedInJapanese() {
        assertThatThrownBy(() -> AuditCache.open(site.resolve("cache"), site, "tool")).isInstanceOf(AuditException.class)
                .hasMessageContaining("サイトのフォルダ").hasMessageContaining("target/tsunagu-audit-cache");
    }

    private AuditCache cache(String tool) {
        return AuditCache.open(folder, site, tool);
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }
}
