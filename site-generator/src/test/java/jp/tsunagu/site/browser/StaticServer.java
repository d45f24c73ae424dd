package jp.tsunagu.site.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server on {@code 127.0.0.1} that serves a folder, for browser tests of a generated site.
 * <p>
 * It answers {@code GET} and {@code HEAD}; a path is percent-decoded as UTF-8 segment by segment, so
 * {@code /%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html} serves {@code 用語/情報.html}; a folder serves its
 * {@code index.html}; the query is ignored. Text types are sent with {@code charset=utf-8}. A path
 * that leaves the folder ({@code ..}, an encoded {@code /} or {@code \}, a symbolic link pointing
 * outside) is refused with 404, as is anything missing. Example:
 * <pre>{@code
 * try (StaticServer server = StaticServer.serve(Path.of("target/site"))) {
 *     browser.open(server.uriOf("用語/情報.html"));
 * }
 * }</pre>
 * Requests are answered one at a time, which is enough for one browser.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("gz", "application/gzip"));

    private final Path root;
    private final HttpServer server;

    private StaticServer(Path root, HttpServer server) {
        this.root = root;
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
            StaticServer staticServer = new StaticServer(root, server);
            server.createContext("/", staticServer::handle);
            server.start();
            return staticServer;
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
        String encoded = Arrays.stream(sitePath.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return uri().resolve(encoded);
    }

    /**
     * Stops the server at once.
     */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed");
                return;
            }
            Optional<Path> file = resolve(exchange.getRequestURI().getRawPath());
            if (file.isEmpty()) {
                sendText(exchange, 404, "Not found");
                return;
            }
            byte[] body = Files.readAllBytes(file.get());
            exchange.getResponseHeaders().set("Content-Type", contentType(file.get()));
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Maps a raw request path to a regular file inside the root, if there is one. */
    private Optional<Path> resolve(String rawPath) throws IOException {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Path file = root;
        for (String rawSegment : rawPath.substring(1).split("/", -1)) {
            Optional<String> segment = percentDecode(rawSegment);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.get();
            if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                    || name.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                file = file.resolve(name);
            }
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Decodes {@code %XX} escapes as UTF-8; unlike form decoding, {@code +} stays {@code +}. */
    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
