package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.bench.PlanCorpus;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;

/**
 * tsunagu:serve as an editor sees it in Chromium: saving a Markdown file updates the open page within about
 * a second; a content error replaces the page with the list of errors (file:line and fix); fixing it brings
 * the site back — all without touching the browser.
 */
@BrowserTest
class LiveReloadBrowserTests {
    /** The promise is "about a second"; the wait allows for a loaded CI machine. */
    private static final Duration RELOAD = Duration.ofMillis(2500);

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Test
    void editingMarkdownUpdatesTheOpenPageThenErrorsShowAndClear(Browser browser) throws IOException {
        Path project = Files.createTempDirectory(Path.of("target"), "serve-browser").toAbsolutePath();
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"));
        Path file = project.resolve("src/plan/initiatives/online-shinsei.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        ServeRequest request = ServeRequest.of(BuildRequest.of(project.resolve("src"), project.resolve("target/serve"))).withPort(0);
        try (DevServer server = DevServer.start(request, new ServeListener() { })) {
            WebDriver driver = browser.driver();
            browser.open(server.address().resolve("initiatives/online-shinsei.html"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("行政手続のオンライン化");
            long warm = System.nanoTime();
            server.rebuild(); // the first build of a JVM is slower than every later one
            Duration build = Duration.ofNanos(System.nanoTime() - warm);
            // About a second on an idle machine; on a loaded one the build itself is slower, and only the reload's
            // own overhead (watch, debounce, event, reload) is held to a fixed bound.
            Duration reload = max(RELOAD, build.multipliedBy(3).dividedBy(2).plusSeconds(1));

            long start = System.nanoTime();
            Files.writeString(file, original.replace("title: 行政手続のオンライン化", "title: 行政手続のオンライン化（更新）"),
                    StandardCharsets.UTF_8);
            new WebDriverWait(driver, reload).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("h1")).getText().endsWith("（更新）"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("LiveReloadBrowserTests: warm rebuild " + build.toMillis() + " ms, edit → page updated in "
                    + took.toMillis() + " ms");

            Files.writeString(file, original.replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);
            new WebDriverWait(driver, reload).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("body")).getText()
                    .contains("initiatives/online-shinsei.md:5"));
            String error = driver.findElement(By.tagName("body")).getText();
            assertThat(error).contains("コンテンツにエラーが 1 件あります", "E-REF-VIEWPOINT", "「Z」");
            assertThat(driver.getCurrentUrl()).endsWith("/initiatives/online-shinsei.html");

            Files.writeString(file, original, StandardCharsets.UTF_8);
            new WebDriverWait(driver, reload).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("h1")).getText().equals("行政手続のオンライン化"));
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("E-REF-VIEWPOINT");
        } finally {
            TestFiles.delete(project);
        }
    }

    /**
     * Issue 7's serve target at 1,000 pages (a generated plan, {@link PlanCorpus}): after one edit, only the pages
     * whose values changed are rendered again (asserted: a handful, not the site), the page shows that the search
     * index and open data wait for the next full build, and the reload comes far sooner than a build of the site
     * (asserted against the first build's time, so a loaded machine does not fail it). The time from save to the
     * updated page in Chromium is printed; the target is 1 s on an idle 2-core machine.
     */
    @Test
    void editingOneOfAThousandPagesRendersOnlyItsPages(Browser browser) throws IOException {
        Path project = Files.createTempDirectory(Path.of("target"), "serve-1000").toAbsolutePath();
        Path source = PlanCorpus.write(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"), 1000);
        Path file = source.resolve("plan/initiatives/bench-00002.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicReference<BuildResult> last = new java.util.concurrent.atomic.AtomicReference<>();
        ServeListener listener = new ServeListener() {
            @Override
            public void built(BuildResult result, Duration took, boolean first) {
                last.set(result);
            }
        };
        ServeRequest request = ServeRequest.of(BuildRequest.of(source, project.resolve("target/serve"))).withPort(0);
        long begin = System.nanoTime();
        try (DevServer server = DevServer.start(request, listener)) {
            Duration firstBuild = Duration.ofNanos(System.nanoTime() - begin);
            WebDriver driver = browser.driver();
            browser.open(server.address().resolve("initiatives/bench-00002.html"));
            String title = driver.findElement(By.tagName("h1")).getText();
            Duration took = Duration.ZERO;
            for (int edit = 1; edit <= 3; edit++) { // the first edit warms the JIT; the last one counts
                String marker = "（編集" + edit + "）";
                long start = System.nanoTime();
                Files.writeString(file, original.replaceFirst("title: (.*)", "title: $1" + marker), StandardCharsets.UTF_8);
                new WebDriverWait(driver, max(RELOAD, firstBuild)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.tagName("h1")).getText().equals(title + marker));
                took = Duration.ofNanos(System.nanoTime() - start);
            }
            System.out.println("LiveReloadBrowserTests: 1,000 pages: first build " + firstBuild.toMillis()
                    + " ms, edit → page updated in " + took.toMillis() + " ms, " + last.get().files() + " pages rendered");
            assertThat(last.get().files()).as("pages rendered again after one edit").isBetween(1, 20);
            assertThat(took).as("an edit must not cost a build of the site").isLessThan(max(Duration.ofMillis(1500), firstBuild.dividedBy(3)));
            new WebDriverWait(driver, RELOAD).until(d -> !d.findElements(By.className("tsunagu-dev-note")).isEmpty());
            assertThat(driver.findElement(By.className("tsunagu-dev-note")).getText()).contains("検索", "オープンデータ");
        } finally {
            TestFiles.delete(project);
        }
    }
}
