package jp.tsunagu.site.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches every folder of a site's sources ({@code plan/}, {@code templates/}, {@code assets/}, new folders
 * included) and hands over the files changed in a burst: changes closer together than the debounce time are one
 * burst, since editors save several files at once. Editors' scratch files ({@code .#x}, {@code #x}, {@code x~},
 * {@code .swp}, {@code .swx}, {@code .tmp}) are ignored, as is the output folder with its siblings
 * ({@code <output>.staging} and the like) when it lies inside the sources.
 * <p>
 * The bursts are handed over on the watcher's own thread, one at a time; the next burst is gathered meanwhile.
 * <pre>{@code
 * try (SourceWatcher watcher = SourceWatcher.watch(src, out, Duration.ofMillis(100), files -> rebuilder.update(files))) {
 *     ...
 * }
 * }</pre>
 * This class is thread-safe.
 */
final class SourceWatcher implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final WatchService watch;
    private final Path output;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;
    private volatile boolean closed;

    private SourceWatcher(WatchService watch, Path output, Duration debounce, Consumer<Set<Path>> onChange) {
        this.watch = watch;
        this.output = output.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "tsunagu-serve-watch-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
    }

    /**
     * Starts watching the sources.
     *
     * @param sources  the sources' folder, not null
     * @param output  the output folder, ignored if inside the sources, not null
     * @param debounce  how long the sources must stay unchanged to end a burst, not null
     * @param onChange  takes the changed files of each burst (created, modified or deleted, folders too); an empty
     *     set when the system lost events, so that everything may have changed; not null
     * @return the running watcher, not null
     * @throws IOException if the folders cannot be watched
     */
    static SourceWatcher watch(Path sources, Path output, Duration debounce, Consumer<Set<Path>> onChange)
            throws IOException {
        SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), output, debounce, onChange);
        try {
            watcher.registerAll(sources);
        } catch (IOException | RuntimeException e) {
            watcher.watch.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    /** Stops watching; a burst being handed over (a rebuild under way) is finished first, for up to two minutes. */
    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException e) {
            // Closing is best effort.
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.MINUTES.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        try {
            while (!closed) {
                Set<Path> changed = new LinkedHashSet<>();
                boolean lost = drain(watch.take(), changed);
                WatchKey more;
                while ((more = watch.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(more, changed);
                }
                if ((lost || !changed.isEmpty()) && !closed) {
                    onChange.accept(lost ? Set.of() : Set.copyOf(changed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Adds a key's changed files, watches new folders, and tells whether events were lost. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        boolean lost = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isOutput(path) || isScratch(path.getFileName().toString())) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerAll(path);
                } catch (IOException e) {
                    // A folder removed again at once; the next event tells.
                }
            }
        }
        key.reset();
        return lost;
    }

    private boolean isOutput(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(output) || abs.toString().startsWith(output + ".");
    }

    static boolean isScratch(String name) {
        return name.startsWith(".#") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp");
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (!isOutput(folder)) {
                    folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }
}
