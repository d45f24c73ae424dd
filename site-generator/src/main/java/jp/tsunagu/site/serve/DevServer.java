package jp.tsunagu.site.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteSession;

/**
 * The development server behind {@code tsunagu:serve}: builds the site, serves it on the loopback address,
 * watches the sources and rebuilds when they change, and reloads the pages open in browsers.
 * <ul>
 *   <li><b>Serving</b> ({@link PreviewHandler}). The JDK's HTTP server ({@code com.sun.net.httpserver}) with the
 *       {@link StaticFiles} handler, {@code GET} and {@code HEAD} only. A request path is decoded, resolved inside
 *       the output folder and refused if it leaves it (also through a symbolic link); folders serve their
 *       {@code index.html}; a missing file gets the site's {@code 404.html} with status 404. Text is sent as UTF-8
 *       with its media type, never cached.</li>
 *   <li><b>Watching</b> ({@link SourceWatcher}). A {@link java.nio.file.WatchService} on every folder of the
 *       sources ({@code plan/}, {@code templates/}, {@code assets/}), new folders included. Changes within the debounce time make one rebuild; editors'
 *       temporary files ({@code .#x}, {@code x~}, {@code .swp}) are ignored.</li>
 *   <li><b>Rebuilding</b> ({@link Rebuilder}). {@link SiteSession#full()}, as {@link jp.tsunagu.site.SiteGenerator#build},
 *       into the output folder, with the server's address as base URL, at start and after a change of templates or assets; after a change of content files only the pages
 *       whose values changed ({@link SiteSession#update}), and the page says that the search index and open data
 *       wait for the next full build. Requests wait while a build publishes, so a page is never read
 *       half-swapped.</li>
 *   <li><b>Reloading</b> ({@link LiveReload}). Each HTML page is sent with a small script from {@code /__tsunagu/live.js} that listens
 *       to {@code /__tsunagu/events} and reloads when the build version changes. Only sent bytes carry it; the
 *       files of the site never do.</li>
 *   <li><b>Errors</b> ({@link ErrorPage}). While the content has errors, every page is an error page listing each issue with file,
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
    private final Rebuilder builds;
    private final URI address;
    private final SourceWatcher watcher;
    private final Object closing = new Object();
    private boolean closed;

    private DevServer(HttpServer http, Rebuilder builds, SourceWatcher watcher, URI address) {
        this.http = http;
        this.builds = builds;
        this.watcher = watcher;
        this.address = address;
        this.requests = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tsunagu-serve-http-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(requests);
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
        BuildRequest build = request.build().withBaseUrl(address);
        Rebuilder builds = new Rebuilder(build, listener);
        http.createContext("/", new PreviewHandler(build.outputDirectory(), builds));
        SourceWatcher watcher;
        try {
            // Watching starts before the first build, so that a file saved during it makes a rebuild after it.
            watcher = SourceWatcher.watch(build.sourceDirectory(), build.outputDirectory(), request.debounce(), builds::update);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
        DevServer server = new DevServer(http, builds, watcher, address);
        builds.full();
        http.start();
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
        return builds.state().version();
    }

    /**
     * Rebuilds the whole site now, as a change of templates would, and waits for it.
     */
    public void rebuild() {
        builds.full();
    }

    /**
     * Rebuilds after the given source files changed, as the watcher does, and waits for it: only the pages that
     * depend on them when they are content files ({@link SiteSession#update}).
     *
     * @param files  the changed files, not null
     */
    public void rebuild(Collection<Path> files) {
        builds.update(files);
    }

    /**
     * Waits until the server is closed, for example by a shutdown hook.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitClose() throws InterruptedException {
        synchronized (closing) {
            while (!closed) {
                closing.wait();
            }
        }
    }

    /** Stops watching and serving; open event streams end; a rebuild under way is finished first. */
    @Override
    public void close() {
        synchronized (closing) {
            if (closed) {
                return;
            }
            closed = true;
            closing.notifyAll();
        }
        builds.close();
        http.stop(0);
        requests.shutdownNow();
        watcher.close(); // a rebuild under way finishes its swap first
        try {
            requests.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
