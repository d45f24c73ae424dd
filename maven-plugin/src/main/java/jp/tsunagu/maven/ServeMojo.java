package jp.tsunagu.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import jp.tsunagu.site.serve.DevServer;
import jp.tsunagu.site.serve.ServeRequest;

/**
 * Builds the site, serves it on {@code http://127.0.0.1:7291/}, and while it runs rebuilds whenever a file in
 * {@code src/} changes and reloads the pages open in browsers. A content error shows on the page and in the
 * console with file, line and fix; the server keeps running. Stop it with Ctrl+C. The published site in
 * {@code target/site} is not touched.
 */
@Mojo(name = "serve", threadSafe = false, requiresProject = true)
public class ServeMojo extends AbstractTsunaguMojo {
    /**
     * The port to listen on; 0 picks a free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.serve.port", defaultValue = "7291")
    int port;

    /**
     * The address to listen on. The default, loopback, keeps the site on this machine.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.serve.host", defaultValue = "127.0.0.1")
    String host;

    /**
     * The folder the served site is built into.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.serve.outputDirectory", defaultValue = "${project.build.directory}/tsunagu-serve")
    File serveDirectory;

    /**
     * Skips serving.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tsunagu.serve.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run("tsunagu.serve.skip", skip, "プレビューのサーバーを起動しません", build -> serve(new ServeRequest(
                build.withOutputDirectory(serveDirectory.toPath()), host, port, ServeRequest.DEFAULT_DEBOUNCE)));
    }

    /** Serves until the server is closed (Ctrl+C) or this thread is interrupted. */
    private void serve(ServeRequest request) throws MojoExecutionException {
        try (DevServer server = DevServer.start(request, new ServeLog(getLog()))) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tsunagu-serve-stop"));
            getLog().info("Tsunagu: " + server.address() + " で公開しています。src/ のファイルを保存すると、開いているページを読み込み直します"
                    + "（Ctrl+C で止まります）");
            server.awaitClose();
        } catch (IOException e) {
            throw new MojoExecutionException(host + ":" + port + " でサーバーを起動できませんでした（"
                    + (e instanceof java.net.BindException ? "ほかのプログラムがそのポートを使っているか、この機械のアドレスではありません"
                            : jp.tsunagu.site.files.IoMessages.of(e))
                    + "）。-Dtsunagu.serve.port=… で別のポートを、-Dtsunagu.serve.host=… でこの機械のアドレスを指定してください。", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
