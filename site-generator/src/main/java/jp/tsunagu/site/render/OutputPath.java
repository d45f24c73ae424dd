package jp.tsunagu.site.render;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * The path of one generated file, relative to the root of the site, such as {@code 用語/情報.html}.
 * <p>
 * The path is written as the file is named on disk and as it appears, unescaped, in links:
 * {@code 用語/情報.html}, never {@code %E7%94%A8%E8%AA%9E/...} (JBake issue 663 wrote percent-encoded
 * file names). Segments are separated by {@code /}; the last one needs an extension, which decides
 * the extension of the written file. The text is normalised to Unicode NFC, so a name typed on a
 * system that produces decomposed kana names the same file.
 * <p>
 * Rejected, with a message that names the rule: an empty path or segment, a leading or trailing
 * {@code /}, the segments {@code .} and {@code ..}, control characters, and the characters
 * {@code \ : * ? " < > | # %}, which either escape the site on some file system or change the meaning
 * of a URL.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value the path in NFC, segments separated by {@code /}, not null
 */
public record OutputPath(String value) implements Comparable<OutputPath> {

    private static final String FORBIDDEN = "\\:*?\"<>|#%";

    /**
     * Validates and normalises the path.
     *
     * @throws IllegalArgumentException if the path breaks one of the rules above
     * @param value the path in NFC, segments separated by {@code /}, not null
     */
    public OutputPath {
        Objects.requireNonNull(value, "value");
        value = Normalizer.normalize(value, Normalizer.Form.NFC);
        String problem = problemOf(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid output path '" + value + "': " + problem
                    + " (write a path relative to the site root, e.g. 用語/情報.html)");
        }
    }

    /**
     * Obtains an output path from text such as {@code index.html} or {@code 用語/情報.html}.
     *
     * @param text the path, segments separated by {@code /}, not null
     * @return the output path, not null
     * @throws IllegalArgumentException if the text is not a valid output path
     */
    public static OutputPath parse(String text) {
        return new OutputPath(text);
    }

    /**
     * Returns the segments of this path, the file name last.
     *
     * @return the segments, not empty
     */
    public List<String> segments() {
        return List.of(value.split("/"));
    }

    /**
     * Returns the file name, the last segment, such as {@code 情報.html}.
     *
     * @return the file name, not null
     */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /**
     * Returns the extension of the file name with its dot, such as {@code .html}.
     *
     * @return the extension, not empty
     */
    public String extension() {
        String name = fileName();
        return name.substring(name.lastIndexOf('.'));
    }

    /**
     * Returns the relative path from this file's folder back to the site root: {@code ""} for
     * {@code index.html}, {@code "../"} for {@code 用語/情報.html}.
     *
     * @return the path to the root, empty or ending with {@code /}
     */
    public String pathToRoot() {
        return "../".repeat(segments().size() - 1);
    }

    /**
     * Resolves this path against a folder.
     *
     * @param folder the site root, not null
     * @return the file inside the folder, not null
     */
    public Path resolveIn(Path folder) {
        Path file = folder;
        for (String segment : segments()) {
            file = file.resolve(segment);
        }
        return file;
    }

    @Override
    public int compareTo(OutputPath other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the path as written, such as {@code 用語/情報.html}.
     *
     * @return the path, not null
     */
    @Override
    public String toString() {
        return value;
    }

    private static String problemOf(String value) {
        if (value.isEmpty()) {
            return "it is empty";
        }
        if (value.startsWith("/") || value.endsWith("/")) {
            return "it starts or ends with '/'";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return "it contains a control character at index " + i;
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "it contains '" + c + "' (not allowed: " + FORBIDDEN + ")";
            }
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "segment '" + segment + "' is not allowed";
            }
        }
        String name = value.substring(value.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "file name '" + name + "' needs an extension such as .html";
        }
        return null;
    }
}
