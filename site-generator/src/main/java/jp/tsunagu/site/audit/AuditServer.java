package jp.tsunagu.site.audit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.site.serve.StaticFiles;

/**
 * Serves a built site on the loopback interface for the browser of an audit, as a static host would, with the
 * {@link StaticFiles} handler: {@code GET} and {@code HEAD} only, files inside the site folder only, a media type
 * by file extension.
 */
final class AuditServer implements AutoCloseable {
    private final HttpServer http;

    private AuditServer(HttpServer http) {
        this.http = http;
    }

    static AuditServer serve(Path site) throws IOException {
        Path root = site.toRealPath();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", StaticFiles.of(root));
        http.start();
        return new AuditServer(http);
    }

    /** The address of a page, such as {@code pages/お知らせ.html}, each segment percent-encoded. */
    URI uriOf(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/" + StaticFiles.rawPathOf(path));
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
