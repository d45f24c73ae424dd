package jp.tsunagu.site.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the files of one folder over the JDK's HTTP server, as a static host would: the one file handler of the
 * development server, the audit's server and the browser tests' server, so each gets the same checks.
 * <ul>
 *   <li>{@code GET} and {@code HEAD} only; anything else is {@code 405} with {@code Allow: GET, HEAD}.</li>
 *   <li>The raw path is percent-decoded as UTF-8 segment by segment ({@code +} stays {@code +}), so
 *       {@code /%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html} serves {@code 用語/情報.html}; the query is ignored.</li>
 *   <li>A path that could leave the folder is refused with {@code 404}, as is anything missing: a {@code .} or
 *       {@code ..} segment, plain or encoded ({@code %2e%2e}), an encoded {@code /} or {@code \}, a NUL, bytes that
 *       are not UTF-8, and a file whose real path, symbolic links followed, is outside the folder.</li>
 *   <li>A folder serves its {@code index.html}; asked for without its final {@code /}, it is redirected there
 *       ({@code 301}), so that the page's relative links resolve as on the published site.</li>
 *   <li>Each file is sent with its {@link MediaTypes media type}, {@code X-Content-Type-Options: nosniff} and
 *       {@code Cache-Control: no-store}; {@code HEAD} gets the headers and the {@code Content-Length} of
 *       {@code GET}.</li>
 * </ul>
 * <pre>{@code
 * HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
 * http.createContext("/", StaticFiles.of(Path.of("target/site")));
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class StaticFiles implements HttpHandler {
    private final Path root;
    private final UnaryOperator<byte[]> pages;
    private final String notFoundPage;

    private StaticFiles(Path root, UnaryOperator<byte[]> pages, String notFoundPage) {
        this.root = root;
        this.pages = pages;
        this.notFoundPage = notFoundPage;
    }

    /**
     * Obtains a handler serving a folder, which need not exist yet (the development server's first build may fail);
     * while it does not, every path is {@code 404}.
     *
     * @param folder  the folder to serve, not null
     * @return the handler, with plain-text 404s and pages sent as they are, not null
     */
    public static StaticFiles of(Path folder) {
        return new StaticFiles(folder.toAbsolutePath().normalize(), UnaryOperator.identity(), "");
    }

    /**
     * Returns a copy that passes each HTML page it sends through a function; the files are never changed.
     *
     * @param filter  takes the bytes of a page as read and returns the bytes to send, not null
     * @return the handler, not null
     */
    public StaticFiles withPages(UnaryOperator<byte[]> filter) {
        return new StaticFiles(root, Objects.requireNonNull(filter, "filter"), notFoundPage);
    }

    /**
     * Returns a copy that answers a missing or refused path with a page of the site, such as {@code 404.html}, still
     * with status 404, as static hosts do; without that page it answers in plain text.
     *
     * @param sitePath  the page, relative to the folder, not null
     * @return the handler, not null
     */
    public StaticFiles withNotFoundPage(String sitePath) {
        return new StaticFiles(root, pages, Objects.requireNonNull(sitePath, "sitePath"));
    }

    /**
     * Gets the raw path, relative to the root, under which a file of the site is served: each segment
     * percent-encoded as UTF-8.
     *
     * @param sitePath  the path relative to the folder, such as {@code 用語/情報.html}, not null
     * @return the raw path, such as {@code %E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html}, not null
     */
    public static String rawPathOf(String sitePath) {
        return Arrays.stream(sitePath.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /**
     * Finds the file a raw request path names, as {@link #handle} would send it: a folder's {@code index.html}, only
     * a regular file inside the folder.
     *
     * @param rawPath  the request's raw (still encoded) path, starting with {@code /}, may be null
     * @return the file, empty if missing or refused, not null
     */
    public Optional<Path> fileOf(String rawPath) {
        return resolve(rawPath).flatMap(this::servable);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowsMethod(exchange)) {
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            Optional<Path> target = resolve(raw);
            if (target.isPresent() && !raw.endsWith("/") && Files.isDirectory(target.get())) {
                exchange.getResponseHeaders().set("Location", raw + "/");
                send(exchange, 301, MediaTypes.TEXT, new byte[0]);
                return;
            }
            Optional<Path> file = target.flatMap(this::servable);
            if (file.isPresent()) {
                sendFile(exchange, 200, file.get());
            } else {
                notFound(exchange);
            }
        }
    }

    /**
     * Answers {@code 405} with {@code Allow: GET, HEAD} unless the request reads.
     *
     * @param exchange  the request, not null
     * @return whether the method is {@code GET} or {@code HEAD}; if not, the answer is sent
     * @throws IOException if the answer cannot be sent
     */
    public static boolean allowsMethod(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, MediaTypes.TEXT, "405 Method Not Allowed\n".getBytes(UTF_8));
        return false;
    }

    /**
     * Sends a whole answer, not to be cached nor sniffed; to {@code HEAD}, only the headers, with the length
     * {@code GET} would have.
     *
     * @param exchange  the request, not null
     * @param status  the status, such as 200
     * @param type  the media type, not null
     * @param body  the body, may be empty, not null
     * @throws IOException if the answer cannot be sent
     */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK's server sends no length of its own for HEAD, and would warn if given one.
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String type = MediaTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        send(exchange, status, type, type.startsWith("text/html") ? pages.apply(body) : body);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Optional<Path> page = notFoundPage.isEmpty() ? Optional.empty() : servable(root.resolve(notFoundPage));
        if (page.isPresent()) {
            sendFile(exchange, 404, page.get());
        } else {
            send(exchange, 404, MediaTypes.TEXT, "404 Not Found\n".getBytes(UTF_8));
        }
    }

    /** Decodes a raw path segment by segment into a path under the root, empty if it is broken or could leave. */
    private Optional<Path> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Path path = root;
        for (String segment : rawPath.substring(1).split("/", -1)) {
            String name;
            try {
                name = URLDecoder.decode(segment.replace("+", "%2B"), UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // a % without two hex digits
            }
            // Bytes that are not UTF-8 decode to U+FFFD, which no file of a site is named with.
            if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                    || name.indexOf('\0') >= 0 || name.indexOf('\uFFFD') >= 0) {
                return Optional.empty();
            }
            if (!name.isEmpty()) {
                try {
                    path = path.resolve(name);
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(path);
    }

    /** The file to send for a path under the root: a folder's index, only a regular file really inside the root. */
    private Optional<Path> servable(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve("index.html") : path;
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // gone meanwhile
        }
    }
}
