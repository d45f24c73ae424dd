package jp.tsunagu.site.files;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file in one step: the text goes to a temporary file beside it, which then replaces the file, so a
 * reader never sees half a file and a failed write leaves the old one as it was.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AtomicText {
    private AtomicText() {
    }

    /**
     * Writes a file as UTF-8, creating its folder if needed.
     *
     * @param file  the file, not null
     * @param text  its text, not null
     * @throws IOException if the file cannot be written; the old file, if any, is then unchanged
     */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(UTF_8));
    }

    /**
     * Writes a file's bytes, creating its folder if needed.
     *
     * @param file  the file, not null
     * @param bytes  its bytes, not null
     * @throws IOException if the file cannot be written; the old file, if any, is then unchanged
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
