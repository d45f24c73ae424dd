package jp.tsunagu.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes a city copies: both parse as YAML, fetch the whole history, run the README's build and check
 * commands (with only {@code -D} options added), keep the check reports and publish {@code content/target/site}.
 */
class CiRecipesTests {
    /** The README's check-and-audit command: the project's tests skipped, the audit (the site's browser test) not. */
    private static final String VERIFY = "mvn -B verify -Dmaven.test.skip.exec=true -Dinvoker.skip=true";

    private static final Path REPO = Path.of(System.getProperty("tsunagu.repo.root", "..")).toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?s)```\\n(.*?)```");

    @Test
    void theReadmeGivesTheBuildAndCheckCommandsAndNamesBothRecipes() throws IOException {
        List<String> commands = readmeCommands();
        assertThat(commands).contains("mvn -B package -DskipTests", VERIFY);
        String readme = read("README.md");
        assertThat(readme).contains(".github/workflows/publish-site.yml", ".gitlab-ci.yml", "fetch-depth: 0", "GIT_DEPTH");
    }

    @Test
    void gitHubActionsRunsTheReadmesCommandsAndPublishesTheSite() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/publish-site.yml");
        Map<String, Object> jobs = map(workflow.get("jobs"));
        List<Map<String, Object>> steps = list(map(jobs.get("build")).get("steps"));
        List<String> runs = steps.stream().filter(s -> s.containsKey("run")).map(s -> s.get("run").toString().strip()).toList();
        assertCallsTheReadmesCommands(runs);
        Map<String, Object> checkout = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@"))
                .findFirst().orElseThrow();
        assertThat(map(checkout.get("with")).get("fetch-depth").toString()).isEqualTo("0");
        assertThat(steps).anySatisfy(s -> {
            assertThat(String.valueOf(s.get("uses"))).startsWith("actions/upload-pages-artifact@");
            assertThat(map(s.get("with")).get("path")).isEqualTo("content/target/site");
        });
        assertThat(steps).anySatisfy(s -> assertThat(String.valueOf(s.get("with"))).contains("tsunagu-check.sarif"));
        List<Map<String, Object>> deploy = list(map(jobs.get("deploy")).get("steps"));
        assertThat(deploy).anySatisfy(s -> assertThat(String.valueOf(s.get("uses"))).startsWith("actions/deploy-pages@"));
    }

    @Test
    void gitLabCiRunsTheReadmesCommandsAndPublishesTheSite() throws IOException {
        Map<String, Object> ci = yaml(".gitlab-ci.yml");
        assertThat(map(ci.get("variables")).get("GIT_DEPTH")).isEqualTo("0");
        List<String> scripts = new ArrayList<>();
        for (String job : List.of("build-site", "check-content", "pages")) {
            list(map(ci.get(job)).get("script")).forEach(line -> scripts.add(line.toString().strip()));
        }
        assertCallsTheReadmesCommands(scripts);
        assertThat(scripts).contains("cp -r content/target/site public");
        Map<String, Object> check = map(map(ci.get("check-content")).get("artifacts"));
        assertThat(map(check.get("reports")).get("junit")).isEqualTo("content/target/tsunagu-check/TEST-tsunagu-check.xml");
        List<Object> paths = list(map(map(ci.get("build-site")).get("artifacts")).get("paths"));
        assertThat(paths).containsExactly("content/target/site");
    }

    /**
     * tsunagu:audit runs at verify (content/pom.xml) and rewrites the site's test report page, so the site published
     * must be the one of the verify step, with a browser given to it (issue 5).
     */
    @Test
    void bothRecipesPublishTheSiteAsTestedByTheAudit() throws IOException {
        assertThat(read("content/pom.xml")).contains("<goal>audit</goal>");
        List<Map<String, Object>> steps = list(map(map(yaml(".github/workflows/publish-site.yml").get("jobs")).get("build")).get("steps"));
        int verify = indexOf(steps, s -> String.valueOf(s.get("run")).startsWith("mvn -B verify"));
        int upload = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"));
        assertThat(verify).isNotNegative().isLessThan(upload);
        assertThat(String.valueOf(steps.get(verify).get("run")))
                .contains("-Dtsunagu.chromium=/usr/bin/google-chrome", "-Dtsunagu.chromedriver=\"${CHROMEWEBDRIVER}/chromedriver\"");

        Map<String, Object> ci = yaml(".gitlab-ci.yml");
        Map<String, Object> check = map(ci.get("check-content"));
        assertThat(list(check.get("before_script"))).contains("bash scripts/install-browser.sh");
        assertThat(String.valueOf(check.get("image"))).contains("debian");
        assertThat(list(map(check.get("artifacts")).get("paths"))).contains("content/target/site");
        assertThat(list(map(ci.get("pages")).get("needs"))).containsExactly("check-content");
    }

    /**
     * Both recipes keep, between runs, the folders where {@code tsunagu:build} and {@code tsunagu:audit} keep what an
     * unchanged page does not need again (the folders read from the plugin's descriptor, so that a moved default fails
     * here), restored before the step that uses them.
     */
    @Test
    void bothRecipesKeepTheBuildAndAuditCachesBetweenRuns() throws Exception {
        String build = "content/" + defaultFolder("build", "cacheDirectory");
        String audit = "content/" + defaultFolder("audit", "cacheDirectory");
        assertThat(List.of(build, audit)).containsExactly("content/target/tsunagu-cache", "content/target/tsunagu-audit-cache");
        assertThat(read("content/pom.xml")).doesNotContain("cacheDirectory");

        List<Map<String, Object>> steps = list(map(map(yaml(".github/workflows/publish-site.yml").get("jobs")).get("build")).get("steps"));
        int keepBuild = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/cache@") && build.equals(map(s.get("with")).get("path")));
        int keepAudit = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("actions/cache@") && audit.equals(map(s.get("with")).get("path")));
        int packageStep = indexOf(steps, s -> String.valueOf(s.get("run")).startsWith("mvn -B package"));
        int verify = indexOf(steps, s -> String.valueOf(s.get("run")).startsWith("mvn -B verify"));
        assertThat(keepBuild).isNotNegative().isLessThan(packageStep);
        assertThat(keepAudit).isNotNegative().isLessThan(verify);

        Map<String, Object> ci = yaml(".gitlab-ci.yml");
        assertThat(cachedPaths(map(ci.get("build-site")))).contains(build, ".m2/repository");
        assertThat(cachedPaths(map(ci.get("check-content")))).contains(build, audit, ".m2/repository");
    }

    private static List<Object> cachedPaths(Map<String, Object> job) {
        List<Object> paths = new ArrayList<>();
        List<Map<String, Object>> caches = list(job.get("cache"));
        caches.forEach(c -> paths.addAll(list(c.get("paths"))));
        return paths;
    }

    /** A goal's parameter default as the plugin's descriptor gives it, relative to the project's folder. */
    private static String defaultFolder(String goal, String parameter) throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(descriptor.toFile());
        javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        String value = xpath.evaluate("/plugin/mojos/mojo[goal='" + goal + "']/configuration/" + parameter + "/@default-value", doc);
        assertThat(value).as(goal + " " + parameter + " in " + descriptor).startsWith("${project.build.directory}/");
        return "target/" + value.substring("${project.build.directory}/".length());
    }

    private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> test) {
        for (int i = 0; i < steps.size(); i++) {
            if (test.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Each README command appears as a recipe line, alone or followed by -D options only. */
    private static void assertCallsTheReadmesCommands(List<String> lines) throws IOException {
        List<String> mvn = lines.stream().filter(l -> l.startsWith("mvn ")).toList();
        for (String command : List.of("mvn -B package -DskipTests", VERIFY)) {
            assertThat(readmeCommands()).contains(command);
            assertThat(mvn).as("a line running '" + command + "'").anySatisfy(l -> assertThat(l)
                    .matches(Pattern.quote(command) + "( -D[\\w.]+=(\"[^\"]*\"|\\S+))*"));
        }
        assertThat(mvn).as("every Maven call is one the README gives").allSatisfy(l ->
                assertThat(l).matches("(" + Pattern.quote("mvn -B package -DskipTests") + "|" + Pattern.quote(VERIFY) + ")( -D[\\w.]+=(\"[^\"]*\"|\\S+))*"));
    }

    private static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        Matcher m = FENCE.matcher(read("README.md"));
        while (m.find()) {
            m.group(1).lines().map(String::strip).filter(l -> l.startsWith("mvn ")).forEach(commands::add);
        }
        return commands;
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(read(file));
        return map(doc);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<T>) o;
    }

    private static String read(String file) throws IOException {
        return Files.readString(REPO.resolve(file), StandardCharsets.UTF_8);
    }
}
