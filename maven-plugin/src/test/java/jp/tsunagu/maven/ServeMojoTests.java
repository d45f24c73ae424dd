package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tsunagu:serve's wiring: it serves on loopback, says where, and stops when its thread is interrupted. */
class ServeMojoTests {
    @TempDir
    Path tmp;

    @Test
    void servesTheSiteUntilInterrupted() throws Exception {
        Path repo = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
        Path project = tmp.resolve("project");
        copy(repo.resolve("test-fixtures/sample-city/src"), project.resolve("src"));
        BuildMojoTests.RecordingLog log = new BuildMojoTests.RecordingLog();
        ServeMojo mojo = new ServeMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = project.resolve("src").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.serveDirectory = project.resolve("target/tsunagu-serve").toFile();
        mojo.baseUrl = "http://localhost/";
        mojo.host = "127.0.0.1";
        mojo.port = 0;

        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        runner.start();
        Pattern serving = Pattern.compile("Tsunagu: (http://127\\.0\\.0\\.1:\\d+/) で公開しています。.*");
        URI address = null;
        for (int i = 0; i < 1200 && address == null && failure.get() == null; i++) {
            Thread.sleep(100);
            try {
                for (String line : java.util.List.copyOf(log.infos)) {
                    Matcher m = serving.matcher(line);
                    if (m.matches()) {
                        address = URI.create(m.group(1));
                    }
                }
            } catch (java.util.ConcurrentModificationException e) {
                // the goal is logging right now; read again on the next round
            }
        }
        assertThat(failure.get()).isNull();
        assertThat(address).as("the address logged").isNotNull();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("initiatives/online-shinsei.html"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("行政手続のオンライン化", "/__tsunagu/live.js");
        assertThat(log.infos).anySatisfy(i -> assertThat(i).startsWith("Tsunagu: サイトを作りました（"));

        runner.interrupt();
        runner.join(60_000);
        assertThat(runner.isAlive()).isFalse();
        assertThat(project.resolve("target/site")).as("the published site is not touched").doesNotExist();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
