package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.browser.Axe;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * axe as the audit installs it ({@link SiteAuditor#installedAxe}: its Color class's private fields kept on each colour
 * instead of in WeakMaps, its colour parsing memoised) computes exactly what the shipped axe computes, in a real
 * Chromium: every rule of the audit's tags, every result type with every node's check data (the foreground and
 * background colours, contrast ratios, reasons a colour could not be told), on a page of colour situations — opaque,
 * translucent and blended backgrounds, opacity, text shadow, a gradient, an overlapping box, links in text, a data
 * table, colours written as hsl() in radians and color-mix() — in the light, dark and forced-colors modes.
 * <p>
 * Tagged {@link BrowserTest}: it starts Chromium, so failsafe runs it with the other browser tests.
 */
@BrowserTest
class SiteAuditorColourFieldsTests {

    /** Runs axe with every result type; the answer without the run's time and address, as JSON text. */
    private static final String RUN_ALL = """
            const [tags] = arguments;
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}})
              .then(result => done(JSON.stringify(['violations', 'passes', 'incomplete', 'inapplicable']
                  .map(type => result[type]))))
              .catch(error => done('error ' + error));
            """;

    /** How many own symbol properties a new Color has: its private fields, when they are kept on it. */
    private static final String FIELDS_ON_A_COLOUR =
            "return Object.getOwnPropertySymbols(new axe.commons.color.Color(10, 20, 30, 0.5)).length;";

    @TempDir
    Path site;

    @Test
    void theShippedAxeIsChangedOnlyWhereItsColoursKeepTheirFields() {
        String axe = Axe.source();
        String installed = SiteAuditor.withColourFields(axe);

        assertThat(installed).isNotEqualTo(axe).contains("Symbol('tsunagu private field')");
        // Six fields (r, g, b, red, green, blue) and the private method's brand left the WeakMaps and the WeakSet.
        assertThat(count(axe, "new WeakMap") - count(installed, "new WeakMap")).isEqualTo(6);
        assertThat(count(axe, "new WeakSet") - count(installed, "new WeakSet")).isEqualTo(1);
        // A source without those stores (another axe build) is left as it is.
        assertThat(SiteAuditor.withColourFields("var x=(a=new WeakMap,b=new WeakSet,c);"))
                .isEqualTo("var x=(a=new WeakMap,b=new WeakSet,c);");
    }

    @Test
    void axeWithItsColourFieldsOnTheColoursComputesWhatTheShippedAxeComputes() throws IOException {
        writeColourPage(site);
        try (StaticServer server = StaticServer.serve(site); Browser browser = Browser.start()) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(1));
            for (Map<String, String> mode : java.util.List.of(AuditMode.LIGHT.features(), AuditMode.DARK.features(),
                    AuditMode.FORCED_COLORS.features())) {
                browser.emulateMedia(mode);
                browser.open(server.uriOf("index.html"));
                browser.driver().executeScript(Axe.source());
                assertThat(browser.driver().executeScript(FIELDS_ON_A_COLOUR)).as("the shipped axe keeps no field on a colour")
                        .isEqualTo(0L);
                String shipped = String.valueOf(browser.driver().executeAsyncScript(RUN_ALL, SiteAuditor.AXE_TAGS));

                browser.open(server.uriOf("index.html"));
                browser.driver().executeScript(SiteAuditor.installedAxe(Axe.source()));
                assertThat(browser.driver().executeScript(FIELDS_ON_A_COLOUR)).as("the installed axe keeps 7 on a colour")
                        .isEqualTo(7L);
                String installed = String.valueOf(browser.driver().executeAsyncScript(RUN_ALL, SiteAuditor.AXE_TAGS));

                assertThat(shipped).as("axe's results in mode %s", mode).startsWith("[[")
                        .contains("\"color-contrast\"", "\"contrastRatio\"", "\"bgColor\"", "\"link-in-text-block\"");
                if (!mode.containsKey("forced-colors")) {
                    // Forced colours drop background images: the gradient is told only in the other modes.
                    assertThat(shipped).contains("bgGradient");
                }
                assertThat(installed).as("the installed axe's results in mode %s", mode).isEqualTo(shipped);
            }
        }
    }

    /**
     * Writes a page of colour situations and its style sheet (light, with a dark scheme) to a folder, for the tests of
     * axe as the audit installs it.
     *
     * @param site the folder, not null
     * @throws IOException if a file cannot be written
     */
    static void writeColourPage(Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="utf-8"><title>色</title>
                <link rel="stylesheet" href="colours.css"></head>
                <body><main><h1>色のいろいろ</h1>
                <p>ふつうの文字。<a href="#a">文中のリンク</a>と<a class="faint" href="#b">見分けにくいリンク</a>。</p>
                <p class="grey">薄い灰色の文字。</p>
                <div class="tint"><p>半透明の背景の上の文字。</p><p class="grey">半透明の背景の上の薄い文字。</p></div>
                <div class="faded"><p>不透明度を下げた箱の文字。</p></div>
                <p class="shadow">影のある文字。</p>
                <p class="gradient">グラデーションの上の文字。</p>
                <div class="stage"><p>重なった箱の下の文字。</p><div class="cover"></div></div>
                <p class="hsl">hsl で書いた色。</p>
                <p class="mix">color-mix で混ぜた色。</p>
                <p class="blend">乗算で重ねた文字。</p>
                <p class="big">大きな太い文字。</p>
                <table><caption>表</caption><tr><th>項目</th><th>値</th></tr><tr class="row"><td>一</td><td>1</td></tr>
                <tr><th></th><td>2</td></tr></table>
                <button type="button" class="pale">薄いボタン</button>
                </main></body></html>
                """, UTF_8);
        Files.writeString(site.resolve("colours.css"), """
                body { background: #fff; color: #222; }
                a { color: #222; text-decoration: none; }
                a.faint { color: #3a3a3a; }
                .grey { color: #aaa; }
                .tint { background: rgba(0, 0, 128, 0.3); }
                .faded { opacity: 0.5; background: #eee; }
                .shadow { color: #ddd; text-shadow: 0 0 2px #000; }
                .gradient { background-image: linear-gradient(#fff, #333); }
                .stage { position: relative; }
                .cover { position: absolute; top: 0; left: 0; width: 50%; height: 1em; background: rgba(255, 0, 0, 0.4); }
                .hsl { color: hsl(3.5rad 40% 60%); background: hsl(0.1turn 30% 90%); }
                .mix { color: color-mix(in srgb, #777 60%, #fff); }
                .blend { background: #ccc; mix-blend-mode: multiply; color: #555; }
                .big { font-size: 24px; font-weight: bold; color: #888; }
                .row { background: #f4f4f4; }
                .pale { color: #999; background: #eee; }
                @media (prefers-color-scheme: dark) {
                  body { background: #111; color: #eee; }
                  a { color: #eee; }
                  .grey { color: #444; }
                  .tint { background: rgba(255, 255, 0, 0.2); }
                  .row { background: #222; }
                }
                """, UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
