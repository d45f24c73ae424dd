package jp.tsunagu.site.render;

import java.util.List;
import java.util.Objects;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.Stage;

/**
 * Converts the Markdown body of a content file to HTML with flexmark, the way GitHub does for the
 * parts the plan uses.
 * <p>
 * Supported: CommonMark, GitHub tables, {@code ~~strikethrough~~}, bare URLs as links (ending at the
 * first non-ASCII character, as Japanese prose puts no space after them), and an {@code id} on every heading so that a heading can be linked to. Ids keep Japanese text as it is
 * ({@code ## 計画の目的} gets {@code id="計画の目的"}); spaces, including the full-width space, become
 * {@code -}; other punctuation is dropped; a repeated id gets {@code -1}, {@code -2}, ….
 * Raw HTML in the Markdown is kept only as far as an allow-list lets it (see {@link #SAFELIST}): the whole
 * rendered fragment goes through jsoup's cleaner, so no script, style, event handler, frame, object, SVG or
 * MathML reaches a page, and a link or image keeps its address only when it is relative or uses an allowed scheme
 * ({@code https}, {@code http}, {@code mailto}, {@code tel}; an image only from the site itself). The loader already
 * refuses other schemes with {@code E-LINK-SCHEME}; this is the second line of defence. Example:
 * <pre>{@code
 * String html = MarkdownRenderer.standard().toHtml("## 計画の目的\n\n本計画は…");
 * }</pre>
 * One parser and one HTML renderer are built once and reused for every document.
 * <p>
 * This class is thread-safe; it remembers recent results (a bounded cache keyed by the text), which changes
 * nothing in what it returns.
 */
public final class MarkdownRenderer {

    /**
     * What raw HTML may keep: text-level and table markup editors use (ruby for readings, details for long notes),
     * no {@code style}, no event handler, and URLs only with the allowed schemes.
     */
    static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                    "pre", "code", "kbd", "samp", "var", "em", "strong", "b", "i", "s", "del", "ins", "mark", "small", "sup",
                    "sub", "span", "abbr", "dfn", "q", "time", "wbr", "ruby", "rt", "rp", "table", "caption", "colgroup", "col",
                    "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary", "figure", "figcaption", "a", "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("th", "align", "colspan", "rowspan", "scope")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addAttributes("code", "class")
            .addAttributes("abbr", "title")
            .addAttributes("dfn", "title")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addAttributes("span", "lang")
            .addProtocols("a", "href", "https", "http", "mailto", "tel")
            .addProtocols("img", "src", "https", "http")
            .preserveRelativeLinks(true);

    /** The stack of the thread that converts a text too deep for the caller's: reserved, used only as far as needed. */
    private static final long LARGE_STACK = 512L * 1024 * 1024;

    /** Relative links are checked against this address and then kept as written. */
    private static final String BASE_FOR_CHECKS = "https://tsunagu.invalid/";

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);

    private static final MarkdownRenderer STANDARD = new MarkdownRenderer(options());

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Results by text: a serve session re-assembles every page after each edit, and most texts did not change. */
    private final Memo memo = new Memo(24_000_000);

    private MarkdownRenderer(DataHolder options) {
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Returns the renderer with the plan's Markdown dialect, described above.
     *
     * @return the shared renderer, not null
     */
    public static MarkdownRenderer standard() {
        return STANDARD;
    }

    /**
     * Converts Markdown to an HTML fragment.
     *
     * @param markdown the Markdown text, not null, may be empty
     * @return the HTML fragment, not null, empty for empty input
     */
    public String toHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String known = memo.get(markdown);
        if (known != null) {
            return known;
        }
        String html = convert(markdown);
        memo.put(markdown, html);
        return html;
    }

    /**
     * Remembers the conversion of a text that an earlier build made (a build cache keeps it), so that {@link #toHtml}
     * returns it without converting the text again.
     *
     * @param markdown  the Markdown text, not null
     * @param html  what {@link #toHtml} returned for it, with this converter, not null
     */
    public void remember(String markdown, String html) {
        memo.put(Objects.requireNonNull(markdown, "markdown"), Objects.requireNonNull(html, "html"));
    }

    /**
     * Names the Markdown library and its version, for keys of kept conversions (the options are in this class's code).
     *
     * @return such as {@code flexmark-0.64.8.jar}, not null
     */
    public static String converterVersion() {
        java.security.CodeSource source = Parser.class.getProtectionDomain().getCodeSource();
        String location = source == null ? "" : source.getLocation().getPath();
        return location.substring(location.lastIndexOf('/', location.length() - 2) + 1) + " "
                + Parser.class.getPackage().getImplementationVersion();
    }

    /**
     * Converts on the calling thread; a text nested too deeply for its stack (which {@link BodyLimits} refuses before
     * a build renders) is converted again on a thread with a large stack, and fails as a {@link SiteException} naming
     * the start of the text if even that is not enough — never with a {@link StackOverflowError}.
     */
    private String convert(String markdown) {
        try {
            return convertHere(markdown);
        } catch (StackOverflowError e) {
            return convertOnLargeStack(markdown);
        }
    }

    private String convertOnLargeStack(String markdown) {
        java.util.concurrent.FutureTask<String> task = new java.util.concurrent.FutureTask<>(() -> convertHere(markdown));
        Thread thread = new Thread(null, task, "tsunagu-markdown-large-stack", LARGE_STACK);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            String start = markdown.strip().lines().findFirst().orElse("");
            throw new SiteException(Stage.ASSEMBLE, "Markdown の入れ子が深すぎて変換できませんでした（本文の書き出し:「"
                    + (start.length() > 40 ? start.substring(0, 40) + "…" : start) + "」）。引用（>）・リスト・強調（*）・"
                    + "かっこ（[）の入れ子を " + BodyLimits.MAX_DEPTH + " 段までにしてください。", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException(Stage.ASSEMBLE, "Markdown の変換が中断されました。", e);
        }
    }

    private String convertHere(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        if (html.isEmpty()) {
            return html;
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html, BASE_FOR_CHECKS));
        // images only from the site itself: the pages' Content-Security-Policy loads no others (no tracking pixels)
        clean.select("img[src]").forEach(img -> {
            if (!isRelative(img.attr("src"))) {
                img.removeAttr("src");
            }
        });
        clean.select("table").forEach(MarkdownRenderer::scrollable);
        clean.outputSettings(OUTPUT.clone());
        return clean.body().html();
    }

    /**
     * Puts an editor's table in a named, focusable region that scrolls sideways, as the generated tables are: a
     * table wider than a phone's screen (or than the screen at large text) then scrolls on its own instead of pushing
     * the page sideways (WCAG 1.4.10 allows this for data tables). The region is named after the table's caption, or
     * else its header cells.
     */
    private static void scrollable(org.jsoup.nodes.Element table) {
        if (table.parent() != null && table.parent().hasClass("table-wrap")) {
            return;
        }
        org.jsoup.nodes.Element caption = table.selectFirst("caption");
        String name = caption != null && !caption.text().isBlank() ? caption.text()
                : "表：" + String.join("・", table.select("tr").stream().findFirst()
                        .map(row -> row.select("th, td").eachText()).orElse(java.util.List.of()));
        table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"></div>");
        table.parent().attr("aria-label", name.length() > 80 ? name.substring(0, 79) + "…" : name);
    }

    private static boolean isRelative(String url) {
        String u = url.strip().replace('\\', '/');
        return !u.startsWith("//") && !u.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static DataHolder options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), AutolinkBoundary.create()))
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.ESCAPE_HTML, false)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_\u3000")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .toImmutable();
    }

    /**
     * The last results, up to a budget of characters (texts and results), least recently used dropped first.
     * A conversion depends only on its text, so a remembered result is always the right one.
     */
    private static final class Memo {
        private final long budget;
        private long used;
        private final java.util.LinkedHashMap<String, String> entries = new java.util.LinkedHashMap<>(256, 0.75f, true);

        Memo(long budget) {
            this.budget = budget;
        }

        synchronized String get(String markdown) {
            return entries.get(markdown);
        }

        synchronized void put(String markdown, String html) {
            long size = (long) markdown.length() + html.length();
            if (size > budget / 100) {
                return; // a huge text is not worth keeping
            }
            String old = entries.put(markdown, html);
            used += size - (old == null ? 0 : markdown.length() + old.length());
            var it = entries.entrySet().iterator();
            while (used > budget && it.hasNext()) {
                var e = it.next();
                used -= e.getKey().length() + e.getValue().length();
                it.remove();
            }
        }
    }
}
