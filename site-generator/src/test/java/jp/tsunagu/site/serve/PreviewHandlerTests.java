package jp.tsunagu.site.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import jp.tsunagu.site.BuildRequest;

/**
 * The preview's HTTP answers over a hand-written output folder: before any build (version 0) the files with the
 * live-reload script in pages sent, and after a real build of broken content the error page in place of pages.
 */
class PreviewHandlerTests {
    private static final String INDEX = "<!DOCTYPE html><html><body><h1>トップ</h1></body></html>\n";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path project;

    private Path out;
    private Rebuilder builds;
    private HttpServer http;
    private ExecutorService threads;

    @BeforeEach
    void serveAHandWrittenSite() throws IOException {
        Path plan = Files.createDirectories(project.resolve("src/plan"));
        Files.writeString(plan.resolve("plan.md"), "---\ntype: plan\n---\n", UTF_8); // far from a valid plan
        out = Files.createDirectories(project.resolve("out"));
        Files.writeString(out.resolve("index.html"), INDEX, UTF_8);
        Files.writeString(out.resolve("404.html"), "<html><body><p>ページが見つかりません</p></body></html>", UTF_8);
        Files.writeString(out.resolve("site.css"), "body{}", UTF_8);
        builds = new Rebuilder(BuildRequest.of(project.resolve("src"), out), new ServeListener() { });
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        http.setExecutor(threads);
        http.createContext("/", new PreviewHandler(out, builds));
        http.start();
    }

    @AfterEach
    void stop() {
        builds.close();
        http.stop(0);
        threads.shutdownNow();
    }

    @Test
    void pagesSentCarryTheScriptOfTheirVersionAndTheFilesDoNot() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> missing = get("/no/such.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(INDEX.replace("</body>",
                "<script src=\"/__tsunagu/live.js\" data-version=\"0\"></script>\n</body>"));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(INDEX);
        assertThat(get("/site.css").body()).isEqualTo("body{}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ページが見つかりません", "/__tsunagu/live.js");
    }

    @Test
    void servesItsOwnResourcesUnderTheirPrefix() throws Exception {
        HttpResponse<String> script = get("/__tsunagu/live.js");

        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).isEqualTo(LiveReload.SCRIPT);
        assertThat(get("/__tsunagu/version").body()).isEqualTo("0");
        assertThat(get("/__tsunagu/note").body()).isEmpty();
        assertThat(get("/__tsunagu/index.html").statusCode()).isEqualTo(404);
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/__tsunagu/version")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void eventsTellTheVersionAtOnceThenEachBuild() throws Exception {
        HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(uri("/__tsunagu/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        try (Stream<String> lines = events.body()) {
            Iterator<String> line = lines.iterator();
            assertThat(nextData(line)).isEqualTo("data: 0");
            Future<Rebuilder.State> build = threads.submit(builds::full);
            assertThat(build.get(5, TimeUnit.MINUTES).version()).isEqualTo(1);
            assertThat(nextData(line)).isEqualTo("data: 1");
        }
    }

    /** Skips the blank lines ending events and the keep-alive comments. */
    private static String nextData(Iterator<String> lines) {
        String line = lines.next();
        while (line.isEmpty() || line.equals(": keep-alive")) {
            line = lines.next();
        }
        return line;
    }

    @Test
    void whileTheContentHasErrorsPagesShowThemAndOtherFilesAreServed() throws Exception {
        Rebuilder.State state = builds.full();
        assertThat(state.ok()).isFalse();
        HttpResponse<String> page = get("/");
        HttpResponse<String> missing = get("/no/such.html");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("コンテンツにエラーが", "plan.md", "data-version=\"1\"");
        assertThat(missing.statusCode()).isEqualTo(500);
        assertThat(get("/site.css").body()).isEqualTo("body{}");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(INDEX);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }
}
