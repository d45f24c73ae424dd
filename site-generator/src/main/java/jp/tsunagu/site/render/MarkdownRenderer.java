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

/**
 * Converts the Markdown body of a content file to HTML with flexmark, the way GitHub does for the
 * parts the plan uses.
 * <p>
 * Supported: CommonMark, GitHub tables, {@code ~~strikethrough~~}, bare URLs as links (ending at the
 * first non-ASCII character, as Japanese prose puts no space after them), and an {@code id} on every heading so that a heading can be linked to. Ids keep Japanese text as it is
 * ({@code ## 計画の目的} gets {@code id="計画の目的"}); spaces, including the full-width space, become
 * {@code -}; other punctuation is dropped; a repeated id gets {@code -1}, {@code -2}, ….
 * Raw HTML in the Markdown is shown as text, not passed through. Example:
 * <pre>{@code
 * String html = MarkdownRenderer.standard().toHtml("## 計画の目的\n\n本計画は…");
 * }</pre>
 * One parser and one HTML renderer are built once and reused for every document.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MarkdownRenderer {

    private static final MarkdownRenderer STANDARD = new MarkdownRenderer(options());

    private final Parser parser;
    private final HtmlRenderer renderer;

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
        return renderer.render(parser.parse(markdown));
    }

    private static DataHolder options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), AutolinkBoundary.create()))
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_\u3000")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .toImmutable();
    }
}
