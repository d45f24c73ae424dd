package jp.tsunagu.site.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Byte snapshots of folders, for checking that a failed build left a site exactly as it was. */
final class SiteFiles {
    private SiteFiles() {
    }

    /** @return every file under the folder by relative path, with its bytes; folders as empty entries ending in / */
    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> !p.equals(root)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                m.put(Files.isDirectory(p) ? rel + "/" : rel, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** @return the names of the files that differ between two snapshots, empty if they are byte-identical */
    static java.util.List<String> differences(Map<String, byte[]> a, Map<String, byte[]> b) {
        java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names.stream().filter(n -> !a.containsKey(n) || !b.containsKey(n) || !java.util.Arrays.equals(a.get(n), b.get(n)))
                .toList();
    }
}
