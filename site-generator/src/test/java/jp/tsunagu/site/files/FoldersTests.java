package jp.tsunagu.site.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTests {
    @TempDir
    Path temp;

    @Test
    void deletesATreeAndItsRoot() throws IOException {
        Path root = temp.resolve("work");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/page.html"), "<p>頁</p>");
        Files.writeString(root.resolve("top.txt"), "x");
        Folders.delete(root);
        assertThat(root).doesNotExist();
        assertThat(temp).exists();
    }

    @Test
    void deletesALargeTreeWithSeveralThreads() throws IOException {
        Path root = temp.resolve("site");
        int files = Folders.PARALLEL_FROM * 2 + 7;
        for (int n = 0; n < files; n++) {
            Path folder = root.resolve("section-" + n % 13).resolve("sub-" + n % 3);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("page-" + n + ".html"), "<p>" + n + "</p>");
        }
        Files.createDirectories(root.resolve("empty/deeper"));
        Path outside = Files.writeString(temp.resolve("kept.txt"), "外");
        Files.createSymbolicLink(root.resolve("link-out"), outside);
        Folders.delete(root);
        assertThat(root).doesNotExist();
        assertThat(outside).hasContent("外");
    }

    @Test
    void deletesATreeOfMoreFilesThanOneBatch() throws IOException {
        Path root = temp.resolve("large");
        int files = Folders.BATCH + Folders.PARALLEL_FROM / 2;
        for (int n = 0; n < files; n++) {
            Path folder = root.resolve("section-" + n % 2);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(n + ".html"), "");
        }
        Folders.delete(root);
        assertThat(root).doesNotExist();
    }

    @Test
    void aMissingFolderIsNothingToDo() {
        assertThatNoException().isThrownBy(() -> Folders.delete(temp.resolve("never-made")));
        assertThatNoException().isThrownBy(() -> Folders.deleteQuietly(temp.resolve("never-made")));
    }
}
