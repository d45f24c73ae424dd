package jp.tsunagu.site.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a successful rendering wrote.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param outputFolder the site root that was written into, not null
 * @param written      the files written, in the order of the request's pages, not null, may be empty
 * @param elapsed      the wall-clock time the rendering took, not null
 */
public record RenderResult(Path outputFolder, List<OutputPath> written, Duration elapsed) {

    /**
     * Copies the list of written files.
     *
     * @param outputFolder the site root that was written into, not null
     * @param written      the files written, in the order of the request's pages, not null, may be empty
     * @param elapsed      the wall-clock time the rendering took, not null
     */
    public RenderResult {
        Objects.requireNonNull(outputFolder, "outputFolder");
        written = List.copyOf(written);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Returns the number of files written.
     *
     * @return the number of files, zero or more
     */
    public int pageCount() {
        return written.size();
    }
}
