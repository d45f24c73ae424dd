package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import jp.tsunagu.site.BuiltSites;

/**
 * Runs the JavaScript client's own tests ({@code src/test/js}, the shared vectors) with node's built-in test
 * runner, and holds the client to its size budget. A missing {@code node} fails, with the command that installs
 * it: these tests are never skipped.
 */
class SearchScriptTests {
    /** The page budget for JavaScript, compressed. */
    static final int JS_BUDGET = 10 * 1024;

    static Path script() {
        return BuiltSites.repoRoot().resolve("site-generator/src/main/resources/jp/tsunagu/site/theme/assets/search.js");
    }

    @Test
    void passesTheSharedVectorsInNode() throws IOException, InterruptedException {
        Path tests = BuiltSites.repoRoot().resolve("site-generator/src/test/js");
        Process node;
        try {
            node = new ProcessBuilder("node", "--test", tests.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("index: the JavaScript tests need node 18 or later on the PATH "
                    + "(apt-get install -y nodejs): " + e.getMessage(), e);
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(node.exitValue()).as("node --test output:%n%s", output).isZero();
        assertThat(output).contains("# pass 6").contains("# fail 0");
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
