package jp.tsunagu.site.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deleting folder trees, for the work folders of the build's stages (JBake's, Lucene's, the templates, the staging
 * site). A package of its own, outside every stage, so that a stage can clean up after itself without importing
 * another stage (render writes no site files, and so imports nothing from publish).
 */
public final class Folders {
    private Folders() {
    }

    /**
     * Publishes a file at a second address without writing its bytes again: a hard link where the file system
     * allows one, a copy where not.
     *
     * @param file  the file written, not null
     * @param link  the second address, not existing yet, not null
     * @throws IOException if neither a link nor a copy can be made
     */
    public static void linkOrCopy(Path file, Path link) throws IOException {
        try {
            Files.createLink(link, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(link);
            Files.copy(file, link);
        }
    }

    /**
     * Deletes a folder and everything in it; nothing if it does not exist.
     *
     * @param root  the folder, not null
     * @throws UncheckedIOException if something cannot be deleted
     */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    /**
     * Deletes a temporary folder as far as it can: a leftover temporary folder is harmless, an error about one
     * would hide the result of the work that used it.
     *
     * @param root  the folder, not null
     */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (UncheckedIOException e) {
            // left for the system's clean-up of temporary files
        }
    }
}
