package jp.tsunagu.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jp.tsunagu.site.files.Folders;

/** Copies, reads and deletes folders of test projects and built sites: the one copy of these helpers for all tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /**
     * Copies a folder into another, merging with what is there and replacing files of the same name.
     *
     * @param from  the folder to copy, not null
     * @param to  the target folder, created if needed, not null
     * @return the target folder, not null
     * @throws UncheckedIOException if a file cannot be copied
     */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
        return to;
    }

    /**
     * Reads every file of a folder.
     *
     * @param root  the folder, not null
     * @return the bytes of each regular file by its path relative to the folder (system separators), sorted, not null
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Map<String, byte[]> contents(Path root) {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        return m;
    }

    /**
     * Deletes a folder and everything in it, if it exists ({@link Folders#delete}, which the build uses too).
     *
     * @param root  the folder, may be null
     */
    public static void delete(Path root) {
        if (root != null) {
            Folders.delete(root);
        }
    }
}
