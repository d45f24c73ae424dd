package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteSession;
import jp.tsunagu.site.TestFiles;

/**
 * Real builds of a copy of the sample city: the version counts every build, content errors keep the last good
 * site, an update after a content edit says what it left for the next full build, and readers hold off a publish.
 */
class RebuilderTests {
    private static final List<String> heard = new CopyOnWriteArrayList<>();
    private static Path project;
    private static Rebuilder builds;

    @BeforeAll
    static void buildACopyOfTheSampleCity() throws IOException {
        project = Files.createTempDirectory(Path.of("target"), "rebuilder").toAbsolutePath();
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"));
        builds = new Rebuilder(BuildRequest.of(project.resolve("src"), project.resolve("out")), new ServeListener() {
            @Override
            public void built(BuildResult result, Duration took, boolean first) {
                heard.add(first ? "first" : "built");
            }

            @Override
            public void contentErrors(ValidationReport report) {
                heard.add("errors");
            }

            @Override
            public void failed(SiteException failure) {
                heard.add("failed");
            }
        });
        assertThat(builds.state().version()).isZero();
        assertThat(builds.full().ok()).isTrue();
        assertThat(heard).containsExactly("first");
    }

    @AfterAll
    static void delete() throws IOException {
        builds.close();
        TestFiles.delete(project);
    }

    @Test
    void contentErrorsKeepTheLastGoodSiteAndTheFixIsAnUpdateOfItsPages() throws IOException {
        Path file = project.resolve("src/plan/initiatives/online-shinsei.md");
        Path page = project.resolve("out/initiatives/online-shinsei.html");
        String good = Files.readString(file, StandardCharsets.UTF_8);
        String published = Files.readString(page, StandardCharsets.UTF_8);
        long before = builds.state().version();
        heard.clear();
        try {
            Files.writeString(file, good.replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);
            Rebuilder.State broken = builds.update(Set.of(file));

            assertThat(broken.version()).isEqualTo(before + 1);
            assertThat(broken.ok()).isFalse();
            assertThat(broken.errors()).extracting(ValidationIssue::file, ValidationIssue::line)
                    .contains(tuple("initiatives/online-shinsei.md", 5));
            assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(published);
        } finally {
            Files.writeString(file, good.replace("title: 行政手続のオンライン化", "title: 行政手続のオンライン化（更新）"),
                    StandardCharsets.UTF_8);
        }
        Rebuilder.State fixed = builds.update(Set.of(file));

        assertThat(fixed.version()).isEqualTo(before + 2);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.note()).isEqualTo(SiteSession.deferred());
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("（更新）");
        assertThat(builds.full().note()).as("a full build leaves nothing for later").isEmpty();
        assertThat(heard).containsExactly("errors", "built", "built");
    }

    @Test
    void aBuildWaitsForReadersOfTheSite() throws Exception {
        long before = builds.state().version();
        Lock reading = builds.siteReadLock();
        reading.lock();
        Thread build;
        try {
            build = new Thread(builds::full);
            build.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (build.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(build.getState()).as("the build waits for the lock").isEqualTo(Thread.State.WAITING);
            assertThat(builds.state().version()).isEqualTo(before);
        } finally {
            reading.unlock();
        }
        build.join(Duration.ofMinutes(5).toMillis());
        assertThat(builds.state().version()).isEqualTo(before + 1);
    }

    @Test
    void waitingForABuildEndsWithTheVersionATimeoutOrClosing() throws Exception {
        long now = builds.state().version();

        assertThat(builds.awaitVersionAfter(now - 1, Duration.ofMinutes(1))).isEqualTo(now);
        assertThat(builds.awaitVersionAfter(now, Duration.ofMillis(50))).isEqualTo(now);
        Rebuilder other = new Rebuilder(BuildRequest.of(project.resolve("src"), project.resolve("other")), new ServeListener() { });
        Thread waiter = new Thread(() -> {
            try {
                other.awaitVersionAfter(0, Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        other.close();
        waiter.join(Duration.ofMinutes(1).toMillis());

        assertThat(waiter.isAlive()).as("closing wakes the waiter").isFalse();
        assertThat(other.isClosed()).isTrue();
    }
}
