package jp.tsunagu.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.site.serve.StaticFiles;

/**
 * A small HTTP server on {@code 127.0.0.1} that serves a folder, for browser tests of a generated site, with the
 * handler the development server and the audit use ({@link StaticFiles}, which says what is served and what refused).
 * <p>
 * Example:
 * <pre>{@code
 * try (StaticServer server = StaticServer.serve(Path.of("target/site"))) {
 *     browser.open(server.uriOf("用語/情報.html"));
 * }
 * }</pre>
 * Requests are answered one at a time, which is enough for one browser.
 */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving a folder on a free port of {@code 127.0.0.1}.
     *
     * @param folder the folder to serve, not null
     * @return the running server, not null
     * @throws UncheckedIOException if the folder is missing or no port can be opened
     */
    public static StaticServer serve(Path folder) {
        try {
            Path root = folder.toRealPath();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", StaticFiles.of(root));
            server.start();
            return new StaticServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve " + folder, e);
        }
    }

    /**
     * Returns the address of the site root, such as {@code http://127.0.0.1:41234/}.
     *
     * @return the root address, not null
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Returns the address of a file of the site, percent-encoding each segment.
     *
     * @param sitePath the path relative to the root, such as {@code 用語/情報.html}, not null
     * @return the address, such as {@code http://127.0.0.1:41234/%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html}
     */
    public URI uriOf(String sitePath) {
        return uri().resolve(StaticFiles.rawPathOf(sitePath));
    }

    /**
     * Stops the server at once.
     */
    @Override
    public void close() {
        server.stop(0);
    }
}
