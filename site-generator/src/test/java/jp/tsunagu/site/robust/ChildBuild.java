package jp.tsunagu.site.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;

/**
 * Runs one build in its own JVM, as {@code mvn package} would, so a test can kill it, starve it of disk, or give it
 * another time zone, locale and default charset. Exit 0 on success, 1 on content errors, 2 on another
 * {@link SiteException} (its stage printed as {@code STAGE=…}), 3 on anything else.
 * <pre>{@code
 * Process p = ChildBuild.start(project, out, List.of("-Duser.timezone=UTC"), 0, log);
 * }</pre>
 */
public final class ChildBuild {
    private static final String SAMPLE_LICENSE_PROPERTY = "tsunagu.child.sampleLicense";

    /**
     * A JVM option that builds with the licence of the sample city's test configuration
     * ({@link BuiltSites#SAMPLE_LICENSE}), as {@link BuiltSites#site} builds the sample city: a child's site can then
     * be compared with that one.
     */
    static final String SAMPLE_LICENSE = "-D" + SAMPLE_LICENSE_PROPERTY + "=true";

    private ChildBuild() {
    }

    /**
     * Builds a project.
     *
     * @param args  the project folder and the output folder
     */
    public static void main(String[] args) {
        try {
            BuildRequest request = BuildRequest.of(Path.of(args[0]), Path.of(args[1]));
            SiteGenerator.build(Boolean.getBoolean(SAMPLE_LICENSE_PROPERTY) ? request.withLicense(BuiltSites.SAMPLE_LICENSE) : request);
            System.out.println("BUILT");
            System.exit(0);
        } catch (ContentErrorException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        } catch (SiteException e) {
            System.out.println("STAGE=" + e.stage().label());
            System.out.println(e.getMessage());
            System.exit(2);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(3);
        }
    }

    /**
     * Starts a build in a new JVM with this JVM's class path; its output goes to {@code log}.
     *
     * @param project  the project folder
     * @param out  the output folder
     * @param jvmOptions  extra JVM options, such as {@code -Duser.timezone=UTC}
     * @param fileSizeLimitKb  a limit on the size of every file the JVM writes ({@code ulimit -f}), or 0 for none
     * @param log  where the JVM's output goes, or null to read it from {@link Process#getInputStream()}
     * @return the running process
     * @throws IOException if the JVM cannot be started
     */
    static Process start(Path project, Path out, List<String> jvmOptions, int fileSizeLimitKb, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildBuild.class.getName());
        command.add(project.toString());
        command.add(out.toString());
        List<String> full = command;
        if (fileSizeLimitKb > 0) {
            // bash's ulimit -f counts blocks of 1024 bytes; HotSpot ignores SIGXFSZ, so a write past it fails as on a full disk
            full = List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$@\"", "child-build");
            full = new ArrayList<>(full);
            full.addAll(command);
        }
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        // a pipe, not a file, when file sizes are limited: the limit would cut the child's own messages short
        return (log == null ? builder : builder.redirectOutput(log.toFile())).start();
    }
}
