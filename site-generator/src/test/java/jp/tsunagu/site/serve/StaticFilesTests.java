package jp.tsunagu.site.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The one static-file handler of serve, audit and the browser tests, over real HTTP: what it sends, with which
 * headers, and every way a path could leave the folder.
 */
class StaticFilesTests {
    private static final String PAGE = "<!DOCTYPE html><html><body><p>情報</p></body></html>";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path folder;

    private Path site;
    private HttpServer http;

    @BeforeEach
    void writeASite() throws IOException {
        site = Files.createDirectories(folder.resolve("site"));
        Files.createDirectories(site.resolve("用語"));
        Files.writeString(site.resolve("用語/情報.html"), PAGE, UTF_8);
        Files.writeString(site.resolve("用語/index.html"), "<p>用語集</p>", UTF_8);
        Files.writeString(site.resolve("a+b.css"), "p{}", UTF_8);
        Files.writeString(site.resolve("404.html"), "<p>ページが見つかりません</p>", UTF_8);
        Files.writeString(folder.resolve("secret.txt"), "秘密", UTF_8);
        Files.createSymbolicLink(site.resolve("out"), folder);
        Files.createSymbolicLink(site.resolve("secret-link.txt"), folder.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("same.html"), site.resolve("用語/情報.html"));
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.stop(0);
        }
    }

    @Test
    void servesAPercentEncodedJapanesePathWithItsTypeAndHeaders() throws Exception {
        serve(StaticFiles.of(site));
        HttpResponse<String> r = get("/" + StaticFiles.rawPathOf("用語/情報.html"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(PAGE);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void encodesEachSegmentOfASitePath() {
        assertThat(StaticFiles.rawPathOf("用語/情報 a+b.html")).isEqualTo("%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1%20a%2Bb.html");
    }

    @Test
    void aFolderServesItsIndexAndWithoutTheSlashIsRedirected() throws Exception {
        serve(StaticFiles.of(site));
        HttpResponse<String> index = get("/%E7%94%A8%E8%AA%9E/?q=%E6%83%85");
        HttpResponse<String> bare = get("/%E7%94%A8%E8%AA%9E");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("<p>用語集</p>");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/%E7%94%A8%E8%AA%9E/");
    }

    @Test
    void keepsPlusSignsAndFollowsLinksInsideTheFolder() throws Exception {
        serve(StaticFiles.of(site));

        assertThat(get("/a+b.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/same.html").body()).isEqualTo(PAGE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
            "/%2e%2e%5csecret.txt", "/%2fetc%2fpasswd", "//etc/passwd", "/out/secret.txt", "/secret-link.txt",
            "/%E6%83%85%FF.html", "/%E6%83.html", "/%00.html", "/./secret.txt", "/missing.html"})
    void refusesPathsThatLeaveTheFolderOrAreBrokenOrMissing(String path) throws IOException {
        serve(StaticFiles.of(site));
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 404 ").doesNotContain("秘密", "root:x:0:0").endsWith("404 Not Found\n");
    }

    @Test
    void answersHeadWithTheLengthOfGetAndRefusesOtherMethods() throws Exception {
        serve(StaticFiles.of(site));
        URI page = uri("/same.html");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(page).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(page).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(PAGE.getBytes(UTF_8).length));
        assertThat(head.body()).isEmpty();
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void passesOnlyHtmlPagesSentThroughTheFilterAndNeverTheFiles() throws Exception {
        serve(StaticFiles.of(site).withPages(page -> (new String(page, UTF_8) + "<!-- sent -->").getBytes(UTF_8)));

        assertThat(get("/same.html").body()).isEqualTo(PAGE + "<!-- sent -->");
        assertThat(get("/a+b.css").body()).isEqualTo("p{}");
        assertThat(Files.readString(site.resolve("用語/情報.html"))).isEqualTo(PAGE);
    }

    @Test
    void answersAMissingPathWithTheSitesPageWhenAskedTo() throws Exception {
        serve(StaticFiles.of(site).withNotFoundPage("404.html").withPages(page -> "filtered".getBytes(UTF_8)));
        HttpResponse<String> missing = get("/no/such/page.html");
        HttpResponse<String> leaving = get("/out/secret.txt");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).isEqualTo("filtered");
        assertThat(leaving.statusCode()).isEqualTo(404);
        assertThat(leaving.body()).isEqualTo("filtered");
    }

    @Test
    void aFolderNotYetBuiltIsServedOnceItExists() throws Exception {
        Path later = folder.resolve("later");
        serve(StaticFiles.of(later).withNotFoundPage("404.html"));
        assertThat(get("/").statusCode()).isEqualTo(404);

        Files.createDirectories(later);
        Files.writeString(later.resolve("index.html"), PAGE, UTF_8);
        assertThat(get("/").body()).isEqualTo(PAGE);
    }

    @Test
    void findsTheFileARequestPathNames() {
        StaticFiles files = StaticFiles.of(site);

        assertThat(files.fileOf("/%E7%94%A8%E8%AA%9E")).hasValue(site.resolve("用語/index.html"));
        assertThat(files.fileOf("/%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html")).hasValue(site.resolve("用語/情報.html"));
        assertThat(files.fileOf("/out/secret.txt")).isEqualTo(Optional.empty());
        assertThat(files.fileOf("/missing.html")).isEmpty();
        assertThat(files.fileOf("/%zz.html")).as("the JDK's server answers 400 before").isEmpty();
        assertThat(files.fileOf(null)).isEmpty();
    }

    private void serve(HttpHandler handler) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", handler);
        http.start();
    }

    private URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + rawPath);
    }

    private HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(rawPath)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** Sends a request line as a client that does not normalise paths would. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), http.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
