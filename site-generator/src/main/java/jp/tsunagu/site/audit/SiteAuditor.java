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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Audits a built site in a real browser, page by page, and publishes the results in the site's test report
 * ({@link TestReport}): axe-core's rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA in every
 * {@linkplain AuditMode display mode}, and reflow at {@value #REFLOW_WIDTH} CSS px (WCAG 2.1's 1.4.10) in the
 * first mode. Example:
 * <pre>{@code
 * AuditResults results = SiteAuditor.auditAndPublish(AuditRequest.of(Path.of("content/target/site")));
 * }</pre>
 * Each page is loaded once: axe is installed in every new document (CDP {@code Page.addScriptToEvaluateOnNewDocument}),
 * runs in the first mode, the viewport is narrowed for reflow (CDP {@code Emulation.setDeviceMetricsOverride}) and
 * restored, then each further mode is switched on the same load with CDP {@code Emulation.setEmulatedMedia} and
 * axe runs again; before each run the audit checks in the page that the mode's media features apply. In a further
 * mode that renders the page as the first did — the same DOM, and for every element the same boxes, sizes and
 * computed properties that axe reads other than colours ({@code axe-run.js}) — only the rules that read colours run
 * ({@link #STYLE_RULES}): no other rule can find anything it did not find in the first mode; a mode whose CSS shows,
 * hides or moves anything runs every rule again. In such a mode the colour rules also take the boxes of each element's
 * text and the stacks of elements under them from the first mode ({@link #withKeptGeometry}). axe's colour parsing is
 * memoised in the page and its colours keep their private fields on themselves instead of in WeakMaps
 * ({@link #installedAxe}); none of this changes a result. Several headless Chromiums ({@link AuditRequest#workers()})
 * take pages from one queue, the largest first, and audit the rewritten report pages after publishing too; the
 * results keep the order of the pages asked for. A page whose results are in the {@linkplain AuditRequest#cache() cache} under the same key
 * (page, assets, tools and rules: {@link AuditCache}) is not opened at all. An audit that cannot be trusted — axe
 * did not finish, a mode did not apply, a page was not served as HTML — fails with {@link AuditException} instead
 * of reporting a clean page; only pages whose audit completed are cached.
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

    /**
     * Chromium's flags. {@code --js-flags=--max-opt=1} keeps V8 to its interpreter and baseline compiler (Sparkplug):
     * every page is a new document, so axe's functions were optimised again (Maglev, TurboFan) on every page, on
     * background threads that took a third of the renderer's CPU time, more than the optimised code saved in a page's
     * four axe runs (one browser on 52 of the city's pages: 0.86 of the time, docs/testing.md). It changes how fast
     * axe's JavaScript runs, not what it computes.
     */
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=ja", "--js-flags=--max-opt=1");

    private static final String INSTALL_HINT = "Debian/Ubuntu では「bash scripts/install-browser.sh」"
            + "（または apt-get install -y chromium chromium-driver）で入れられます。"
            + "別の場所にあるときは -Dtsunagu.chromium=… -Dtsunagu.chromedriver=… で指定してください。";

    /**
     * The rules run again in a later mode even when the page renders as in the first mode: those that read colours.
     * {@code color-contrast} and {@code link-in-text-block} (axe's {@code cat.color}) compare colours;
     * {@code th-has-data-cells} asks axe whether a table is a data table, which reads its rows' background colours and
     * images. Every other rule of {@link #AXE_TAGS} reads the DOM, boxes and the computed properties that
     * {@code axe-run.js} records (AuditRenderingTests checks both lists against axe's source).
     */
    public static final List<String> STYLE_RULES = List.of("color-contrast", "link-in-text-block", "th-has-data-cells");

    private static final String AXE_RUN = resource("axe-run.js");

    private static final String COLOUR_MEMO = resource("axe-colour-memo.js");

    /** The factory of a private field's store that {@link #installedAxe} puts in axe's Color class, without its comments. */
    private static final String COLOUR_FIELDS = resource("axe-colour-fields.js").lines()
            .filter(line -> !line.startsWith("//")).collect(Collectors.joining("\n"));

    /**
     * In axe's source, the stores of the Color class's private fields as Babel compiles them: a WeakMap per field and a
     * WeakSet for its private method, assigned in one expression just before the class, whose methods include
     * {@code toHexString}.
     */
    private static final Pattern COLOUR_FIELD_STORES = Pattern.compile(
            "(?<=\\()((?:[\\w$]+=new WeakMap,){2,}[\\w$]+=new WeakSet),(?=[\\s\\S]{0,3000}?key:\"toHexString\")");

    private static final String REFLOW = resource("reflow.js");

    /** The function that keeps axe's text boxes and stacks across the modes of one load, without its comments. */
    private static final String KEPT_GEOMETRY = resource("axe-kept-geometry.js").lines()
            .filter(line -> !line.startsWith("//")).collect(Collectors.joining("\n"));

    /** The body of getVisibleChildTextRects in axe 4.11.0 as shipped ({@code axe.min.js}), memoised per run. */
    private static final String TEXT_RECTS_BODY = "var t=F(e),n=t.boundingClientRect,a=[],o=ru(t);return e.childNodes.forEach("
            + "function(e){var t,r;3!==e.nodeType||\"\"===N(e.nodeValue)||(e=e,(t=document.createRange()).selectNodeContents(e),"
            + "e=Array.from(t.getClientRects()),r=n,e.some(function(e){return!Ru(Su(e),r)}))||a.push.apply(a,w(Jc(e,o)))}),"
            + "a.length?a:Jc([n],o)";

    /** The body of getRectStack in axe 4.11.0 as shipped, after it has found the grid ({@code t}). */
    private static final String RECT_STACK_BODY = "Zc(e).map(function(e){return fs(t,e)})";

    /**
     * getVisibleChildTextRects and getRectStack of axe 4.11.0 as shipped, and as {@link #withKeptGeometry} changes them:
     * the same code, run through {@code __tsunaguKeep} ({@code axe-kept-geometry.js}).
     */
    private static final List<Map.Entry<String, String>> KEPT_GEOMETRY_CHANGES = List.of(
            Map.entry("Zc=r(function(e){" + TEXT_RECTS_BODY + "})",
                    "Zc=r(function(e){return __tsunaguKeep(\"rects\",e,function(){" + TEXT_RECTS_BODY + "})})"),
            Map.entry("var Qc=function(e){var t=Ju(e);return t?" + RECT_STACK_BODY + ":[]}",
                    "var Qc=function(e){var t=Ju(e);return t?__tsunaguKeep(\"stacks\",e,function(){return " + RECT_STACK_BODY
                            + "}):[]}"));

    /**
     * Selenium's CDP bindings lag Chromium; executeCdpCommand works regardless and the warning is noise. Held here:
     * java.util.logging keeps loggers weakly, and a level set on a collected logger is lost.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){2,}");

    private SiteAuditor() {
    }

    /**
     * Returns the script that runs axe in one mode ({@code axe-run.js}): run asynchronously with the axe tags, the
     * mode's media features, whether this is the page's first mode on its load, and {@link #STYLE_RULES}; it returns
     * {@code {type, title, media, rules, version, violations, passes, incomplete}} or {@code error}, {@code media}
     * listing the features that did not apply and {@code rules} {@code all} or {@code style} (only the style rules
     * ran: the page rendered as in its first mode).
     *
     * @return the script, not null
     */
    public static String axeRunScript() {
        return AXE_RUN;
    }

    /**
     * Returns axe-core as the audit installs it in a page: {@code axe.min.js} with the private fields of its Color class
     * kept on each colour instead of in WeakMaps ({@link #withColourFields}) and, after it, the memo of its colour
     * parsing ({@code axe-colour-memo.js}). Neither changes a result; the memo saves 40 % of color-contrast's time, and
     * the fields (in the browser's CPU time) about a quarter of what is left on a large page.
     *
     * @param axeSource {@code axe.min.js}, not null
     * @return the script, not null
     */
    public static String installedAxe(String axeSource) {
        return withKeptGeometry(withColourFields(axeSource)) + "\n;\n" + COLOUR_MEMO;
    }

    /**
     * Returns axe's source with its text boxes and stacks kept across the modes of one load: getVisibleChildTextRects
     * and getRectStack (which read the DOM, boxes and the position, stacking and overflow properties, never a colour)
     * run through {@code __tsunaguKeep} ({@code axe-kept-geometry.js}, put before axe), which {@code axe-run.js} lets
     * answer from the first mode only when the page renders as in it at the same scroll position. A source in which
     * either function is not found exactly as in axe 4.11.0 (another axe build) is returned unchanged: the audit is
     * then only slower. {@code SiteAuditorColourFieldsTests} checks that the shipped axe is changed and computes the
     * same results in every mode.
     *
     * @param axeSource {@code axe.min.js}, not null
     * @return the source, changed or not, not null
     */
    public static String withKeptGeometry(String axeSource) {
        String changed = axeSource;
        for (Map.Entry<String, String> change : KEPT_GEOMETRY_CHANGES) {
            int at = changed.indexOf(change.getKey());
            if (at < 0 || changed.indexOf(change.getKey(), at + 1) >= 0) {
                return axeSource;
            }
            changed = changed.substring(0, at) + change.getValue() + changed.substring(at + change.getKey().length());
        }
        return KEPT_GEOMETRY + "\n;\n" + changed;
    }

    /**
     * Returns axe's source with the stores of its Color class's private fields ({@code new WeakMap} per field,
     * {@code new WeakSet} for its private method) replaced by those of {@code axe-colour-fields.js}, which keep each
     * field on the colour under a symbol: the same reads and writes, without an ephemeron table entry per field per
     * colour. A source in which those stores are not found exactly once (another axe build) is returned unchanged: the
     * audit is then only slower. {@code SiteAuditorColourFieldsTests} checks that the shipped axe is changed and
     * computes the same results as without the change.
     *
     * @param axeSource {@code axe.min.js}, not null
     * @return the source, changed or not, not null
     */
    public static String withColourFields(String axeSource) {
        Matcher stores = COLOUR_FIELD_STORES.matcher(axeSource);
        if (!stores.find()) {
            return axeSource;
        }
        int start = stores.start();
        int end = stores.end(1);
        if (stores.find()) {
            return axeSource;
        }
        String assignments = Stream.of(axeSource.substring(start, end).split(","))
                .map(assignment -> assignment.substring(0, assignment.indexOf('=')) + "=F()")
                .collect(Collectors.joining(","));
        return axeSource.substring(0, start) + "(F=>(" + assignments + "))(" + COLOUR_FIELDS + ")" + axeSource.substring(end);
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
     * audits the rewritten report pages themselves in every mode.
     * <p>
     * With a cache, a run that finds nothing to test (every page, tools and rules as in the last audit) publishes
     * the results of that last audit unchanged — when it ran and when each page was tested — so the rewritten report
     * pages are the bytes audited last time and come from the cache too: such a run opens no browser at all.
     *
     * @param request what to audit, not null
     * @return the results of this run (published, unless it tested nothing and published the last audit's), not null
     * @throws AuditException if the browser is missing, the site or its report page is missing, the audit could not
     *                        be trusted, or the rewritten report page itself has a problem
     */
    public static AuditResults auditAndPublish(AuditRequest request) {
        TestReport.readPage(request.site());
        try (Browsers browsers = new Browsers(request)) {
            return auditAndPublish(request, browsers);
        }
    }

    /** {@link #auditAndPublish(AuditRequest)} with the browsers that both of its audits share. */
    private static AuditResults auditAndPublish(AuditRequest request, Browsers browsers) {
        Run run = run(request, pages(request.site()), false, browsers);
        AuditResults results = run.results();
        Optional<AuditResults> last = run.tested() > 0 ? Optional.empty()
                : run.cache().flatMap(AuditCache::published).filter(l -> l.sameFindings(run.results()));
        last.ifPresent(l -> request.progress().accept("変わったページはありません。前回の試験（" + TestReport.when(l.startedAt())
                + "）の結果を、試験結果のページにそのまま載せます。"));
        AuditResults published = last.orElse(results);
        TestReport.publish(request.site(), published);
        // The rewritten pages are audited as published: in the cache under their whole bytes, which carry this
        // audit's times, so only a run that republished the last results finds them there.
        List<String> reports = Stream.of(TestReport.PAGE, TestReport.FURIGANA_PAGE)
                .filter(page -> Files.isRegularFile(request.site().resolve(page))).toList();
        Run report = run(request.withProgress(line -> { }), reports, true, browsers);
        List<AuditResults.PageResult> failed = report.results().pages().stream().filter(p -> !p.problems().isEmpty()).toList();
        if (!failed.isEmpty()) {
            throw new AuditException("書き換えた試験結果のページ自体に問題があります（" + failed.get(0).path() + "）: "
                    + failed.get(0).problems().stream().map(p -> p.mode().label() + " " + p.rule() + " " + p.targets())
                            .collect(Collectors.joining("; ")));
        }
        if (run.cache().isPresent()) {
            try {
                run.cache().get().publish(published);
                Set<String> keys = new HashSet<>(run.keys());
                keys.addAll(report.keys());
                if (!run.keys().isEmpty()) {
                    AuditCache.retainOnly(run.cache().get().folder(), keys);
                }
            } catch (IOException e) {
                throw new AuditException("試験結果のキャッシュ " + run.cache().get().folder() + " を更新できませんでした（"
                        + jp.tsunagu.site.files.IoMessages.of(e) + "）。フォルダの権限を確かめてください。", e);
            }
        }
        return results;
    }

    /**
     * Audits the given pages of a site without writing anything to it (only to the request's cache folder).
     *
     * @param request what to audit, not null
     * @param pages   the pages, relative to the site root with {@code /} separators, not null
     * @return the results, pages in the order given, not null
     * @throws AuditException if the browser is missing or the audit could not be trusted
     */
    public static AuditResults audit(AuditRequest request, List<String> pages) {
        try (Browsers browsers = new Browsers(request)) {
            return run(request, pages, false, browsers).results();
        }
    }

    /** An audit's results, the cache keys of its pages, its cache and how many pages it tested in the browser. */
    private record Run(AuditResults results, Set<String> keys, Optional<AuditCache> cache, int tested) {
    }

    /**
     * Audits pages; {@code published} keys the test report pages by their whole bytes (after {@link TestReport#publish})
     * instead of by all but their results part ({@link AuditCache#keyOf}); the pages are audited in {@code browsers},
     * at most {@link AuditRequest#workers()} at a time.
     */
    private static Run run(AuditRequest request, List<String> pages, boolean published, Browsers browsers) {
        Path site = request.site();
        if (!Files.isDirectory(site)) {
            throw new AuditException("試験するサイト " + site + " がありません。先にサイトを作成してください（mvn -B package）。");
        }
        checkBrowser(request);
        Instant started = request.clock().instant();
        long start = System.nanoTime();
        String axeSource = resourceOfAxe();
        Optional<String> version = browserVersion(request.chromium());
        Optional<AuditCache> cache = version.isEmpty() ? Optional.empty()
                : request.cache().map(folder -> AuditCache.open(folder, site, tool(axeSource, version.get(), request.modes())));

        // The cache first: a page whose key has a trustworthy entry is not opened in the browser.
        Map<String, AuditResults.PageResult> done = new ConcurrentHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> toAudit = new ArrayList<>();
        for (String page : pages) {
            if (cache.isPresent()) {
                try {
                    String key = cache.get().keyOf(page, published);
                    keys.put(page, key);
                    Optional<AuditResults.PageResult> hit = cache.get().read(key, page);
                    if (hit.isPresent()) {
                        done.put(page, hit.get());
                        continue;
                    }
                } catch (IOException e) {
                    throw new AuditException("試験するページ " + page + " を読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
                }
            }
            toAudit.add(page);
        }
        // The largest pages first (axe's time grows with a page's size): a large page started last would leave one
        // browser working alone at the end while the others wait.
        toAudit.sort(Comparator.comparingLong((String page) -> size(site.resolve(page))).reversed());
        int workers = Math.min(request.workers(), toAudit.size());
        AuditProgress progress = new AuditProgress(request.progress(), pages.size(), toAudit.size());
        request.progress().accept(String.format("アクセシビリティの試験：%d ページ × %d 表示 + リフロー。ブラウザーで試験するのは %d ページ"
                + "（ブラウザー %d 台で並行）、前回の結果を使うのは %d ページ（%s）。", pages.size(), request.modes().size(),
                toAudit.size(), workers, pages.size() - toAudit.size(),
                cache.map(c -> "キャッシュ " + c.folder()).orElse(request.cache().isPresent()
                        ? "ブラウザーの版が分からないためキャッシュは使いません" : "キャッシュなし")));

        String[] browserName = {version.map(v -> name(request) + v).orElse("")};
        String[] axeVersion = {axeVersionOf(axeSource)};
        if (workers > 0) {
            try (AuditServer server = AuditServer.serve(site)) {
                AtomicInteger next = new AtomicInteger();
                AtomicInteger styleRuns = new AtomicInteger();
                AtomicBoolean failed = new AtomicBoolean();
                ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "tsunagu-audit");
                    t.setDaemon(true);
                    return t;
                });
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    running.add(pool.submit(() -> {
                        ChromeDriver driver;
                        try {
                            driver = browsers.take(axeSource);
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                        boolean reusable = false;
                        try {
                            synchronized (browserName) {
                                if (browserName[0].isEmpty()) {
                                    browserName[0] = name(request) + driver.getCapabilities().getBrowserVersion();
                                }
                            }
                            for (int i = next.getAndIncrement(); i < toAudit.size() && !failed.get(); i = next.getAndIncrement()) {
                                String page = toAudit.get(i);
                                Collected collected = auditPage(driver, server, page, request.modes());
                                styleRuns.addAndGet(collected.styleOnly);
                                String when = japan(request.clock().instant());
                                AuditResults.PageResult result = collected.result(page, when);
                                synchronized (axeVersion) {
                                    axeVersion[0] = collected.axeVersion;
                                }
                                done.put(page, result);
                                if (cache.isPresent()) {
                                    cache.get().write(keys.get(page), result);
                                }
                                progress.pageDone();
                            }
                            reusable = true;
                        } catch (RuntimeException | IOException e) {
                            failed.set(true);
                            throw e;
                        } finally {
                            // A browser whose page failed may be anywhere in that page's modes: it is not reused.
                            if (reusable) {
                                browsers.give(driver);
                            } else {
                                browsers.discard(driver);
                            }
                        }
                        return null;
                    }));
                }
                pool.shutdown();
                AuditException failure = null;
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        if (failure == null) {
                            failure = failure(e.getCause());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        pool.shutdownNow();
                        throw new AuditException("ブラウザーでの試験が中断されました。", e);
                    }
                }
                if (failure != null) {
                    throw failure;
                }
                if (request.modes().size() > 1) {
                    request.progress().accept(String.format("2 番目以降の表示 %d 回のうち %d 回は、描画が最初の表示と同じだったため、"
                            + "色を読む規則（%s）だけを試験しました。", toAudit.size() * (request.modes().size() - 1), styleRuns.get(),
                            String.join("、", STYLE_RULES)));
                }
            } catch (IOException e) {
                throw new AuditException("試験のためにサイトを配信できませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
            }
        }
        Instant finished = request.clock().instant();
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<AuditResults.PageResult> results = pages.stream().map(done::get).toList();
        AuditResults audit = new AuditResults(japan(started), japan(finished), millis, browserName[0], axeVersion[0], AXE_TAGS,
                REFLOW_WIDTH, request.modes(), results);
        return new Run(audit, Set.copyOf(keys.values()), cache, toAudit.size());
    }

    /** Loads a page once and audits it in every mode, with reflow on the first mode. */
    private static Collected auditPage(ChromeDriver driver, AuditServer server, String page, List<AuditMode> modes) {
        Collected collected = new Collected();
        AuditMode mode = modes.get(0);
        try {
            emulate(driver, mode.features());
            driver.get(server.uriOf(page).toString());
            for (int m = 0; m < modes.size(); m++) {
                mode = modes.get(m);
                if (m > 0) {
                    emulate(driver, mode.features());
                }
                collected.axeVersion = axe(driver, page, mode, m == 0, collected);
                if (m == 0) {
                    // Reflow on the same load: narrowing the viewport lays the page out again without reloading it.
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                            Map.of("width", REFLOW_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", false));
                    try {
                        reflow(driver, page, mode, collected);
                    } finally {
                        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                    }
                }
            }
        } catch (WebDriverException e) {
            throw new AuditException("ブラウザーでの試験がページ " + page + "（表示：" + mode.label() + "）で止まりました: "
                    + firstLine(e), e);
        }
        return collected;
    }

    /**
     * The browsers of one call of {@link #auditAndPublish} or {@link #audit}: each started when a worker first needs one
     * and set up once (axe installed in every new document, the script timeout), then handed from worker to worker, so
     * that the audit of the rewritten report pages after publishing uses the browsers that audited the site instead of
     * starting new ones. Every page is loaded afresh in either case: a browser carries nothing from one page's audit to
     * the next but its settings, and each audit serves the site at an address of its own. A browser whose audit failed
     * is quit, not handed on; all are quit when the call ends.
     */
    private static final class Browsers implements AutoCloseable {
        private final AuditRequest request;
        private final List<ChromeDriver> idle = new ArrayList<>();
        private final List<ChromeDriver> started = new ArrayList<>();

        Browsers(AuditRequest request) {
            this.request = request;
        }

        /** An idle browser, or a new one with axe ({@link #installedAxe} of {@code axeSource}) installed. */
        ChromeDriver take(String axeSource) {
            synchronized (this) {
                if (!idle.isEmpty()) {
                    return idle.remove(idle.size() - 1);
                }
            }
            ChromeDriver driver = start(request);
            synchronized (this) {
                started.add(driver);
            }
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", installedAxe(axeSource)));
            driver.manage().timeouts().scriptTimeout(request.axeTimeout());
            return driver;
        }

        synchronized void give(ChromeDriver driver) {
            idle.add(driver);
        }

        void discard(ChromeDriver driver) {
            synchronized (this) {
                started.remove(driver);
                idle.remove(driver);
            }
            quit(driver);
        }

        @Override
        public void close() {
            List<ChromeDriver> all;
            synchronized (this) {
                all = List.copyOf(started);
                started.clear();
                idle.clear();
            }
            all.parallelStream().forEach(SiteAuditor::quit);
        }
    }

    /** Ends a browser session; a failure to end it must not hide the audit's own outcome. */
    private static void quit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            Logger.getLogger(SiteAuditor.class.getName()).log(Level.FINE, "Chromium did not quit cleanly", e);
        }
    }

    private static AuditException failure(Throwable cause) {
        if (cause instanceof AuditException e) {
            return e;
        }
        if (cause instanceof IOException e) {
            return new AuditException("試験結果をキャッシュに書き込めませんでした（" + jp.tsunagu.site.files.IoMessages.of(e)
                    + "）。フォルダの権限とディスクの空きを確かめるか、-Dtsunagu.audit.cache=false で使わずに試験してください。", e);
        }
        if (cause instanceof WebDriverException e) {
            return new AuditException("ブラウザーでの試験が途中で止まりました: " + firstLine(e), e);
        }
        return new AuditException("ブラウザーでの試験が途中で止まりました: " + cause, cause);
    }

    /** Everything besides the pages that decides an audit's results, for the cache key. */
    private static String tool(String axeSource, String browserVersion, List<AuditMode> modes) {
        return String.join("\n", "browser " + browserVersion, "axe " + sha256(axeSource), "tags " + AXE_TAGS, "run " + sha256(AXE_RUN),
                "style rules " + STYLE_RULES
                        + " when a later mode renders as the first; the first mode's other problems repeated in it", "colour memo " + sha256(COLOUR_MEMO),
                "colour fields " + sha256(COLOUR_FIELDS),
                "kept geometry " + sha256(KEPT_GEOMETRY + KEPT_GEOMETRY_CHANGES), "reflow " + REFLOW_WIDTH + " " + sha256(REFLOW),
                "flags " + FLAGS, "modes " + modes.stream().map(m -> m.name() + new java.util.TreeMap<>(m.features())).toList());
    }

    /** A file's size, or 0 if it cannot be read (the browser then reports the page missing). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String japan(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime().toString();
    }

    private static String name(AuditRequest request) {
        String name = request.chromium().getFileName().toString();
        return name.contains("chrome") && !name.contains("chromium") ? "Google Chrome " : "Chromium ";
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
            throw new AuditException("試験するサイト " + site + " のページを一覧できませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
    }

    /** What the audit found on one page so far. */
    private static final class Collected {
        String title = "";
        String axeVersion = "";
        final List<AuditResults.Problem> problems = new ArrayList<>();
        final Set<String> checked = new HashSet<>();
        final Set<String> undecided = new HashSet<>();
        /** The first mode's violations of rules other than the {@link #STYLE_RULES}. */
        final List<AuditResults.Problem> firstModeOthers = new ArrayList<>();
        /** How many later modes ran only the {@link #STYLE_RULES}. */
        int styleOnly;

        AuditResults.PageResult result(String path, String testedAt) {
            return new AuditResults.PageResult(path, title, testedAt, false, problems, checked, undecided);
        }
    }

    private static String axe(ChromeDriver driver, String page, AuditMode mode, boolean first, Collected into) {
        Object answer = driver.executeAsyncScript(AXE_RUN, AXE_TAGS, mode.features(), first, STYLE_RULES);
        if (!(answer instanceof Map<?, ?> result)) {
            throw new AuditException("axe がページ " + page + " で結果を返しませんでした（" + mode.label() + "）: " + answer);
        }
        trusted(result, page, mode);
        if (result.containsKey("error") || !(result.get("violations") instanceof List<?> violations)) {
            throw new AuditException("axe がページ " + page + " で終わりませんでした（" + mode.label() + "）: " + result.get("error"));
        }
        into.title = String.valueOf(result.get("title"));
        List<AuditResults.Problem> found = new ArrayList<>();
        for (Object v : violations) {
            Map<?, ?> rule = (Map<?, ?>) v;
            List<String> criteria = criteria((List<?>) rule.get("tags"));
            into.checked.addAll(criteria);
            found.add(new AuditResults.Problem(mode, "axe-core", String.valueOf(rule.get("id")), criteria,
                    String.valueOf(rule.get("impact")), String.valueOf(rule.get("help")),
                    ((List<?>) rule.get("targets")).stream().map(String::valueOf).toList()));
        }
        if (first) {
            into.firstModeOthers.clear();
            found.stream().filter(p -> !STYLE_RULES.contains(p.rule())).forEach(into.firstModeOthers::add);
        } else if ("style".equals(result.get("rules"))) {
            // The page rendered as in the first mode: the other rules find what they found there, in this mode too.
            // In axe's order of rules (by name), as a run of every rule would list them.
            into.styleOnly++;
            into.firstModeOthers.forEach(p -> found.add(new AuditResults.Problem(mode, p.checker(), p.rule(), p.criteria(),
                    p.impact(), p.help(), p.targets())));
            found.sort(Comparator.comparing(AuditResults.Problem::rule));
        }
        into.problems.addAll(found);
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

    private static void checkBrowser(AuditRequest request) {
        for (Path executable : List.of(request.chromium(), request.chromedriver())) {
            if (!Files.isExecutable(executable)) {
                throw new AuditException("アクセシビリティの試験には Chromium と ChromeDriver が必要ですが、" + executable
                        + " が見つからないか、実行できません。" + INSTALL_HINT);
            }
        }
    }

    /**
     * Asks the browser for its version ({@code --version}, such as {@code Chromium 156.0.8078.114 built on Debian}),
     * without starting a session, so that an audit served from the cache needs no browser at all.
     */
    private static Optional<String> browserVersion(Path chromium) {
        try {
            Process process = new ProcessBuilder(chromium.toString(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Matcher m = VERSION.matcher(out);
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String axeVersionOf(String axeSource) {
        Matcher m = Pattern.compile("axe v(\\d+\\.\\d+\\.\\d+)").matcher(axeSource.substring(0, Math.min(200, axeSource.length())));
        return m.find() ? m.group(1) : "";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static ChromeDriver start(AuditRequest request) {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
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
