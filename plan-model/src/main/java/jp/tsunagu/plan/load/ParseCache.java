package jp.tsunagu.plan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parsed files of earlier loads of one content folder, for {@link PlanLoader#load(Path, ParseCache)}: each
 * file's bytes with what reading, splitting and parsing made of them (front matter, YAML tree, the body's parse,
 * issues). A file is reused only if its bytes are exactly the same; parsing depends on nothing else. An entry of a file that was
 * removed stays until the cache is dropped but is never used: only the files a load finds are looked up.
 * <p>
 * This class is thread-safe.
 */
public final class ParseCache {
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] bytes, PlanLoader.Parsed parsed) {
    }

    /** Creates an empty cache. */
    public ParseCache() {
        // filled by loads
    }

    PlanLoader.Parsed parsed(Path root, Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > SourceFile.MAX_BYTES) {
                return PlanLoader.Parsed.of(root, file); // reported as too large, never kept
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return PlanLoader.Parsed.of(root, file); // reports the problem as a load without cache does
        }
        Path key = file.toAbsolutePath().normalize();
        Entry known = entries.get(key);
        if (known != null && Arrays.equals(known.bytes(), bytes)) {
            return known.parsed();
        }
        PlanLoader.Parsed parsed = PlanLoader.Parsed.of(root, file);
        entries.put(key, new Entry(bytes, parsed));
        return parsed;
    }
}
