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
    void aMissingFolderIsNothingToDo() {
        assertThatNoException().isThrownBy(() -> Folders.delete(temp.resolve("never-made")));
        assertThatNoException().isThrownBy(() -> Folders.deleteQuietly(temp.resolve("never-made")));
    }
}
