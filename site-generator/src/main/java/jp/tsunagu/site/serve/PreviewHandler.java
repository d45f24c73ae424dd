package jp.tsunagu.site.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The development server's answers over HTTP: the files of the output folder as {@link StaticFiles} serves them,
 * with the site's {@code 404.html} for a missing page and the {@link LiveReload live-reload script} added to each
 * page sent (never to the files); the server's own resources under {@code /__tsunagu/}; and, while the last build
 * failed, the {@link ErrorPage} in place of every page.
 * <p>
 * A file is read only while no build publishes ({@link Rebuilder#siteReadLock()}).
 * <ul>
 *   <li>{@code /__tsunagu/live.js}: the script;</li>
 *   <li>{@code /__tsunagu/events}: Server-Sent Events, the build version at once and then each new one;</li>
 *   <li>{@code /__tsunagu/version}: the build version, for browsers without {@code EventSource};</li>
 *   <li>{@code /__tsunagu/note}: what the last update left as it was, or nothing.</li>
 * </ul>
 * This class is thread-safe.
 */
final class PreviewHandler implements HttpHandler {
    /** A comment this often keeps an event stream open through proxies and idle timeouts. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Rebuilder builds;
    private final StaticFiles files;

    /**
     * Creates the handler of a site being rebuilt.
     *
     * @param output  the output folder, not null
     * @param builds  the builds of the site, not null
     */
    PreviewHandler(Path output, Rebuilder builds) {
        this.builds = builds;
        this.files = StaticFiles.of(output).withNotFoundPage("404.html")
                .withPages(page -> LiveReload.inject(page, builds.state().version()));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!StaticFiles.allowsMethod(exchange)) {
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw != null && raw.startsWith(LiveReload.PREFIX)) {
                own(exchange, raw.substring(LiveReload.PREFIX.length()));
                return;
            }
            Lock reading = builds.siteReadLock();
            reading.lock();
            try {
                Rebuilder.State state = builds.state();
                if (!state.ok() && showsErrors(raw)) {
                    errorPage(exchange, state);
                } else {
                    files.handle(exchange);
                }
            } finally {
                reading.unlock();
            }
        }
    }

    /** While the last build failed, pages and missing files give way to the errors; styles and images do not. */
    private boolean showsErrors(String rawPath) {
        Optional<Path> file = files.fileOf(rawPath);
        return file.isEmpty() || MediaTypes.of(file.get().getFileName().toString()).startsWith("text/html");
    }

    private void own(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "live.js" -> StaticFiles.send(exchange, 200, MediaTypes.of(name), LiveReload.SCRIPT.getBytes(UTF_8));
            case "version" -> StaticFiles.send(exchange, 200, MediaTypes.TEXT,
                    String.valueOf(builds.state().version()).getBytes(UTF_8));
            case "note" -> StaticFiles.send(exchange, 200, MediaTypes.TEXT, builds.state().note().getBytes(UTF_8));
            case "events" -> events(exchange);
            default -> StaticFiles.send(exchange, 404, MediaTypes.TEXT, "404 Not Found\n".getBytes(UTF_8));
        }
    }

    private void errorPage(HttpExchange exchange, Rebuilder.State state) throws IOException {
        String html = state.errors().isEmpty() ? ErrorPage.ofFailure(state.failure()) : ErrorPage.of(state.errors());
        StaticFiles.send(exchange, 500, MediaTypes.of("error.html"), LiveReload.inject(html.getBytes(UTF_8), state.version()));
    }

    /** Server-Sent Events: the current version at once, then each new one; a comment now and then keeps it open. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (!builds.isClosed()) {
                long version = builds.awaitVersionAfter(sent, KEEP_ALIVE);
                String message = version != sent ? "data: " + version + "\n\n" : ": keep-alive\n\n";
                sent = version;
                out.write(message.getBytes(UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The browser closed the page.
        }
    }
}
