package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ja.Romaji;
import jp.tsunagu.site.render.Theme;

/**
 * Runs the JavaScript client's own tests ({@code src/test/js}, the shared vectors) with node's built-in test
 * runner, on the script as the theme publishes it (with the romaji table written in), and holds the client to its
 * size budget. A missing {@code node} fails, with the command that installs
 * it: these tests are never skipped.
 */
class SearchScriptTests {
    /** The page budget for JavaScript, compressed. */
    static final int JS_BUDGET = 10 * 1024;

    @TempDir
    Path assets;

    /** The script as the theme writes it, with the romaji table of {@link Romaji} in it. */
    private Path script() {
        Theme.writeAssets(assets, assets.resolve("no-project-assets"));
        return assets.resolve("search.js");
    }

    @Test
    void passesTheSharedVectorsInNode() throws IOException, InterruptedException {
        Path tests = BuiltSites.repoRoot().resolve("site-generator/src/test/js");
        Process node;
        try {
            ProcessBuilder run = new ProcessBuilder("node", "--test", tests.toString()).redirectErrorStream(true);
            run.environment().put("TSUNAGU_SEARCH_JS", script().toString());
            node = run.start();
        } catch (IOException e) {
            throw new AssertionError("index: the JavaScript tests need node 18 or later on the PATH "
                    + "(apt-get install -y nodejs): " + e.getMessage(), e);
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(node.exitValue()).as("node --test output:%n%s", output).isZero();
        assertThat(output).contains("# pass 8").contains("# fail 0");
    }

    @Test
    void staysWithinTheJavaScriptBudget() throws IOException {
        var gzipped = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(Files.readAllBytes(script()));
        }
        assertThat(gzipped.size()).as("search.js, gzip").isLessThanOrEqualTo(JS_BUDGET);
    }
}
