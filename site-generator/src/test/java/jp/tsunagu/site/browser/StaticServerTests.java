package jp.tsunagu.site.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticServerTests {

    @TempDir
    Path folder;

    private StaticServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        Path site = Files.createDirectories(folder.resolve("site/用語"));
        Files.writeString(site.resolve("情報.html"), "<p>情報</p>", UTF_8);
        Files.writeString(site.resolve("index.html"), "<p>用語集</p>", UTF_8);
        Files.writeString(folder.resolve("site/a+b.css"), "p{}", UTF_8);
        Files.writeString(folder.resolve("secret.txt"), "秘密", UTF_8);
        server = StaticServer.serve(folder.resolve("site"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listensOnTheLoopbackAddress() {
        assertThat(server.uri().toString()).startsWith("http://127.0.0.1:").endsWith("/");
    }

    @Test
    void servesPercentEncodedJapanesePathsAsUtf8Html() throws Exception {
        URI page = server.uriOf("用語/情報.html");
        HttpResponse<String> response = get(page);

        assertThat(page.getRawPath()).isEqualTo("/%E7%94%A8%E8%AA%9E/%E6%83%85%E5%A0%B1.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo("<p>情報</p>");
    }

    @Test
    void servesTheIndexOfAFolderAndIgnoresTheQuery() throws Exception {
        HttpResponse<String> response = get(URI.create(server.uriOf("用語/") + "?q=%E6%83%85%E5%A0%B1"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<p>用語集</p>");
    }

    @Test
    void keepsPlusSignsInPaths() throws Exception {
        HttpResponse<String> response = get(server.uri().resolve("a+b.css"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../secret.txt", "%2e%2e/secret.txt", "..%2fsecret.txt", "%2E%2E%5Csecret.txt",
            "%E6%83%85%FF.html", "%E6%83.html", "missing.html", "%00.html"})
    void refusesPathsOutsideTheFolderOrBroken(String rawPath) throws Exception {
        HttpResponse<String> response = get(URI.create(server.uri() + rawPath));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("秘密");
    }

    @Test
    void answersHeadWithoutBodyAndRefusesPost() throws Exception {
        URI page = server.uriOf("用語/情報.html");
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(page)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(page)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf("<p>情報</p>".getBytes(UTF_8).length));
        assertThat(head.body()).isEmpty();
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }
}
