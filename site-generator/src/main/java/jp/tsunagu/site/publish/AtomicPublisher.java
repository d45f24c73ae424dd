package jp.tsunagu.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jp.tsunagu.site.files.Beside;
import jp.tsunagu.site.files.Folders;

/**
 * Publishes a site by building it in a staging folder beside the output folder and swapping it in only when
 * everything succeeded, so a failed or killed build never leaves a half-written site.
 * <p>
 * The staging folder is {@code <output>.staging} in the same parent (so the final rename is on one file
 * system). The swap renames the old site to {@code <output>.previous} and the staging folder to {@code <output>}.
 * The previous site stays there until the next build: its {@link #begin} moves it into {@code <output>.deleting}
 * and deletes it on a thread of its own while the build goes on, so that no build waits for the disk to free the
 * blocks of a whole site (46,000 files at 10,000 pages: 3–6 s, most of an edit build's publish stage); the build
 * waits for that thread before it swaps ({@link #commit}) or gives up ({@link #abort}), so none runs after it.
 * At most two sites are on the disk between builds. Leftovers of a killed build are removed at the next start.
 * <p>
 * This class is not thread-safe: one publisher per output folder at a time.
 */
public final class AtomicPublisher {
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Path deleting;
    /** Deletes {@link #deleting}, started by {@link #begin}; null when nothing is being deleted. */
    private Beside<Void> clearing;

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
        this.deleting = this.output.resolveSibling(name + ".deleting");
    }

    /**
     * Prepares an empty staging folder, removing leftovers of an earlier killed build, and starts deleting the site
     * before the published one (on a thread of its own: {@link #commit} and {@link #abort} wait for it).
     *
     * @return the staging folder to write the new site into, not null
     * @throws UncheckedIOException if the folder cannot be prepared
     */
    public Path begin() {
        try {
            awaitClearing();
            deleteTree(staging);
            if (Files.exists(previous) && Files.exists(output)) {
                Files.createDirectories(deleting);
                move(previous, deleting.resolve(Long.toString(System.nanoTime())));
            } else if (Files.exists(previous)) {
                // A build was killed between the two renames: the previous site is the last good one.
                move(previous, output);
            }
            if (Files.exists(deleting)) {
                clearing = Beside.start("delete " + deleting.getFileName(), () -> {
                    Folders.delete(deleting);
                    return null;
                });
            }
            Files.createDirectories(staging);
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare staging folder " + staging, e);
        }
    }

    /**
     * Swaps the staging folder in as the published site; the site it replaces stays in {@code <output>.previous}
     * until the next {@link #begin}.
     *
     * @throws UncheckedIOException if the swap fails; the old site is then restored
     */
    public void commit() {
        try {
            awaitClearing();
            deleteTree(previous);
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish " + staging + " to " + output, e);
        }
    }

    /**
     * Discards the staging folder after a failed build; the published site stays as it was.
     */
    public void abort() {
        try {
            try {
                deleteTree(staging);
            } finally {
                awaitClearing();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove staging folder " + staging, e);
        }
    }

    /** Waits until the site before the published one is deleted; its failure as the cause's. */
    private void awaitClearing() throws IOException {
        if (clearing == null) {
            return;
        }
        try {
            clearing.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            clearing = null;
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
