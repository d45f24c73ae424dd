package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Audits a built site in a real browser, page by page, and publishes the results in the site's test report
 * ({@link TestReport}): axe-core's rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA in every
 * {@linkplain AuditMode display mode}, and reflow at {@value #REFLOW_WIDTH} CSS px (WCAG 2.1's 1.4.10) on the
 * first mode's load of each page. Example:
 * <pre>{@code
 * AuditResults results = SiteAuditor.auditAndPublish(AuditRequest.of(Path.of("content/target/site")));
 * }</pre>
 * One headless Chromium serves the whole audit. axe is installed in every new document once
 * (CDP {@code Page.addScriptToEvaluateOnNewDocument}), each page is loaded once per mode and axe runs once per
 * load; the modes are emulated with CDP {@code Emulation.setEmulatedMedia}, and the audit checks in the page that
 * they applied. An audit that cannot be trusted — axe did not finish, a mode did not apply, a page was not served
 * as HTML — fails with {@link AuditException} instead of reporting a clean page.
 * <p>
 * The browser is named explicitly (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or
 * {@link AuditRequest#withBrowser}), so Selenium Manager never looks for one on the network; a missing browser
 * fails with the command that installs it. Selenium and axe-core are optional dependencies of the site generator:
 * whoever calls this class puts them on the class path (the Maven plugin does).
 */
public final class SiteAuditor {

    /** The viewport width of WCAG 1.4.10 Reflow: 1280 CSS px at 400 % zoom. */
    public static final int REFLOW_WIDTH = 320;

    /** The axe tags run: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=ja");

    private static final String INSTALL_HINT = "Debian/Ubuntu では「bash scripts/install-browser.sh」"
            + "（または apt-get install -y chromium chromium-driver）で入れられます。"
            + "別の場所にあるときは -Dtsunagu.chromium=… -Dtsunagu.chromedriver=… で指定してください。";

    private static final String AXE_RUN = """
            const tags = arguments[0], features = arguments[1];
            const done = arguments[arguments.length - 1];
            const state = {type: document.contentType, title: document.title,
                media: Object.entries(features).filter(([name, value]) => !matchMedia('(' + name + ': ' + value + ')').matches)
                    .map(([name, value]) => name + ': ' + value)};
            if (typeof window.axe !== 'object') { done(Object.assign(state, {error: 'axe is not installed'})); return; }
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']})
              .then(result => done(Object.assign(state, {version: axe.version,
                  violations: result.violations.map(rule => ({id: rule.id, impact: String(rule.impact), help: rule.help,
                      tags: rule.tags, targets: rule.nodes.map(node => node.target.join(' '))})),
                  passes: result.passes.map(rule => rule.tags),
                  incomplete: result.incomplete.map(rule => rule.tags)})))
              .catch(error => done(Object.assign(state, {error: String(error)})));
            """;

    private static final String REFLOW = resource("reflow.js");

    private SiteAuditor() {
    }

    /**
     * Returns the script of the reflow check: run with the viewport width as its argument, it returns
     * {@code {type, problems}}, each problem a text {@code rule: detail}.
     *
     * @return the script, not null
     */
    public static String reflowScript() {
        return REFLOW;
    }

    /**
     * Audits a site, publishes the results in its test report page and {@value TestReport#RESULTS_JSON}, then
     * audits the rewritten report page itself in every mode.
     *
     * @param request what to audit, not null
     * @return the results published, not null
     * @throws AuditException if the browser is missing, the site or its report page is missing, the audit could not
     *                        be trusted, or the rewritten report page itself has a problem
     */
    public static AuditResults auditAndPublish(AuditRequest request) {
        TestReport.readPage(request.site());
        AuditResults results = audit(request, pages(request.site()));
        TestReport.publish(request.site(), results);
        AuditResults report = audit(request, List.of(TestReport.PAGE));
        if (report.problemCount() > 0) {
            throw new AuditException("書き換えた試験結果のページ自体に問題があります（" + TestReport.PAGE + "）: "
                    + report.pages().get(0).problems().stream().map(p -> p.mode().label() + " " + p.rule() + " " + p.targets())
                            .collect(Collectors.joining("; ")));
        }
        return results;
    }

    /**
     * Audits the given pages of a site without writing anything.
     *
     * @param request what to audit, not null
     * @param pages   the pages, relative to the site root with {@code /} separators, not null
     * @return the results, pages in the order given, not null
     * @throws AuditException if the browser is missing or the audit could not be trusted
     */
    public static AuditResults audit(AuditRequest request, List<String> pages) {
        Path site = request.site();
        if (!Files.isDirectory(site)) {
            throw new AuditException("試験するサイト " + site + " がありません。先にサイトを作成してください（mvn -B package）。");
        }
        Instant started = request.clock().instant();
        long start = System.nanoTime();
        Map<String, Collected> collected = new LinkedHashMap<>();
        pages.forEach(p -> collected.put(p, new Collected()));
        String browserVersion;
        String axeVersion = "";
        ChromeDriver driver = start(request);
        try (AuditServer server = AuditServer.serve(site)) {
            String name = request.chromium().getFileName().toString();
            browserVersion = (name.contains("chrome") && !name.contains("chromium") ? "Google Chrome " : "Chromium ")
                    + driver.getCapabilities().getBrowserVersion();
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", resourceOfAxe()));
            driver.manage().timeouts().scriptTimeout(request.axeTimeout());
            boolean reflowDone = false;
            for (AuditMode mode : request.modes()) {
                emulate(driver, mode.features());
                // Reflow is checked on the same load as the first mode's axe run: narrowing the viewport lays the
                // page out again without reloading it.
                boolean reflow = !reflowDone;
                reflowDone = true;
                for (String page : pages) {
                    try {
                        driver.get(server.uriOf(page).toString());
                        axeVersion = axe(driver, page, mode, collected.get(page));
                        if (reflow) {
                            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                                    Map.of("width", REFLOW_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", false));
                            reflow(driver, page, mode, collected.get(page));
                            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                        }
                    } catch (WebDriverException e) {
                        throw new AuditException("ブラウザーでの試験がページ " + page + "（表示：" + mode.label() + "）で止まりました: "
                                + firstLine(e), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new AuditException("試験のためにサイトを配信できませんでした: " + e.getMessage(), e);
        } catch (WebDriverException e) {
            throw new AuditException("ブラウザーでの試験が途中で止まりました: " + firstLine(e), e);
        } finally {
            driver.quit();
        }
        Instant finished = request.clock().instant();
        long millis = (System.nanoTime() - start) / 1_000_000;
        ZoneId japan = ZoneId.of("Asia/Tokyo");
        List<AuditResults.PageResult> results = collected.entrySet().stream()
                .map(e -> e.getValue().result(e.getKey())).toList();
        return new AuditResults(started.truncatedTo(ChronoUnit.SECONDS).atZone(japan).toOffsetDateTime().toString(),
                finished.truncatedTo(ChronoUnit.SECONDS).atZone(japan).toOffsetDateTime().toString(), millis, browserVersion,
                axeVersion, AXE_TAGS, REFLOW_WIDTH, request.modes(), results);
    }

    /**
     * Lists every {@code .html} file of a site, so that a page no link reaches (404.html) is audited too.
     *
     * @param site the site folder, not null
     * @return the paths relative to the site root with {@code /} separators, sorted, not null
     */
    public static List<String> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new AuditException("試験するサイト " + site + " のページを一覧できませんでした: " + e.getMessage(), e);
        }
    }

    /** What the audit found on one page so far. */
    private static final class Collected {
        String title = "";
        final List<AuditResults.Problem> problems = new ArrayList<>();
        final Set<String> checked = new HashSet<>();
        final Set<String> undecided = new HashSet<>();

        AuditResults.PageResult result(String path) {
            return new AuditResults.PageResult(path, title, problems, checked, undecided);
        }
    }

    private static String axe(ChromeDriver driver, String page, AuditMode mode, Collected into) {
        Object answer = driver.executeAsyncScript(AXE_RUN, AXE_TAGS, mode.features());
        if (!(answer instanceof Map<?, ?> result)) {
            throw new AuditException("axe がページ " + page + " で結果を返しませんでした（" + mode.label() + "）: " + answer);
        }
        trusted(result, page, mode);
        if (result.containsKey("error") || !(result.get("violations") instanceof List<?> violations)) {
            throw new AuditException("axe がページ " + page + " で終わりませんでした（" + mode.label() + "）: " + result.get("error"));
        }
        into.title = String.valueOf(result.get("title"));
        for (Object v : violations) {
            Map<?, ?> rule = (Map<?, ?>) v;
            List<String> criteria = criteria((List<?>) rule.get("tags"));
            into.checked.addAll(criteria);
            into.problems.add(new AuditResults.Problem(mode, "axe-core", String.valueOf(rule.get("id")), criteria,
                    String.valueOf(rule.get("impact")), String.valueOf(rule.get("help")),
                    ((List<?>) rule.get("targets")).stream().map(String::valueOf).toList()));
        }
        for (Object tags : (List<?>) result.get("passes")) {
            into.checked.addAll(criteria((List<?>) tags));
        }
        for (Object tags : (List<?>) result.get("incomplete")) {
            into.undecided.addAll(criteria((List<?>) tags));
        }
        return String.valueOf(result.get("version"));
    }

    private static void reflow(ChromeDriver driver, String page, AuditMode mode, Collected into) {
        Object answer = driver.executeScript(REFLOW, REFLOW_WIDTH);
        if (!(answer instanceof Map<?, ?> result) || !(result.get("problems") instanceof List<?> problems)) {
            throw new AuditException("リフローの試験がページ " + page + " で結果を返しませんでした: " + answer);
        }
        if (!"text/html".equals(result.get("type"))) {
            throw new AuditException("ページ " + page + " が HTML として配信されませんでした（" + result.get("type") + "）。");
        }
        into.checked.add("1.4.10");
        for (Object problem : problems) {
            String text = String.valueOf(problem);
            int colon = text.indexOf(": ");
            into.problems.add(new AuditResults.Problem(mode, "reflow", text.substring(0, colon), List.of("1.4.10"), "",
                    REFLOW_WIDTH + " CSS ピクセルの幅で横スクロールなしに読めること", List.of(text.substring(colon + 2))));
        }
    }

    /** Fails unless the page was served as HTML and every emulated media feature applied. */
    private static void trusted(Map<?, ?> result, String page, AuditMode mode) {
        if (!"text/html".equals(result.get("type"))) {
            throw new AuditException("ページ " + page + " が HTML として配信されませんでした（" + result.get("type") + "）。");
        }
        if (result.get("media") instanceof List<?> missed && !missed.isEmpty()) {
            throw new AuditException("表示「" + mode.label() + "」をページ " + page + " に適用できませんでした（" + missed
                    + "）。ブラウザーが CDP Emulation.setEmulatedMedia に対応しているか確かめてください。");
        }
    }

    private static List<String> criteria(List<?> tags) {
        return tags.stream().map(String::valueOf).map(Criterion::numberOfAxeTag).flatMap(java.util.Optional::stream)
                .distinct().toList();
    }

    private static void emulate(ChromeDriver driver, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(f -> Map.of("name", f.getKey(), "value", f.getValue())).toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", list));
    }

    private static ChromeDriver start(AuditRequest request) {
        for (Path executable : List.of(request.chromium(), request.chromedriver())) {
            if (!Files.isExecutable(executable)) {
                throw new AuditException("アクセシビリティの試験には Chromium と ChromeDriver が必要ですが、" + executable
                        + " が見つからないか、実行できません。" + INSTALL_HINT);
            }
        }
        // Selenium's CDP bindings lag Chromium; executeCdpCommand works regardless and the warning is noise.
        Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(request.chromium().toFile());
        options.addArguments(FLAGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(request.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new ChromeDriver(service, options);
        } catch (WebDriverException e) {
            throw new AuditException("Chromium を起動できませんでした（" + request.chromium() + "、" + request.chromedriver()
                    + "）: " + firstLine(e) + " Chromium と ChromeDriver の版がそろっているか確かめてください。" + INSTALL_HINT, e);
        }
    }

    private static String firstLine(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.toString()).lines().findFirst().orElse("");
    }

    /** The axe-core shipped in Deque's {@code com.deque.html.axe-core:selenium} jar. */
    private static String resourceOfAxe() {
        try (InputStream in = SiteAuditor.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new AuditException("axe-core（axe.min.js）がクラスパスにありません。"
                        + "依存関係 com.deque.html.axe-core:selenium を加えてください。");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read axe.min.js", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(SiteAuditor.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
