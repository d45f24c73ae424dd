package jp.tsunagu.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.SiteSession;
import jp.tsunagu.site.Stage;

/**
 * The development server behind {@code tsunagu:serve}: builds the site, serves it on the loopback address,
 * watches the sources and rebuilds when they change, and reloads the pages open in browsers.
 * <ul>
 *   <li><b>Serving.</b> The JDK's HTTP server ({@code com.sun.net.httpserver}), {@code GET} and {@code HEAD}
 *       only. A request path is decoded, resolved inside the output folder and refused if it leaves it (also
 *       through a symbolic link); folders serve their {@code index.html}; a missing file gets the site's
 *       {@code 404.html} with status 404. Text is sent as UTF-8 with its media type, never cached.</li>
 *   <li><b>Watching.</b> A {@link WatchService} on every folder of the sources ({@code plan/}, {@code templates/},
 *       {@code assets/}), new folders included. Changes within the debounce time make one rebuild; editors'
 *       temporary files ({@code .#x}, {@code x~}, {@code .swp}) are ignored.</li>
 *   <li><b>Rebuilding.</b> {@link SiteGenerator#build} into the output folder, with the server's address as base
 *       URL, at start and after a change of templates or assets; after a change of content files only the pages
 *       whose values changed ({@link SiteSession#update}), and the page says that the search index and open data
 *       wait for the next full build. Requests wait while a build publishes, so a page is never read
 *       half-swapped.</li>
 *   <li><b>Reloading.</b> Each HTML page is sent with a small script from {@code /__tsunagu/live.js} that listens
 *       to {@code /__tsunagu/events} and reloads when the build version changes. Only sent bytes carry it; the
 *       files of the site never do.</li>
 *   <li><b>Errors.</b> While the content has errors, every page is an error page listing each issue with file,
 *       line and fix; the last good site stays in the output folder and the server keeps running.</li>
 * </ul>
 * <pre>{@code
 * try (DevServer server = DevServer.start(ServeRequest.of(BuildRequest.of(src, out)).withPort(0), new ServeListener() { })) {
 *     System.out.println("Serving " + server.address());
 *     server.awaitClose();
 * }
 * }</pre>
 * This class is thread-safe.
 */
public final class DevServer implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer http;
    private final ExecutorService requests;
    private final WatchService watch;
    private final Thread watcher;
    private final BuildRequest build;
    private final SiteSession session;
    /** The files changed since the last build, gathered by the watcher. */
    private final java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
    private final Duration debounce;
    private final ServeListener listener;
    private final URI address;
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();
    private final Object stateLock = new Object();
    private volatile State state = new State(0, List.of(), "");
    /** Set when the last build was an update that left the search index and open data as they were. */
    private volatile String note = "";
    private volatile boolean closed;

    /** The outcome of the last build: its version, and the content errors or failure that stopped it. */
    private record State(long version, List<ValidationIssue> errors, String failure) {
        boolean ok() {
            return errors.isEmpty() && failure.isEmpty();
        }
    }

    private DevServer(HttpServer http, BuildRequest build, Duration debounce, ServeListener listener, URI address)
            throws IOException {
        this.http = http;
        this.build = build;
        this.session = new SiteSession(build);
        this.debounce = debounce;
        this.listener = listener;
        this.address = address;
        this.requests = Executors.newCachedThreadPool(r -> daemon(r, "tsunagu-serve-http-"));
        this.watch = FileSystems.getDefault().newWatchService();
        this.watcher = daemon(this::watchLoop, "tsunagu-serve-watch-");
        http.setExecutor(requests);
        http.createContext("/", this::handle);
    }

    /**
     * Binds the address, builds the site once, then serves it and starts watching the sources. A first build
     * with content errors still starts the server, showing the errors.
     *
     * @param request  what to serve, not null
     * @param listener  hears each build, not null
     * @return the running server, not null
     * @throws IOException if the address cannot be bound or the sources cannot be watched
     */
    public static DevServer start(ServeRequest request, ServeListener listener) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(request.host()), request.port()), 0);
        String host = request.host().contains(":") ? "[" + request.host() + "]" : request.host();
        URI address = URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
        DevServer server;
        try {
            server = new DevServer(http, request.build().withBaseUrl(address), request.debounce(), listener, address);
            server.registerAll(request.build().sourceDirectory());
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
        server.rebuild(true);
        http.start();
        server.watcher.start();
        return server;
    }

    /**
     * Gets the address the site is served at, such as {@code http://127.0.0.1:7291/}.
     *
     * @return the address, ending with {@code /}, not null
     */
    public URI address() {
        return address;
    }

    /**
     * Gets the version of the last build, counting every build, failed ones included.
     *
     * @return the version, from 1
     */
    public long version() {
        return state.version();
    }

    /**
     * Rebuilds now, as a change of the sources would, and waits for it.
     */
    public void rebuild() {
        rebuild(false);
    }

    /**
     * Rebuilds after the given source files changed, as the watcher does: only the pages that depend on them when
     * they are content files ({@link SiteSession#update}).
     *
     * @param files  the changed files, not null
     */
    public void rebuild(java.util.Collection<Path> files) {
        synchronized (changed) {
            changed.addAll(files);
        }
        rebuild(false, true);
    }

    /**
     * Waits until the server is closed, for example by a shutdown hook.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitClose() throws InterruptedException {
        synchronized (stateLock) {
            while (!closed) {
                stateLock.wait();
            }
        }
    }

    /** Stops watching and serving; open event streams end; a rebuild under way is finished first. */
    @Override
    public void close() {
        synchronized (stateLock) {
            if (closed) {
                return;
            }
            closed = true;
            stateLock.notifyAll();
        }
        try {
            watch.close();
        } catch (IOException e) {
            // Closing is best effort.
        }
        http.stop(0);
        requests.shutdownNow();
        try {
            if (watcher.isAlive()) {
                watcher.join(TimeUnit.MINUTES.toMillis(2)); // a rebuild under way finishes its swap first
            }
            requests.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- building -----------------------------------------------------------------------------------------

    private void rebuild(boolean first) {
        rebuild(first, false);
    }

    private void rebuild(boolean first, boolean incremental) {
        List<Path> files;
        synchronized (changed) {
            files = List.copyOf(changed);
            changed.clear();
        }
        long start = System.nanoTime();
        long next = state.version() + 1;
        State outcome;
        BuildResult result = null;
        ContentErrorException contentErrors = null;
        SiteException failure = null;
        siteLock.writeLock().lock();
        try {
            boolean update = incremental && !first;
            result = update ? session.update(files) : session.full();
            note = update && !result.notes().isEmpty() ? SiteSession.deferred() : "";
            outcome = new State(next, List.of(), "");
        } catch (ContentErrorException e) {
            contentErrors = e;
            outcome = new State(next, e.report().issues(), "");
        } catch (SiteException e) {
            failure = e;
            outcome = new State(next, List.of(), e.getMessage());
        } catch (RuntimeException e) {
            failure = new SiteException(Stage.PUBLISH, String.valueOf(e), e);
            outcome = new State(next, List.of(), failure.getMessage());
        } finally {
            siteLock.writeLock().unlock();
        }
        synchronized (stateLock) {
            state = outcome;
            stateLock.notifyAll();
        }
        if (result != null) {
            listener.built(result, Duration.ofNanos(System.nanoTime() - start), first);
        } else if (contentErrors != null) {
            listener.contentErrors(contentErrors.report());
        } else {
            listener.failed(failure);
        }
    }

    private void watchLoop() {
        try {
            while (!closed) {
                boolean relevant = drain(watch.take());
                WatchKey more;
                while ((more = watch.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant && !closed) {
                    rebuild(false, true);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Reads a key's events, watches new folders, and tells whether a source changed. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (isOutput(changed)) {
                continue;
            }
            if (!isScratch(changed.getFileName().toString())) {
                synchronized (this.changed) {
                    this.changed.add(changed);
                }
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerAll(changed);
                } catch (IOException e) {
                    // A folder removed again at once; the next event tells.
                }
            }
            relevant |= !isScratch(changed.getFileName().toString());
        }
        key.reset();
        return relevant;
    }

    private boolean isOutput(Path p) {
        Path out = build.outputDirectory().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(out) || abs.toString().startsWith(out + ".");
    }

    private static boolean isScratch(String name) {
        return name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#");
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                if (!isOutput(dir)) {
                    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                }
            }
        }
    }

    // ---- serving ------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
                send(exchange, 400, "text/plain; charset=utf-8", "400 Bad Request\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith(LiveReload.PREFIX)) {
                own(exchange, path.substring(LiveReload.PREFIX.length()));
            } else {
                file(exchange, path);
            }
        } finally {
            exchange.close();
        }
    }

    private void own(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "live.js" -> send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
            case "version" -> send(exchange, 200, "text/plain; charset=utf-8",
                    String.valueOf(state.version()).getBytes(StandardCharsets.UTF_8));
            case "note" -> send(exchange, 200, "text/plain; charset=utf-8", note.getBytes(StandardCharsets.UTF_8));
            case "events" -> events(exchange);
            default -> send(exchange, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Server-Sent Events: the current version at once, then each new one; a comment every 15 s keeps it open. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (exchange.getRequestMethod().equals("HEAD")) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (!closed) {
                long version;
                synchronized (stateLock) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    while (state.version() == sent && !closed) {
                        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                        if (left <= 0) {
                            break;
                        }
                        stateLock.wait(left);
                    }
                    version = state.version();
                }
                String message = version != sent ? "data: " + version + "\n\n" : ": keep-alive\n\n";
                sent = version;
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The browser closed the page.
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        siteLock.readLock().lock();
        try {
            State current = state;
            Path root = build.outputDirectory().toAbsolutePath().normalize();
            Path target;
            try {
                target = root.resolve(path.substring(1)).normalize();
            } catch (InvalidPathException e) {
                send(exchange, 400, "text/plain; charset=utf-8", "400 Bad Request\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!target.startsWith(root)) {
                notFound(exchange, root, current);
                return;
            }
            if (Files.isDirectory(target)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                target = target.resolve("index.html");
            }
            String name = target.getFileName() == null ? "" : target.getFileName().toString();
            if (!current.ok() && (name.endsWith(".html") || !Files.exists(target))) {
                errorPage(exchange, current);
                return;
            }
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root.toRealPath())) {
                notFound(exchange, root, current);
                return;
            }
            byte[] body = Files.readAllBytes(target);
            if (name.endsWith(".html")) {
                body = LiveReload.inject(body, current.version());
            }
            send(exchange, 200, ContentTypes.of(name), body);
        } finally {
            siteLock.readLock().unlock();
        }
    }

    private void notFound(HttpExchange exchange, Path root, State current) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            send(exchange, 404, ContentTypes.of("404.html"), LiveReload.inject(Files.readAllBytes(page), current.version()));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void errorPage(HttpExchange exchange, State current) throws IOException {
        String html = current.errors().isEmpty() ? ErrorPage.ofFailure(current.failure()) : ErrorPage.of(current.errors());
        send(exchange, 500, ContentTypes.of("error.html"), LiveReload.inject(html.getBytes(StandardCharsets.UTF_8), current.version()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
