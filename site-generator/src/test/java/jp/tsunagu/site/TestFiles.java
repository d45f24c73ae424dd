package jp.tsunagu.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies and deletes folders of test projects. */
public final class TestFiles {
    private TestFiles() {
    }

    /**
     * Copies a folder into another, merging with what is there and replacing files of the same name.
     *
     * @param from  the folder to copy, not null
     * @param to  the target folder, created if needed, not null
     * @return the target folder, not null
     * @throws IOException if a file cannot be copied
     */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    /**
     * Deletes a folder and everything in it, if it exists.
     *
     * @param root  the folder, may be null
     * @throws IOException if a file cannot be deleted
     */
    public static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
