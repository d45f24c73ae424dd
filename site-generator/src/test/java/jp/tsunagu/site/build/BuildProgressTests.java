package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;

/** A build says where it is: a line per stage, in the order the stages run, in Japanese. */
class BuildProgressTests {

    @Test
    void everyStageIsNamedInOrderAndASilentRequestSaysNothing(@TempDir Path dir) throws IOException {
        Path project = ContentFixture.project(dir.resolve("src")).writeProject();
        List<String> lines = new CopyOnWriteArrayList<>();

        SiteGenerator.build(BuildRequest.of(project, dir.resolve("site")).withProgress(lines::add));

        List<String> stageLines = lines.stream().filter(l -> l.matches("[0-9]/9 .*")).toList();
        assertThat(stageLines).containsExactlyElementsOf(Arrays.stream(Stage.values())
                .map(s -> (s.ordinal() + 1) + "/9 " + s.title() + "（" + s.label() + "）").toList());
        assertThat(stageLines.get(4)).isEqualTo("5/9 ページの作成（render）");
        assertThat(lines).as("besides the stages, only page counts (a stage that takes longer than the interval)")
                .allMatch(l -> l.matches("[0-9]/9 .*") || l.matches(".+：[0-9,]+ / [0-9,]+ ページ（残り約 .+）"));

        BuildRequest silent = BuildRequest.of(project, dir.resolve("site2"));
        assertThat(silent.progress()).as("by default the build says nothing").isSameAs(BuildRequest.SILENT);
        assertThat(silent).isEqualTo(BuildRequest.of(project, dir.resolve("site2")));
    }
}
