package jp.tsunagu.site.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File failures told in Japanese by their kind and the file they name, never with the system's English text. */
class IoMessagesTests {

    @Test
    void a_missing_file_is_named(@TempDir Path dir) {
        IOException e = readMissing(dir.resolve("ない.md"));

        assertThat(IoMessages.of(e)).isEqualTo("ファイルまたはフォルダがありません（" + dir.resolve("ない.md") + "）");
    }

    @Test
    void kinds_of_failure_are_told_apart() {
        assertThat(IoMessages.of(new AccessDeniedException("/site/a.html"))).isEqualTo("権限がないため読み書きできません（/site/a.html）");
        assertThat(IoMessages.of(new FileSystemException("/site/a.html", null, "No space left on device")))
                .isEqualTo("ディスクの空きがありません（/site/a.html）");
        assertThat(IoMessages.of(new IOException("File too large"))).isEqualTo("ファイルの大きさの上限を超えたため書き込めません");
        assertThat(IoMessages.of(new UncheckedIOException(new NoSuchFileException("/x")))).isEqualTo("ファイルまたはフォルダがありません（/x）");
    }

    @Test
    void an_unknown_failure_names_its_kind_without_english_text() {
        String message = IoMessages.of(new IOException("Stream closed unexpectedly"));

        assertThat(message).isEqualTo("ファイルの読み書きに失敗しました（IOException）").doesNotContain("Stream closed");
    }

    private static IOException readMissing(Path file) {
        try {
            Files.readAllBytes(file);
            throw new AssertionError("read a missing file");
        } catch (IOException e) {
            return e;
        }
    }
}
