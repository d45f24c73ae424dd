package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.enrich.Furigana;
import jp.tsunagu.site.render.BodyLimits;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * Random and adversarial Markdown and raw HTML through the real render path: the pre-check ({@link BodyLimits}),
 * flexmark and jsoup's cleaner ({@link MarkdownRenderer}), furigana ({@link Furigana}, the enrich stage), and at the
 * end one real build of every case as a page (load → validate → render → enrich → index → publish). Inputs: deep
 * nesting of every block and inline kind, very long lines, huge tables, floods of emphasis delimiters, entities and
 * links, and texts that make regular expressions backtrack.
 * <p>
 * No stage may throw (an over-limit text gives a Japanese issue with its file and line) or hang: each case has
 * {@value #BUDGET_SECONDS} s for all stages, a bound on hangs rather than a speed test. Reproducible: case
 * {@code n} is made from seed {@code tsunagu.fuzz.seed + n} (default 20261206), printed with any failure;
 * {@code -Dtsunagu.fuzz.cases=N} runs more (default 60) and {@code -Dtsunagu.fuzz.seed=random} explores new ones.
 */
class RenderFuzzTests {
    private static final int BUDGET_SECONDS = 30;
    private static final String HEAD = "---\ntype: page\nid: fuzz-%s\ntitle: 試験ページ%s\n---\n\n";

    @TempDir
    static Path dir;

    /** Bodies of the cases, by file, and which of them the pre-check refused. */
    private static final Map<String, String> bodies = new TreeMap<>();
    private static final List<String> refused = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> every_case_passes_each_stage_or_is_refused_with_its_file_and_line() {
        Furigana furigana = new Furigana(null);
        Stream<DynamicTest> cases = seeds().mapToObj(seed -> {
            String body = new Fuzzer(seed).body();
            String file = "pages/fuzz-" + Long.toUnsignedString(seed) + ".md";
            String text = HEAD.formatted(Long.toUnsignedString(seed), Long.toUnsignedString(seed)) + body;
            return dynamicTest("seed " + seed + " (" + body.length() + " characters)", () -> assertTimeoutPreemptively(
                    Duration.ofSeconds(BUDGET_SECONDS), () -> {
                        List<ValidationIssue> issues = BodyLimits.checkText(file, text);
                        long lines = text.lines().count();
                        assertThat(issues).as("seed " + seed).allSatisfy(i -> {
                            assertThat(i.file()).isEqualTo(file);
                            assertThat(i.line()).isBetween(7, (int) lines);
                            assertThat(i.code()).isIn(ValidationCode.E_BODY_NESTING, ValidationCode.E_BODY_MARKUP);
                            assertThat(i.message()).doesNotContain("Exception").doesNotContain("Error");
                        });
                        bodies.put(file, text);
                        if (!issues.isEmpty() || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 2 * 1024 * 1024) {
                            // refused here, or by the loader (E-FILE-SIZE)
                            refused.add(file);
                            return;
                        }
                        String html = MarkdownRenderer.standard().toHtml(body);
                        String plain = Jsoup.parseBodyFragment(html).text();
                        furigana.rubies(plain.length() > 20_000 ? plain.substring(0, 20_000) : plain);
                    }, () -> "seed " + seed + ": more than " + BUDGET_SECONDS + " s"));
        });
        return Stream.concat(cases, Stream.of(dynamicTest("one build of every case: refused ones named, the rest published",
                RenderFuzzTests::buildEveryCase)));
    }

    private static void buildEveryCase() {
        ContentFixture all = ContentFixture.project(dir.resolve("all"));
        bodies.forEach(all::file);
        Throwable thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(all.writeProject(), dir.resolve("all-site"))));
        if (refused.isEmpty()) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(ContentErrorException.class);
            assertThat(((ContentErrorException) thrown).report().issues()).extracting(ValidationIssue::file)
                    .containsAll(refused);
        }
        ContentFixture accepted = ContentFixture.project(dir.resolve("accepted"));
        bodies.forEach((file, text) -> {
            if (!refused.contains(file)) {
                accepted.file(file, text);
            }
        });
        Path site = SiteGenerator.build(BuildRequest.of(accepted.writeProject(), dir.resolve("accepted-site"))).outputDirectory();
        bodies.keySet().stream().filter(f -> !refused.contains(f)).forEach(f -> assertThat(
                site.resolve(f.replace(".md", ".html"))).as(f).isRegularFile());
        assertThat(site.resolve("search/index.json")).isRegularFile();
        assertThat(Files.isDirectory(site.resolve("pages"))).isTrue();
    }

    private static LongStream seeds() {
        String configured = System.getProperty("tsunagu.fuzz.seed", "20261206");
        long base = configured.equals("random") ? new Random().nextLong() : Long.parseLong(configured);
        int cases = Integer.getInteger("tsunagu.fuzz.cases", 60);
        return LongStream.range(0, cases).map(n -> base + n);
    }

    /** Makes one body from a seed: a few fragments, each of a kind and a size chosen at random. */
    private static final class Fuzzer {
        private static final int[] SIZES = {3, 31, 32, 33, 200, 499, 501, 3000, 20_000};
        private static final String NOISE = "*_~`[]()<>&!#|\\-+=:;/\"' \n\nあ漢字ｱ　";
        private final Random random;

        Fuzzer(long seed) {
            this.random = new Random(seed);
        }

        String body() {
            StringBuilder b = new StringBuilder("本文です。\n\n");
            int fragments = 1 + random.nextInt(3);
            for (int i = 0; i < fragments; i++) {
                int n = SIZES[random.nextInt(SIZES.length)];
                b.append(KINDS.get(random.nextInt(KINDS.size())).apply(new int[] {n, random.nextInt()})).append("\n\n");
            }
            return b.toString();
        }

        private static final List<Function<int[], String>> KINDS = List.of(
                a -> ">".repeat(a[0]) + " 引用\n",
                a -> "> ".repeat(a[0]) + "引用\n",
                a -> { StringBuilder b = new StringBuilder(); for (int i = 0; i < Math.min(a[0], 1000); i++) {
                    b.append("  ".repeat(i)).append("- 項目\n"); } return b.toString(); },
                a -> "- ".repeat(a[0]) + "項目\n",
                a -> "1. ".repeat(a[0]) + "項目\n",
                a -> "> - ".repeat(a[0]) + "項目\n",
                a -> "*a ".repeat(a[0]) + "x" + " b*".repeat(a[0]),
                a -> "**a ".repeat(a[0]) + "x" + " b**".repeat(a[0]),
                a -> "_a ".repeat(a[0]) + "x" + " b_".repeat(a[0]),
                a -> "~~a ".repeat(a[0]) + "x" + " b~~".repeat(a[0]),
                a -> "[".repeat(a[0]) + "x" + "](u)".repeat(a[0]),
                a -> "![".repeat(a[0]) + "x" + "](u.png)".repeat(a[0]),
                a -> "[".repeat(a[0] * 10) + "x",
                a -> "*".repeat(a[0]) + "x" + "*".repeat(a[0]),
                a -> "_".repeat(a[0] * 5),
                a -> "`a ``b ".repeat(a[0]),
                a -> "&amp;&#x3042;&#12354;&bogus;".repeat(a[0]),
                a -> "[リンク](https://example.jp/a_b?c=d&e=f) ".repeat(a[0]),
                a -> "https://example.jp/" + "a.".repeat(a[0]) + " ",
                a -> "<div>".repeat(a[0]) + "x" + "</div>".repeat(a[0]),
                a -> "<details><summary>s</summary>".repeat(a[0]) + "x",
                a -> "a <span>".repeat(a[0]) + "x" + "</span>".repeat(a[0]),
                a -> "<em>".repeat(a[0]) + "x",
                a -> "<table><tr><td>".repeat(Math.min(a[0], 3000)) + "x",
                a -> "<a href=\"".repeat(a[0]) + "x",
                a -> "<!--".repeat(a[0]) + "x",
                a -> "<script>alert(1)</script><img src=x onerror=alert(1)>".repeat(Math.min(a[0], 500)),
                a -> "漢字の読み方を確認します。".repeat(a[0] * 5),
                a -> "あ".repeat(a[0] * 50),
                a -> "|" + "a|".repeat(Math.min(a[0], 2000)) + "\n|" + "-|".repeat(Math.min(a[0], 2000)) + "\n|" + "x|".repeat(Math.min(a[0], 2000)) + "\n",
                a -> { StringBuilder b = new StringBuilder("|年度|件数|\n|-|-|\n"); for (int i = 0; i < a[0]; i++) {
                    b.append("|令和").append(i).append("年度|**").append(i).append("**|\n"); } return b.toString(); },
                a -> "```\n" + "<div>*[&".repeat(a[0]) + "\n```\n",
                a -> "\\".repeat(a[0] * 5) + "*",
                a -> "# " + "#".repeat(a[0]) + " 見出し\n",
                a -> ("見出し\n" + "=".repeat(a[0]) + "\n"),
                a -> { Random r = new Random(a[1]); StringBuilder b = new StringBuilder(); for (int i = 0; i < a[0] * 3; i++) {
                    b.append(NOISE.charAt(r.nextInt(NOISE.length()))); } return b.toString(); });
    }
}
