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
 * as the way to write it, with its size and SHA-256 found by writing it once: into the site when the open data is
 * made where it is published ({@link OpenData#writtenTo}), otherwise only to count and hash it (it is then written
 * again by {@link OpenData#writeTo}); its bytes are made only when asked. Every other file is held as its bytes.
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

    /** A file held as its bytes, written to {@code file} unless it is null. */
    DataFile(String name, String format, String mediaType, String title, String description, byte[] bytes, Path file) {
        this(name, format, mediaType, title, description, bytes.clone(), null, file);
    }

    /**
     * A file held as the way to write it, written to {@code file} unless it is null: it is then made once, its size
     * and SHA-256 found while it is written.
     */
    DataFile(String name, String format, String mediaType, String title, String description, Content content, Path file) {
        this(name, format, mediaType, title, description, null, Objects.requireNonNull(content, "content"), file);
    }

    private DataFile(String name, String format, String mediaType, String title, String description, byte[] bytes,
            Content content, Path file) {
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
            if (file != null) {
                write(file, bytes);
            }
        } else {
            try (CountingDigest out = new CountingDigest(digest, file)) {
                content.writeTo(out);
                out.flush();
                this.size = Math.toIntExact(out.count);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to " + (file == null ? "make" : "write") + " the open-data file '"
                        + (file == null ? name : file) + "'", e);
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

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the open-data file '" + file + "'", e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A stream that counts and digests what is written, and writes it to a file if one is given. */
    private static final class CountingDigest extends OutputStream {
        private final MessageDigest digest;
        /** The file's stream, or null. */
        private final OutputStream file;
        private long count;

        CountingDigest(MessageDigest digest, Path file) throws IOException {
            this.digest = digest;
            this.file = file == null ? null : new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        @Override
        public void write(int b) throws IOException {
            digest.update((byte) b);
            count++;
            if (file != null) {
                file.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            count += len;
            if (file != null) {
                file.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }
}
