package jp.tsunagu.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.TestFiles;

/**
 * The development server over HTTP: media types and UTF-8, folders and 404s, only files inside the site,
 * the live-reload script only in what is sent, and content errors shown on every page while it keeps running.
 */
class DevServerTests {
    private static Path project;
    private static DevServer server;
    private static final List<String> events = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serveACopyOfTheSampleCity() throws IOException {
        project = Files.createTempDirectory(Path.of("target"), "serve-http").toAbsolutePath();
        TestFiles.copy(BuiltSites.source(BuiltSites.SAMPLE), project.resolve("src"));
        ServeRequest request = ServeRequest.of(BuildRequest.of(project.resolve("src"), project.resolve("target/serve"))).withPort(0);
        server = DevServer.start(request, new ServeListener() {
            @Override
            public void built(jp.tsunagu.site.BuildResult result, Duration took, boolean first) {
                events.add(first ? "built" : "rebuilt");
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        TestFiles.delete(project);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "/,                           text/html; charset=utf-8",
            "/initiatives/online-shinsei.html, text/html; charset=utf-8",
            "/assets/site.css,            text/css; charset=utf-8",
            "/feed.xml,                   application/atom+xml; charset=utf-8",
            "/sitemap.xml,                application/xml; charset=utf-8",
            "/plan.json,                  application/json; charset=utf-8",
            "/robots.txt,                 text/plain; charset=utf-8",
            "/__tsunagu/live.js,          text/javascript; charset=utf-8"})
    void servesEachKindOfFileWithItsTypeAndUtf8(String path, String type) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains(type);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void japaneseFileNamesAreServed() throws Exception {
        HttpResponse<byte[]> r = get("/pages/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B.html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("お知らせ");
    }

    @Test
    void pagesSentCarryTheLiveReloadScriptButTheSiteFilesDoNot() throws Exception {
        String sent = new String(get("/index.html").body(), StandardCharsets.UTF_8);
        assertThat(sent).contains("<script src=\"/__tsunagu/live.js\" data-version=\"").containsOnlyOnce("__tsunagu");
        assertThat(sent.indexOf("/__tsunagu/live.js")).isLessThan(sent.lastIndexOf("</body>"));
        String onDisk = Files.readString(project.resolve("target/serve/index.html"));
        assertThat(onDisk).doesNotContain("__tsunagu");
        assertThat(new String(get("/assets/site.css").body(), StandardCharsets.UTF_8)).doesNotContain("__tsunagu");
    }

    @Test
    void aFolderServesItsIndexAndWithoutTheSlashIsRedirected() throws Exception {
        assertThat(get("/initiatives/").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> r = get("/initiatives");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).contains("/initiatives/");
    }

    @Test
    void aMissingPageGetsTheSites404Page() throws Exception {
        HttpResponse<byte[]> r = get("/no/such/page.html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("ページが見つかりません");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/../../../../etc/passwd",
            "//etc/passwd", "/%2fetc%2fpasswd", "/..%2f..%2f..%2fetc/passwd"})
    void nothingOutsideTheSiteIsServed(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(response).doesNotContain("root:x:0:0").matches("(?s)HTTP/1\\.1 (400|404) .*");
    }

    @Test
    void aLinkOutOfTheSiteIsNotFollowed() throws Exception {
        Path link = project.resolve("target/serve/escape");
        Files.createSymbolicLink(link, Path.of("/etc"));
        try {
            assertThat(get("/escape/passwd").statusCode()).isEqualTo(404);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        HttpResponse<byte[]> post = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
        assertThat(ServeRequest.of(BuildRequest.of(project, project)).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void contentErrorsShowOnEveryPageAndTheServerKeepsRunning() throws Exception {
        Path file = project.resolve("src/plan/initiatives/online-shinsei.md");
        String good = Files.readString(file);
        long before = server.version();
        try {
            Files.writeString(file, good.replace("viewpoints: [A, E]", "viewpoints: [A, Z]"), StandardCharsets.UTF_8);
            awaitVersionAfter(before);
            HttpResponse<byte[]> r = get("/viewpoints/index.html");
            String page = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(page).contains("initiatives/online-shinsei.md:5", "E-REF-VIEWPOINT", "「Z」", "/__tsunagu/live.js");
            assertThat(get("/assets/site.css").statusCode()).isEqualTo(200);
            assertThat(Files.readString(project.resolve("target/serve/index.html"))).contains("<h1");
        } finally {
            long broken = server.version();
            Files.writeString(file, good, StandardCharsets.UTF_8);
            awaitVersionAfter(broken);
        }
        assertThat(get("/viewpoints/index.html").statusCode()).isEqualTo(200);
        assertThat(events).startsWith("built").contains("rebuilt");
    }

    private static void awaitVersionAfter(long version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.version() <= version && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.version()).as("a rebuild after the change").isGreaterThan(version);
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.address().toString().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request line as a client that does not normalise paths would. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
