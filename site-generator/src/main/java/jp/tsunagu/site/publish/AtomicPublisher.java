package jp.tsunagu.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jp.tsunagu.site.files.Folders;

/**
 * Publishes a site by building it in a staging folder beside the output folder and swapping it in only when
 * everything succeeded, so a failed or killed build never leaves a half-written site.
 * <p>
 * The staging folder is {@code <output>.staging} in the same parent (so the final rename is on one file
 * system). The swap renames the old site to {@code <output>.previous}, the staging folder to {@code <output>},
 * then deletes the previous one. Leftovers of a killed build are removed at the next start.
 * <p>
 * This class is not thread-safe: one publisher per output folder at a time.
 */
public final class AtomicPublisher {
    private final Path output;
    private final Path staging;
    private final Path previous;

    /**
     * Creates a publisher for an output folder.
     *
     * @param output  the folder the site is published to, not null
     */
    public AtomicPublisher(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling(name + ".staging");
        this.previous = this.output.resolveSibling(name + ".previous");
    }

    /**
     * Prepares an empty staging folder, removing leftovers of an earlier killed build.
     *
     * @return the staging folder to write the new site into, not null
     * @throws UncheckedIOException if the folder cannot be prepared
     */
    public Path begin() {
        try {
            deleteTree(staging);
            if (Files.exists(previous) && Files.exists(output)) {
                deleteTree(previous);
            } else if (Files.exists(previous)) {
                // A build was killed between the two renames: the previous site is the last good one.
                move(previous, output);
            }
            Files.createDirectories(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare staging folder " + staging, e);
        }
    }

    /**
     * Swaps the staging folder in as the published site.
     *
     * @throws UncheckedIOException if the swap fails; the old site is then restored
     */
    public void commit() {
        try {
            boolean hadOutput = Files.exists(output);
            if (hadOutput) {
                move(output, previous);
            }
            try {
                move(staging, output);
            } catch (IOException e) {
                if (hadOutput) {
                    move(previous, output);
                }
                throw e;
            }
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish " + staging + " to " + output, e);
        }
    }

    /**
     * Discards the staging folder after a failed build; the published site stays as it was.
     */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove staging folder " + staging, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a tree ({@link Folders#delete}: its files by several threads at once), its failure as the cause's. */
    static void deleteTree(Path root) throws IOException {
        try {
            Folders.delete(root);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
