package jp.tsunagu.site.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes entries, in key order, into shards of about {@link #target} bytes each and remembers each shard's
 * first key for the table of contents. An entry larger than the target gets a shard of its own.
 */
final class ShardWriter {
    private final Path site;
    private final int target;
    private final List<String> firstKeys = new ArrayList<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final CRC32 checksum = new CRC32();
    private String previousKey;
    private long bytes;

    ShardWriter(Path site, int target) {
        if (target <= 0) {
            throw new IllegalArgumentException("shard target size must be a positive number: " + target);
        }
        this.site = site;
        this.target = target;
    }

    /**
     * Adds an entry already encoded ({@link SearchFormat#entry}).
     *
     * @param entry  the entry, its key after the last one's, not null
     */
    void add(byte[] entry) throws IOException {
        String key = SearchFormat.key(entry);
        if (previousKey != null && SearchFormat.compareKeys(previousKey, key) >= 0) {
            throw new IllegalStateException("keys out of order: '" + previousKey + "' before '" + key + "'");
        }
        previousKey = key;
        if (current.size() > 0 && current.size() + entry.length > target) {
            flush();
        }
        if (current.size() == 0) {
            firstKeys.add(key);
        }
        current.writeBytes(entry);
    }

    void finish() throws IOException {
        if (current.size() > 0) {
            flush();
        }
    }

    private void flush() throws IOException {
        Path file = site.resolve(SearchFormat.shard(firstKeys.size() - 1));
        byte[] data = current.toByteArray();
        Files.write(file, data);
        checksum.update(data);
        bytes += data.length;
        current.reset();
    }

    List<String> firstKeys() {
        return List.copyOf(firstKeys);
    }

    long bytes() {
        return bytes;
    }

    String version() {
        return String.format("%08x", checksum.getValue());
    }
}
