package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.publish.AtomicPublisher;

/** What a dead build can leave beside the site, and how the next build puts it right. */
@DisplayNameGeneration(ReplaceUnderscores.class)
class AtomicPublisherTests {

    @Test
    void leftovers_of_a_build_killed_while_writing_are_removed(@TempDir Path dir) throws IOException {
        Path out = site(dir.resolve("site"), "old");
        site(dir.resolve("site.staging"), "half");
        site(dir.resolve("site.previous"), "older");

        AtomicPublisher publisher = new AtomicPublisher(out);
        Path staging = publisher.begin();

        assertThat(staging).isEmptyDirectory();
        assertThat(dir.resolve("site.previous")).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("old");
        publisher.abort();
        assertThat(dir.resolve("site.deleting")).doesNotExist();
        assertThat(dir.resolve("site.staging")).doesNotExist();
    }

    @Test
    void a_site_left_half_deleted_by_a_killed_build_is_deleted_by_the_next(@TempDir Path dir) throws IOException {
        Path out = site(dir.resolve("site"), "old");
        site(dir.resolve("site.deleting/12345"), "half deleted");
        AtomicPublisher publisher = new AtomicPublisher(out);

        publish(publisher, "new");

        assertThat(dir.resolve("site.deleting")).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("new");
        assertThat(dir.resolve("site.previous/index.html")).hasContent("old");
    }

    @Test
    void a_build_killed_between_the_two_renames_gets_its_previous_site_back(@TempDir Path dir) throws IOException {
        site(dir.resolve("site.previous"), "old");
        site(dir.resolve("site.staging"), "new but unchecked");
        Path out = dir.resolve("site");

        new AtomicPublisher(out).begin();

        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(dir.resolve("site.previous")).doesNotExist();
    }

    @Test
    void commit_swaps_the_new_site_in_and_abort_leaves_the_old_one(@TempDir Path dir) throws IOException {
        Path out = site(dir.resolve("site"), "old");
        AtomicPublisher publisher = new AtomicPublisher(out);
        Files.writeString(publisher.begin().resolve("index.html"), "discarded");
        publisher.abort();
        assertThat(out.resolve("index.html")).hasContent("old");

        publish(publisher, "new");

        assertThat(out.resolve("index.html")).hasContent("new");
        assertThat(dir.resolve("site.staging")).doesNotExist();
        assertThat(dir.resolve("site.previous/index.html")).hasContent("old");
    }

    @Test
    void the_site_before_the_last_is_deleted_while_the_next_build_runs(@TempDir Path dir) throws IOException {
        Path out = site(dir.resolve("site"), "first");
        AtomicPublisher publisher = new AtomicPublisher(out);
        publish(publisher, "second");
        for (int n = 0; n < 1000; n++) {
            Files.writeString(dir.resolve("site.previous/page-" + n + ".html"), "first");
        }

        Path staging = publisher.begin();
        assertThat(dir.resolve("site.previous")).doesNotExist();
        Files.writeString(staging.resolve("index.html"), "third");
        publisher.commit();

        assertThat(dir.resolve("site.deleting")).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("third");
        assertThat(dir.resolve("site.previous")).isDirectoryContaining(p -> p.getFileName().toString().equals("index.html"));
        assertThat(dir.resolve("site.previous/index.html")).hasContent("second");
        assertThat(dir.resolve("site.previous/page-0.html")).doesNotExist();
    }

    /** A build of the site: its staging folder begun, a home page written, committed. */
    private static void publish(AtomicPublisher publisher, String text) throws IOException {
        Files.writeString(publisher.begin().resolve("index.html"), text, StandardCharsets.UTF_8);
        publisher.commit();
    }

    private static Path site(Path folder, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), text, StandardCharsets.UTF_8);
        return folder;
    }
}
