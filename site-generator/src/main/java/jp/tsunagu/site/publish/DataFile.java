package jp.tsunagu.site.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of the open data: its name in the open-data folder, format, title, description and bytes. A file that
 * grows with the plan (the whole plan's JSON: 45 MB at 10,000 initiatives; each CSV file: 13 MB together) is held
 * as the way to write it, with its size and SHA-256 found by writing it once; it is written again when published,
 * and its bytes are made only when asked. Every other file is held as its bytes.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DataFile {
    private final String name;
    private final String format;
    private final String mediaType;
    private final String title;
    private final String description;
    /** The bytes, or null for a file held as the way to write it. */
    private final byte[] bytes;
    /** Writes the bytes, or null for a file held as its bytes. */
    private final Content content;
    private final int size;
    private final String sha256;

    /** Writes a file's bytes, the same at each call. */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the bytes.
         *
         * @param out  where to write, not closed, not null
         * @throws IOException if the stream cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    DataFile(String name, String format, String mediaType, String title, String description, byte[] bytes) {
        this(name, format, mediaType, title, description, bytes.clone(), null);
    }

    DataFile(String name, String format, String mediaType, String title, String description, Content content) {
        this(name, format, mediaType, title, description, null, Objects.requireNonNull(content, "content"));
    }

    private DataFile(String name, String format, String mediaType, String title, String description, byte[] bytes,
            Content content) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = bytes;
        this.content = content;
        MessageDigest digest = sha256Digest();
        if (bytes != null) {
            this.size = bytes.length;
            digest.update(bytes);
        } else {
            try (CountingDigest out = new CountingDigest(digest)) {
                content.writeTo(out);
                this.size = Math.toIntExact(out.count);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to make the open-data file '" + name + "'", e);
            }
        }
        this.sha256 = HexFormat.of().formatHex(digest.digest());
    }

    /** @return the file name, such as {@code 072028_initiatives.csv}, not null */
    public String name() {
        return name;
    }

    /** @return the format as readers know it: {@code CSV}, {@code JSON}, {@code JSON-LD}, not null */
    public String format() {
        return format;
    }

    /** @return the IANA media type, such as {@code text/csv}, not null */
    public String mediaType() {
        return mediaType;
    }

    /** @return the Japanese title, such as {@code 指標の値}, not null */
    public String title() {
        return title;
    }

    /** @return what the file holds, in Japanese, not null */
    public String description() {
        return description;
    }

    /** @return a copy of the file's bytes (made again for a file held as the way to write it), not null */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to make the open-data file '" + name + "'", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the file, replacing it if it exists; the folder must exist.
     *
     * @param file  the file to write, not null
     * @throws IOException if the file cannot be written
     */
    void writeTo(Path file) throws IOException {
        if (bytes != null) {
            Files.write(file, bytes);
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** @return the size in bytes */
    public int size() {
        return size;
    }

    /**
     * Formats the size for readers: {@code 812 バイト}, {@code 12.3 KB}, {@code 1.5 MB} (1 KB = 1,024 バイト).
     *
     * @return the size, not null
     */
    public String displaySize() {
        if (size < 1024) {
            return size + " バイト";
        }
        double kb = size / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** @return the SHA-256 of the bytes in lower-case hex, not null */
    public String sha256() {
        return sha256;
    }

    @Override
    public String toString() {
        return "DataFile[" + name + ", " + format + ", " + size + " bytes]";
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A stream that only counts and digests what is written. */
    private static final class CountingDigest extends OutputStream {
        private final MessageDigest digest;
        private long count;

        CountingDigest(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            count += len;
        }
    }
}
