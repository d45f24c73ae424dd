package jp.tsunagu.site.serve;

import java.time.Duration;
import java.util.Objects;

import jp.tsunagu.site.BuildRequest;

/**
 * What to serve: the sources and output folder of the build, the address to listen on and how long to wait
 * for a burst of file changes to settle before rebuilding.
 * <p>
 * {@code ServeRequest.of(BuildRequest.of(Path.of("src"), Path.of("target/tsunagu-serve"))).withPort(0)}
 * listens on a free port of {@code 127.0.0.1}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param build  the sources and the output folder; the base URL is replaced by the server's address, not null
 * @param host  the address to listen on, {@code 127.0.0.1} unless the site must be seen from other machines, not null
 * @param port  the port, 0 for any free port, at most 65535
 * @param debounce  how long the sources must stay unchanged before a rebuild, not negative, not null
 */
public record ServeRequest(BuildRequest build, String host, int port, Duration debounce) {
    /** The port used when none is given: unlikely to be taken by other development servers. */
    public static final int DEFAULT_PORT = 7291;
    /** Loopback only: the site is not reachable from other machines. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Editors save several files at once; 100 ms joins them into one rebuild. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(100);

    /**
     * Validates the parts.
     *
     * @param build  the sources and the output folder; the base URL is replaced by the server's address, not null
     * @param host  the address to listen on, {@code 127.0.0.1} unless the site must be seen from other machines, not null
     * @param port  the port, 0 for any free port, at most 65535
     * @param debounce  how long the sources must stay unchanged before a rebuild, not negative, not null
     */
    public ServeRequest {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(debounce, "debounce");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid port (valid values: 0 - 65535): " + port);
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("Invalid debounce (valid values: 0 or more): " + debounce);
        }
    }

    /**
     * Obtains a request on the default host, port and debounce.
     *
     * @param build  the sources and output folder, not null
     * @return the request, not null
     */
    public static ServeRequest of(BuildRequest build) {
        return new ServeRequest(build, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DEBOUNCE);
    }

    /**
     * Returns a copy listening on another port.
     *
     * @param newPort  the port, 0 for any free port
     * @return the request, not null
     */
    public ServeRequest withPort(int newPort) {
        return new ServeRequest(build, host, newPort, debounce);
    }

    /**
     * Returns a copy listening on another address.
     *
     * @param newHost  the address, not null
     * @return the request, not null
     */
    public ServeRequest withHost(String newHost) {
        return new ServeRequest(build, newHost, port, debounce);
    }
}
