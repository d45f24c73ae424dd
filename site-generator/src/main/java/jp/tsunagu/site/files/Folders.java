package jp.tsunagu.site.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Deleting folder trees, for the work folders of the build's stages (JBake's, Lucene's, the templates, the staging
 * site). A package of its own, outside every stage, so that a stage can clean up after itself without importing
 * another stage (render writes no site files, and so imports nothing from publish).
 */
public final class Folders {
    /** How many threads delete the files of a large tree: they wait on the disk, not the processor. */
    static final int DELETING_THREADS = 16;
    /** From how many files a tree is deleted by several threads (below it, starting them costs more than it saves). */
    static final int PARALLEL_FROM = 512;
    /** How many files the walk hands to the deleting threads at a time. */
    static final int BATCH = 4096;

    private Folders() {
    }

    /**
     * Publishes a file at a second address without writing its bytes again: a hard link where the file system
     * allows one, a copy where not.
     *
     * @param file  the file written, not null
     * @param link  the second address, not existing yet, not null
     * @throws IOException if neither a link nor a copy can be made
     */
    public static void linkOrCopy(Path file, Path link) throws IOException {
        try {
            Files.createLink(link, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(link);
            Files.copy(file, link);
        }
    }

    /**
     * Deletes a folder and everything in it; nothing if it does not exist. The files of a large tree (a published
     * site of 10,000 pages holds 46,000) are deleted by {@value #DELETING_THREADS} threads at once: freeing a file's
     * blocks waits on the disk (on a file system mounted with {@code discard} it waits for the discard), not on the
     * processor, so threads waiting together finish many times sooner than one (the old site of a 10,000-page
     * edit build: 6 s instead of 95 s on a shared machine). The files are deleted as the walk finds them, in batches
     * of {@value #BATCH}, so that the paths held at a time do not grow with the tree (a 100,000-page site holds
     * 417,000 files); only the folders are listed, and go last, deepest first.
     *
     * @param root  the folder, not null
     * @throws UncheckedIOException if something cannot be deleted (every thread has ended by then)
     */
    public static void delete(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Iterator<Path> walk = paths.iterator(); walk.hasNext();) {
                Path p = walk.next();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p);
                } else {
                    batch.add(p);
                    if (batch.size() == BATCH) {
                        deleteFiles(root, batch);
                        batch.clear();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
        deleteFiles(root, batch);
        folders.sort(Comparator.reverseOrder());
        try {
            for (Path folder : folders) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    private static void deleteFiles(Path root, List<Path> files) {
        Consumer<Path> deleteFile = file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + file, e);
            }
        };
        if (files.size() < PARALLEL_FROM) {
            files.forEach(deleteFile);
        } else {
            Pools.each("delete " + root.getFileName(), files, DELETING_THREADS, deleteFile);
        }
    }

    /**
     * Deletes a temporary folder as far as it can: a leftover temporary folder is harmless, an error about one
     * would hide the result of the work that used it.
     *
     * @param root  the folder, not null
     */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (UncheckedIOException e) {
            // left for the system's clean-up of temporary files
        }
    }
}
