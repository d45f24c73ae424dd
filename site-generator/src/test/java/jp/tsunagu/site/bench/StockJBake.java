package jp.tsunagu.site.bench;

import java.io.File;

import com.orientechnologies.common.log.OLogManager;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Stock JBake 2.7.0 in its own JVM, for {@link BuildBenchmark}: bakes a JBake project folder the way
 * {@code jbake -b <source> <output>} does (JBake's {@code Main} → {@code Baker}: the default configuration from
 * the project's {@code jbake.properties}, then {@code new Oven(config).bake()} with JBake's own crawler,
 * OrientDB content store and renderer). Prints {@code build <millis> <errors>}.
 */
public final class StockJBake {
    private StockJBake() {
    }

    /**
     * Runs the bake.
     *
     * @param args  the JBake project folder and the output folder
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        OLogManager.instance().setConsoleLevel("SEVERE");
        oven.bake();
        long millis = (System.nanoTime() - start) / 1_000_000;
        oven.getErrors().forEach(e -> System.err.println("jbake: " + e));
        System.out.println("build " + millis + " " + oven.getErrors().size());
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }

}
