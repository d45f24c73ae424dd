package jp.tsunagu.site.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of the open data: its name in the open-data folder, format, title, description and bytes.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DataFile {
    private final String name;
    private final String format;
    private final String mediaType;
    private final String title;
    private final String description;
    private final byte[] bytes;

    DataFile(String name, String format, String mediaType, String title, String description, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = bytes.clone();
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

    /** @return a copy of the file's bytes, not null */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the size in bytes */
    public int size() {
        return bytes.length;
    }

    /**
     * Formats the size for readers: {@code 812 バイト}, {@code 12.3 KB}, {@code 1.5 MB} (1 KB = 1,024 バイト).
     *
     * @return the size, not null
     */
    public String displaySize() {
        if (bytes.length < 1024) {
            return bytes.length + " バイト";
        }
        double kb = bytes.length / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** @return the SHA-256 of the bytes in lower-case hex, not null */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "DataFile[" + name + ", " + format + ", " + bytes.length + " bytes]";
    }
}
