package jp.tsunagu.site.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.UnhandledAlertException;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuiltSites;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.browser.Browser;
import jp.tsunagu.site.browser.BrowserTest;
import jp.tsunagu.site.browser.StaticServer;

/**
 * "Nothing in content can run script in a reader's browser." A site is built by the real pipeline from content
 * full of XSS payloads — in Markdown bodies, in front-matter values that every template shows (titles, summaries,
 * the basic principle in every footer, glossary terms, indicator names inside the SVG chart), in a file name,
 * and as template syntax — and every page is opened in Chromium. Each payload would set {@code window.__xss} (or
 * call {@code alert}) if it ran; a hook installed before any page script counts that, every Content-Security-Policy
 * violation, and then inspects the DOM as Chromium parsed it: no event-handler attribute, no script but the
 * site's own files and JSON-LD data, no frame, object, base or refresh, no {@code javascript:}/{@code data:} URL,
 * no inline style.
 * <p>
 * Payloads with a {@code javascript:} or {@code data:} URL are not here: the loader refuses them before any page
 * is written ({@code E-LINK-SCHEME}, see {@link FaultCatalogueTests}), and the renderer strips them too
 * ({@code MarkdownRendererTests}).
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class XssTests {
    /** Markup payloads: each sets window.__xss to its own name if it ever runs. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script'</script>",
            "<img src=x onerror=\"window.__xss='img-onerror'\">",
            "<svg onload=\"window.__xss='svg-onload'\"><script>window.__xss='svg-script'</script></svg>",
            "<svg><animate onbegin=\"window.__xss='animate'\" attributeName=x dur=1s></animate></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss='mxss'\"></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss='noscript'>\"></p></noscript>",
            "<details open ontoggle=\"window.__xss='ontoggle'\"><summary>s</summary></details>",
            "<input autofocus onfocus=\"window.__xss='autofocus'\">",
            "<body onload=\"window.__xss='body'\">",
            "<iframe srcdoc=\"<script>parent.__xss='srcdoc'</script>\"></iframe>",
            "<style>*{background:url(x)}</style><link rel=stylesheet href=x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=x\"><base href=\"https://evil.example/\">",
            "<form action=\"x\"><button formaction=\"y\">送信</button></form>",
            "<a href=\"x\" onclick=\"window.__xss='onclick'\" onmouseover=\"window.__xss='onmouseover'\">リンク</a>",
            "<span style=\"position:fixed;inset:0\" onpointerenter=\"window.__xss='pointer'\">覆い</span>",
            "<img src=x onerror=&#119;indow.__xss=&#39;entity&#39;>",
            "&lt;script&gt;window.__xss='escaped'&lt;/script&gt;",
            "<scr<script>ipt>window.__xss='nested'</scr</script>ipt>",
            "<!--><script>window.__xss='comment'</script>-->",
            "<![CDATA[<script>window.__xss='cdata'</script>]]>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<template><script>window.__xss='template'</script></template>",
            "<xmp><script>window.__xss='xmp'</script></xmp>",
            "<textarea><script>window.__xss='textarea'</script></textarea>");

    /** Payloads for front-matter values: each breaks out of a place a template might put text. */
    static final List<String> VALUE_PAYLOADS = List.of(
            "<script>window.__xss='fm-script'</script>",
            "\"><img src=x onerror=window.__xss='fm-attr'>",
            "'><img src=x onerror=window.__xss='fm-sq'>",
            "</title><script>window.__xss='fm-title'</script>",
            "</script><script>window.__xss='fm-jsonld'</script>",
            "]]><script>window.__xss='fm-cdata'</script>",
            "</text><script>window.__xss='fm-svg'</script>");

    /** Template syntax: must come out as the very text that was written. */
    static final String TEMPLATE_SYNTAX = "${7*7} <#assign x=1> [=7*7] {{7*7}} #{7*7} <@l.page></@l.page>";

    /** A free page whose file name tries to break out of the href it is written into. */
    static final String HOSTILE_NAME = "pages/x'onmouseover='window.__xss=1'&amp;.md";

    private static final String HOOK = """
            window.__xss = undefined;
            window.__violations = [];
            window.alert = window.confirm = window.prompt = function (m) { window.__xss = 'dialog:' + m; };
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
            });
            """;

    /** Pokes every element as a reader would (pointer, focus, toggle), then reports what ran and what the DOM holds. */
    private static final String INSPECT = """
            for (const el of document.querySelectorAll('body *')) {
              for (const type of ['mouseover', 'pointerenter', 'focus', 'toggle', 'animationstart', 'load', 'error']) {
                try { el.dispatchEvent(new Event(type)); } catch (e) { }
              }
            }
            const found = [];
            for (const el of document.querySelectorAll('*')) {
              for (const a of el.attributes) {
                const name = a.name.toLowerCase();
                const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.startsWith('on')) found.push('handler ' + el.tagName + ' ' + name);
                if (name === 'style') found.push('style attribute on ' + el.tagName);
                if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'].includes(name)
                    && (value.startsWith('javascript:') || value.startsWith('data:') || value.startsWith('vbscript:')))
                  found.push('url ' + el.tagName + ' ' + name + '=' + a.value);
              }
              const tag = el.tagName.toLowerCase();
              if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet', 'style'].includes(tag)) found.push('element ' + tag);
              if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('meta refresh');
              if (tag === 'script' && el.type !== 'application/ld+json'
                  && !(el.src && new URL(el.src).origin === location.origin && new URL(el.src).pathname.includes('/assets/')))
                found.push('script ' + (el.src || el.textContent.slice(0, 60)));
              if (tag === 'link' && el.rel === 'stylesheet' && new URL(el.href).origin !== location.origin) found.push('foreign stylesheet');
            }
            return {xss: String(window.__xss), violations: window.__violations.slice(), found: found,
                    csp: !!document.querySelector('meta[http-equiv="Content-Security-Policy"]')};
            """;

    @TempDir
    static Path dir;
    static Path site;
    static StaticServer server;

    @BeforeAll
    static void buildASiteFullOfPayloads() {
        String markdown = String.join("\n\n", PAYLOADS) + "\n\n" + TEMPLATE_SYNTAX + "\n";
        ContentFixture content = ContentFixture.project(dir.resolve("project"))
                .replace("plan.md", "title: 試験市情報化推進計画", "title: " + yaml("試験市情報化推進計画" + VALUE_PAYLOADS.get(3)))
                .replace("plan.md", "basic_principle: 協働・共創のためのデジタルシフトの推進",
                        "basic_principle: " + yaml("協働" + VALUE_PAYLOADS.get(0) + VALUE_PAYLOADS.get(4) + TEMPLATE_SYNTAX))
                .replace("plan.md", "市民サービスの向上を図ります。", "市民サービスの向上を図ります。\n\n" + markdown)
                .replace("initiatives/online-shinsei.md", "title: 行政手続のオンライン化", "title: " + yaml("オンライン化" + VALUE_PAYLOADS.get(1)))
                .replace("initiatives/online-shinsei.md", "summary: 申請や届出をオンラインで行えるようにします。",
                        "summary: " + yaml("申請" + VALUE_PAYLOADS.get(2)))
                .replace("initiatives/online-shinsei.md", "name: 電子申請の件数", "name: " + yaml("件数" + VALUE_PAYLOADS.get(6)))
                .replace("initiatives/online-shinsei.md", "unit: 件", "unit: " + yaml("件" + VALUE_PAYLOADS.get(5)))
                .replace("initiatives/online-shinsei.md", "手続のオンライン化を進めます。", markdown)
                .replace("glossary/ict.md", "term: ICT", "term: " + yaml("ICT" + VALUE_PAYLOADS.get(0)) + "\naliases: [" + yaml(VALUE_PAYLOADS.get(1)) + "]")
                .replace("glossary/ict.md", "情報通信技術のことです。", markdown)
                .replace("ooda/online-shinsei/2021-07-01-form.md", "title: 申請フォームの見直し", "title: " + yaml("見直し" + VALUE_PAYLOADS.get(1)))
                .replace("ooda/online-shinsei/2021-07-01-form.md", "入力の途中でやめる人が多い。", markdown)
                .replace("departments/joho-seisaku.md", "name: 情報政策課", "name: " + yaml("情報政策課" + VALUE_PAYLOADS.get(2)))
                .replace("governance/honbu.md", "head: 市長", "head: " + yaml("市長" + VALUE_PAYLOADS.get(1)))
                .replace("action-plans/2021/_index.md", "title: 令和3年度アクションプラン", "title: " + yaml("令和3年度" + VALUE_PAYLOADS.get(3)))
                .replace("references/kuni-doko.md", "title: 国の動向", "title: " + yaml("国の動向" + VALUE_PAYLOADS.get(0)) + "\nkind: " + yaml(VALUE_PAYLOADS.get(1)))
                .replace("references/kuni-doko.md", "国の情報化施策の動きをまとめた資料です。", markdown)
                .replace("pages/about.md", "title: このサイトについて", "title: " + yaml("このサイトについて" + VALUE_PAYLOADS.get(4)))
                .replace("pages/about.md", "試験用のサイトです。", markdown)
                .file(HOSTILE_NAME, "---\ntype: page\nid: hostile\ntitle: " + yaml(VALUE_PAYLOADS.get(2)) + "\n---\n\n" + markdown);
        site = SiteGenerator.build(BuildRequest.of(content.writeProject(), dir.resolve("site"))).outputDirectory();
        server = StaticServer.serve(site);
    }

    @AfterAll
    static void stopServing() {
        if (server != null) {
            server.close();
        }
    }

    /** A YAML single-quoted scalar: any text, {@code '} doubled. */
    static String yaml(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static List<String> pages(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @BrowserTest
    void no_payload_runs_on_any_page_in_chromium(Browser browser) {
        List<String> pages = pages(site);
        assertThat(pages).hasSizeGreaterThan(15).contains("index.html", "initiatives/online-shinsei.html", "glossary.html",
                "pages/x'onmouseover='window.__xss=1'&amp;.html");
        Object hook = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK)).get("identifier");
        List<String> problems = new ArrayList<>();
        try {
            for (String page : pages) {
                browser.open(server.uriOf(page));
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) browser.driver().executeScript(INSPECT);
                    if (!"undefined".equals(r.get("xss"))) {
                        problems.add(page + ": a payload ran: " + r.get("xss"));
                    }
                    if (!((List<?>) r.get("violations")).isEmpty()) {
                        problems.add(page + ": Content-Security-Policy violations: " + r.get("violations"));
                    }
                    if (!((List<?>) r.get("found")).isEmpty()) {
                        problems.add(page + ": unsafe markup in the DOM: " + r.get("found"));
                    }
                    if (!Boolean.TRUE.equals(r.get("csp"))) {
                        problems.add(page + ": no Content-Security-Policy");
                    }
                } catch (UnhandledAlertException e) {
                    problems.add(page + ": a dialog opened: " + e.getAlertText());
                }
            }
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", hook));
        }
        System.out.println("[xss] " + pages.size() + " pages opened in Chromium, " + PAYLOADS.size() + " markup payloads in 7 bodies, "
                + VALUE_PAYLOADS.size() + " value payloads in front matter, 1 hostile file name");
        assertThat(problems).isEmpty();
    }

    @Test
    void front_matter_values_and_template_syntax_come_out_as_the_text_written() {
        Document home = parse(site.resolve("index.html"));
        assertThat(home.title()).contains("試験市情報化推進計画</title><script>window.__xss='fm-title'</script>");
        assertThat(home.selectFirst("footer").text()).contains(VALUE_PAYLOADS.get(0), VALUE_PAYLOADS.get(4), TEMPLATE_SYNTAX);
        Document initiative = parse(site.resolve("initiatives/online-shinsei.html"));
        assertThat(initiative.selectFirst("h1").text()).contains("オンライン化" + VALUE_PAYLOADS.get(1));
        String raw = read(site.resolve("initiatives/online-shinsei.html"));
        assertThat(raw).as("the SVG chart escapes the indicator's name and unit")
                .contains("件数&lt;/text&gt;&lt;script&gt;", "件]]&gt;&lt;script&gt;")
                .doesNotContain("</text><script>", "]]><script>");
        // in a body, Markdown has its say (*7* is emphasis), but FreeMarker never evaluates what content wrote
        assertThat(initiative.select(".prose").text()).contains("<#assign x=1>", "[=7*7]", "#{7*7}", "${7", "{{7",
                "<script>window.__xss='escaped'</script>").doesNotContain("49");
        assertThat(initiative.select(".prose script, .prose img[onerror], .prose svg, .prose iframe, .prose style")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void every_page_of_the_real_sites_carries_the_policy_and_nothing_inline(String name) {
        checkEveryPage(BuiltSites.site(name));
    }

    @Test
    void every_page_of_the_payload_site_carries_the_policy_and_nothing_inline() {
        checkEveryPage(site);
    }

    /** The policy is the first thing after the charset, and no template emits inline script, style or handlers. */
    static void checkEveryPage(Path root) {
        List<String> problems = new ArrayList<>();
        for (String page : pages(root)) {
            Document d = parse(root.resolve(page));
            Element csp = d.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            if (csp == null) {
                problems.add(page + ": no Content-Security-Policy");
                continue;
            }
            String policy = csp.attr("content");
            if (!policy.contains("default-src 'self'") || !policy.contains("script-src 'self'") || !policy.contains("style-src 'self'")
                    || !policy.contains("object-src 'none'") || !policy.contains("base-uri 'none'") || policy.contains("unsafe-")) {
                problems.add(page + ": weak policy " + policy);
            }
            if (csp.elementSiblingIndex() > 1) {
                problems.add(page + ": the policy comes after other elements of head");
            }
            d.select("script").stream().filter(s -> !s.hasAttr("src") && !"application/ld+json".equals(s.attr("type")))
                    .forEach(s -> problems.add(page + ": inline script"));
            d.select("style").forEach(s -> problems.add(page + ": <style> element"));
            d.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                if (a.getKey().startsWith("on") || a.getKey().equals("style")) {
                    problems.add(page + ": " + a.getKey() + " attribute on <" + e.tagName() + ">");
                }
            }));
        }
        assertThat(problems).isEmpty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
