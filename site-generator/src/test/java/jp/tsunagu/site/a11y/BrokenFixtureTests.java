package jp.tsunagu.site.a11y;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * Tests of the tests: the very routines that audit the real sites ({@link SiteAudit}) must catch pages broken
 * on purpose, or their silence on the real sites would prove nothing. The main fixture is a small plan (the shared
 * content fixture with a free page お知らせ; the checks open only its home page and that page, so the sample city's
 * hundreds of pages would prove nothing more) built by the real pipeline with a project template {@code page.ftlh}
 * that adds an image without alt text, low-contrast text, a link taken out of the Tab order and a box too wide for
 * 320 px; small hand-written pages cover the other keyboard and reflow checks.
 */
@BrowserTest
class BrokenFixtureTests {

    /** The free page rendered through the broken {@code page.ftlh}, with a Japanese file name. */
    private static final String BROKEN = "pages/お知らせ.html";
    /** A page from another template, which the breakage must not touch. */
    private static final String CLEAN = "index.html";

    private static final String BROKEN_TEMPLATE = """
            <#import "layout.ftlh" as l>
            <@l.page>
            <h1>${content.page.title}</h1>
            <p><img src="${content.page.root}assets/photo.svg" width="120" height="80"></p>
            <p class="faint">薄い灰色で書かれた、読みにくいお知らせ。</p>
            <p><a href="${content.page.root}index.html" tabindex="-1">Tab キーでは届かないリンク</a></p>
            <div class="too-wide">幅が 40rem に固定された箱</div>
            <@l.sections content.sections/>
            </@l.page>
            """;

    private static final String BROKEN_CSS = """

            /* Deliberately broken for the test of the tests: 1.9:1 contrast in both schemes; wider than 320 px. */
            .faint { color: #b8b8b8; background: #ffffff; }
            .too-wide { width: 40rem; }
            """;

    @TempDir
    static Path work;

    private static Path brokenSite;

    @BeforeAll
    static void buildTheBrokenSite() throws IOException {
        Path project = ContentFixture.project(work)
                .file(PublishedAuditTests.OSHIRASE_PATH, PublishedAuditTests.OSHIRASE).writeProject();
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("assets"));
        Files.writeString(project.resolve("templates/page.ftlh"), BROKEN_TEMPLATE, UTF_8);
        Files.writeString(project.resolve("assets/site.css"), defaultCss() + BROKEN_CSS, UTF_8);
        Files.writeString(project.resolve("assets/photo.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#2a6"/></svg>
                """, UTF_8);
        brokenSite = SiteGenerator.build(BuildRequest.of(project, work.resolve("site"))).outputDirectory();
        assertThat(brokenSite.resolve(BROKEN)).isRegularFile();
    }

    @Test
    void axeReportsMissingAltTextAndLowContrastInEveryMode(Browser browser) {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(brokenSite)) {
            findings = SiteAudit.axe(browser, server, List.of(CLEAN, BROKEN));
        }

        assertThat(findings).extracting(Finding::page).containsOnly(BROKEN);
        for (SiteAudit.Mode mode : SiteAudit.Mode.values()) {
            assertThat(findings).filteredOn(f -> f.mode().equals(mode.toString()))
                    .as("mode %s", mode)
                    .extracting(Finding::rule)
                    .contains("image-alt (critical)", "color-contrast (serious)");
        }
        String report = Finding.report("axe on the broken fixture", findings);
        assertThat(report)
                .contains(BROKEN + " [light, JavaScript on; dark, JavaScript on; light, JavaScript off; dark, JavaScript off]"
                        + " image-alt (critical): Images must have alternative text: [img]")
                .containsPattern("color-contrast \\(serious\\): .*\\[\\.faint\\]");
    }

    @Test
    void keyboardAuditReportsALinkTakenOutOfTheTabOrder(Browser browser) {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(brokenSite)) {
            findings = SiteAudit.keyboard(browser, server, List.of(CLEAN, BROKEN));
        }

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.page()).isEqualTo(BROKEN);
            assertThat(f.rule()).isEqualTo("keyboard-unreachable");
            assertThat(f.detail()).isEqualTo("a[href=\"../index.html\"] \"Tab キーでは届かないリンク\" never receives focus from Tab");
        });
    }

    @Test
    void reflowAuditReportsABoxTooWideFor320CssPixels(Browser browser) {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(brokenSite)) {
            findings = SiteAudit.reflow(browser, server, List.of(CLEAN, BROKEN));
        }

        assertThat(findings).extracting(Finding::page).containsOnly(BROKEN);
        assertThat(findings).extracting(f -> f.mode() + ": " + f.rule()).containsExactly(
                "320 CSS px: reflow-page-scrolls", "320 CSS px: reflow-overflow",
                "320 CSS px, text 150 % with WCAG 1.4.12 spacing: reflow-page-scrolls",
                "320 CSS px, text 150 % with WCAG 1.4.12 spacing: reflow-overflow");
        assertThat(findings.get(1).detail()).startsWith("div.too-wide \"幅が 40rem に固定された箱\" spans x = ");
    }

    @Test
    void keyboardAuditReportsAHiddenSkipLinkInvisibleFocusAndUnreachableControls(Browser browser) throws URISyntaxException {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(fixtures())) {
            findings = SiteAudit.keyboard(browser, server, List.of("keyboard-traps.html", "no-skip-link.html"));
        }

        assertThat(findings).extracting(f -> f.page() + " " + f.rule() + ": " + f.detail()).containsExactlyInAnyOrder(
                "keyboard-traps.html keyboard-unreachable: a[href=\"index.html\"] \"Tab では届かないリンク\" never receives focus from Tab",
                "keyboard-traps.html keyboard-unreachable: button \"検索\" never receives focus from Tab",
                "keyboard-traps.html keyboard-focus-not-visible: a.quiet[href=\"index.html\"] \"フォーカスが見えないリンク\" (outline-style: none)"
                        + " has no visible focus outline",
                "keyboard-traps.html keyboard-skip-link-hidden: the focused skip link is not on screen",
                "no-skip-link.html keyboard-skip-link-first: the first Tab focused a[href=\"index.html\"] \"ホーム\", not the skip link");
    }

    @Test
    void reflowAuditReportsAScrollingBoxTheKeyboardCannotReachAndClippedText(Browser browser) throws URISyntaxException {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(fixtures())) {
            findings = SiteAudit.reflow(browser, server, List.of("wide-table.html"));
        }

        List<Finding> plain = findings.stream().filter(f -> f.mode().equals("320 CSS px")).toList();
        assertThat(plain).extracting(Finding::rule).containsExactlyInAnyOrder("reflow-overflow", "reflow-scroll-region");
        assertThat(plain).extracting(Finding::detail).anySatisfy(d -> assertThat(d)
                .startsWith("p \"幅が固定されていて、画面の右端で切れてしまう段落です。\" spans x = ")
                .endsWith(", cut off by overflow: hidden"));
        assertThat(plain).extracting(Finding::detail).anySatisfy(d -> assertThat(d).startsWith("div.table-wrap \"広い表"));
    }

    @Test
    void reflowAuditReportsALabelThatCannotWrapOnlyUnderLargeTextAndSpacing(Browser browser) throws URISyntaxException {
        List<Finding> findings;
        try (StaticServer server = StaticServer.serve(fixtures())) {
            findings = SiteAudit.reflow(browser, server, List.of("long-label.html"));
        }

        assertThat(findings).extracting(Finding::mode).containsOnly("320 CSS px, text 150 % with WCAG 1.4.12 spacing");
        assertThat(findings).extracting(Finding::rule).contains("reflow-page-scrolls", "reflow-overflow");
    }

    @Test
    void aMissingBrowserFailsTheTestInsteadOfSkippingIt() {
        String property = "tsunagu.chromium";
        String previous = System.getProperty(property);
        System.setProperty(property, work.resolve("no-such-chromium").toString());
        try {
            assertThatIllegalStateException().isThrownBy(Browser::start)
                    .withMessageContaining("no-such-chromium")
                    .withMessageContaining("apt-get install -y chromium chromium-driver");
        } finally {
            if (previous == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, previous);
            }
        }
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BrokenFixtureTests.class.getResource("/a11y")).toURI());
    }

    private static String defaultCss() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SiteGenerator.class.getResourceAsStream("/jp/tsunagu/site/theme/assets/site.css"), "theme site.css")) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
