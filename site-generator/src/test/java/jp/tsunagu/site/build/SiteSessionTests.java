package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteGenerator.Built;
import jp.tsunagu.site.SiteSession;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.render.OutputPath;
import jp.tsunagu.site.render.Page;

/**
 * The one pipeline as the development server uses it: a build keeps what it built, an update after a content edit
 * renders only the pages whose values changed and keeps the rest (the history, the open data, the other pages' files),
 * and every run times each stage it runs under its own name, in {@link Stage}'s order.
 */
class SiteSessionTests {
    private static final String EDITED = "initiatives/online-shinsei.html";
    private static final String UNTOUCHED = "initiatives/rpa-jidoka.html";

    @TempDir
    Path tmp;

    private Path source;
    private Path site;
    private SiteSession session;

    @BeforeEach
    void copySampleCity() throws IOException {
        source = TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), tmp.resolve("src"));
        site = tmp.resolve("site");
        session = new SiteSession(BuildRequest.of(source, site));
    }

    @Test
    void anUpdateRendersOnlyTheChangedPagesAndKeepsWhatTheBuildMade() throws IOException {
        BuildResult first = session.full();
        Built built = session.built().orElseThrow();
        assertThat(first.stageTimes().keySet()).as("a build runs every stage, in the declared order")
                .containsExactly(Stage.values());
        assertThat(built.rendered()).hasSize(built.pages().size());
        FileTime untouched = markOld(site.resolve(UNTOUCHED));
        FileTime index = markOld(site.resolve("search/index.json"));

        Path file = source.resolve("plan/initiatives/online-shinsei.md");
        Files.writeString(file, Files.readString(file).replace("計画的に進めます", "順に進めます"), StandardCharsets.UTF_8);
        BuildResult update = session.update(List.of(file));
        Built updated = session.built().orElseThrow();

        assertThat(update.stageTimes().keySet()).as("an update leaves out history, index and enrich")
                .containsExactly(Stage.LOAD, Stage.VALIDATE, Stage.ASSEMBLE, Stage.RENDER, Stage.LINKS, Stage.PUBLISH);
        assertThat(updated.rendered()).contains(OutputPath.parse(EDITED)).doesNotContain(OutputPath.parse(UNTOUCHED))
                .hasSizeLessThan(updated.pages().size() / 4);
        assertThat(update.files()).isEqualTo(updated.rendered().size());
        assertThat(updated.pages()).extracting(Page::outputPath).isEqualTo(built.pages().stream().map(Page::outputPath).toList());
        assertThat(updated.model()).isNotSameAs(built.model());
        assertThat(updated.history()).isSameAs(built.history());
        assertThat(updated.openData()).isSameAs(built.openData());
        assertThat(Files.readString(site.resolve(EDITED))).contains("順に進めます").doesNotContain("計画的に進めます");
        assertThat(Files.getLastModifiedTime(site.resolve(UNTOUCHED))).as("a page that did not change is not written")
                .isEqualTo(untouched);
        assertThat(Files.getLastModifiedTime(site.resolve("search/index.json"))).isEqualTo(index);
        assertThat(update.notes()).singleElement().asString().endsWith(SiteSession.deferred());
    }

    @Test
    void contentErrorsInAnUpdateKeepTheSiteAndWhatWasBuilt() throws IOException {
        session.full();
        Built built = session.built().orElseThrow();
        byte[] before = Files.readAllBytes(site.resolve(EDITED));
        Path file = source.resolve("plan/initiatives/online-shinsei.md");
        String good = Files.readString(file);
        Files.writeString(file, good.replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> session.update(List.of(file))).isInstanceOf(ContentErrorException.class);
        assertThat(session.built()).containsSame(built);
        assertThat(Files.readAllBytes(site.resolve(EDITED))).isEqualTo(before);

        Files.writeString(file, good.replace("計画的に進めます", "順に進めます"), StandardCharsets.UTF_8);
        session.update(List.of(file));
        assertThat(session.built().orElseThrow().rendered()).contains(OutputPath.parse(EDITED))
                .hasSizeLessThan(built.pages().size() / 4);
    }

    @Test
    void aChangeOutsideThePlanBuildsEverything() throws IOException {
        session.full();
        Path statement = source.resolve("accessibility.md");
        Files.writeString(statement, Files.readString(statement) + "\n", StandardCharsets.UTF_8);

        BuildResult result = session.update(List.of(statement));

        assertThat(result.stageTimes().keySet()).containsExactly(Stage.values());
        Built built = session.built().orElseThrow();
        assertThat(built.rendered()).hasSize(built.pages().size());
    }

    private static FileTime markOld(Path file) throws IOException {
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        return old;
    }
}
