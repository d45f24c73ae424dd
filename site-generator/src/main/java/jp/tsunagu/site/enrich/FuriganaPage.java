package jp.tsunagu.site.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

import jp.tsunagu.site.assemble.SitePaths;
import jp.tsunagu.site.files.FileBudget;

/**
 * Turns a parsed page into its furigana variant, in place:
 * <ul>
 * <li>Japanese text gets {@code <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>} from {@link Furigana}. Text
 * is read in runs that cross inline elements ({@code <a>情報</a>化} is read as 情報化); a word cut by an element
 * boundary is read again piece by piece. Nothing inside code, pre, kbd, samp, script, style, textarea, title,
 * svg, math or an existing ruby gets ruby, nor text in an element whose {@code lang} is not Japanese.</li>
 * <li>Links to pages of the site ({@code x.html}) point to their furigana variants ({@code x.furigana.html}), so the
 * reader stays in furigana mode; the toggle ({@code a[data-furigana]}) points back to the plain page and says
 * 「ふりがなをはずす」.</li>
 * </ul>
 * The page's canonical link is left pointing to the plain page.
 */
final class FuriganaPage {
    static final String OFF_LABEL = "ふりがなをはずす";

    private static final Set<String> SKIPPED = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea",
            "title", "ruby", "rt", "rp", "svg", "math", "noscript", "template", "select", "option", "head");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em",
            "i", "ins", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var");
    private static final Tag RUBY = Tag.valueOf("ruby");
    private static final Tag RP = Tag.valueOf("rp");
    private static final Tag RT = Tag.valueOf("rt");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Furigana furigana;
    private final String baseUrl;

    /**
     * @param furigana  this thread's reading finder, not null
     * @param baseUrl  the site's address ending in {@code /}, not null
     */
    FuriganaPage(Furigana furigana, String baseUrl) {
        this.furigana = furigana;
        this.baseUrl = baseUrl;
    }

    /**
     * Makes the furigana variant of a page.
     *
     * @param page  the parsed plain page, changed in place, not null
     */
    void enrich(Document page) {
        Element html = page.selectFirst("html");
        Element body = page.body();
        // one walk of the body reads its text and finds the links and forms to point to the variants; the rest of the
        // page (the head) is only looked through for links and forms
        List<Element> links = new ArrayList<>();
        linksOutside(page, body, links);
        List<TextNode> run = new ArrayList<>();
        walk(body, japanese(html != null ? html.attr("lang") : "ja"), run, links);
        flush(run);
        for (Element e : links) {
            if (e.normalName().equals("form")) {
                e.attr("action", variant(e.attr("action")));
                if (e.hasAttr("data-search")) {
                    e.attr("data-search", variant(e.attr("data-search")));
                }
            } else if (e.hasAttr("data-furigana")) {
                e.attr("href", plain(e.attr("href")));
                e.attr("data-furigana", "off");
                e.text(OFF_LABEL);
            } else if (!e.hasAttr("hreflang") || japanese(e.attr("hreflang"))) {
                // a link to a page in another language (the language switch's English) leads to that page as it is:
                // pages not in Japanese have no furigana variant
                e.attr("href", variant(e.attr("href")));
            }
        }
    }

    /**
     * Reads the text of an element's children in runs, and adds to {@code links} each {@code a[href]} and
     * {@code form[action]} among its descendants, in document order.
     */
    private void walk(Element element, boolean japanese, List<TextNode> run, List<Element> links) {
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof TextNode text) {
                if (japanese) {
                    run.add(text);
                } else {
                    flush(run);
                }
            } else if (child instanceof Element e) {
                addIfLink(e, links);
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    flush(run);
                    for (Element inside = e.firstElementChild(); inside != null; inside = inside.nextElementSibling()) {
                        linksIn(inside, links);
                    }
                    continue;
                }
                boolean inner = e.hasAttr("lang") ? japanese(e.attr("lang")) : japanese;
                if (!INLINE.contains(tag) || inner != japanese) {
                    flush(run);
                    walk(e, inner, run, links);
                    flush(run);
                } else {
                    walk(e, inner, run, links);
                }
            }
        }
    }

    /** Adds the links and forms of a part of the page the walk does not read: the element and its descendants. */
    private static void linksIn(Element element, List<Element> links) {
        addIfLink(element, links);
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            linksIn(child, links);
        }
    }

    /** Adds the links and forms outside the body: an element and its descendants, but not the body's. */
    private static void linksOutside(Element element, Element body, List<Element> links) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child != body) {
                addIfLink(child, links);
                linksOutside(child, body, links);
            }
        }
    }

    /** What {@code a[href], form[action]} selects. */
    private static void addIfLink(Element e, List<Element> links) {
        String tag = e.normalName();
        if (tag.equals("a") && e.hasAttr("href") || tag.equals("form") && e.hasAttr("action")) {
            links.add(e);
        }
    }

    /**
     * Tells whether a page is in Japanese, and so has a furigana variant.
     *
     * @param page  a parsed page, not null
     * @return true if its {@code html} element's {@code lang} is Japanese or missing
     */
    static boolean inJapanese(Document page) {
        Element html = page.selectFirst("html");
        return html == null || !html.hasAttr("lang") || japanese(html.attr("lang"));
    }

    private static boolean japanese(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT);
        return l.equals("ja") || l.startsWith("ja-");
    }

    /** Reads a run of text nodes as one text and puts the rubies into the nodes. */
    private void flush(List<TextNode> run) {
        if (run.isEmpty()) {
            return;
        }
        FileBudget.checkpoint();
        if (run.size() == 1) {
            TextNode only = run.get(0);
            run.clear();
            apply(only, furigana.rubies(only.getWholeText()));
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[run.size() + 1];
        for (int i = 0; i < run.size(); i++) {
            starts[i] = text.length();
            text.append(run.get(i).getWholeText());
        }
        starts[run.size()] = text.length();
        List<List<Furigana.Ruby>> perNode = new ArrayList<>();
        boolean[] cut = new boolean[run.size()];
        for (int i = 0; i < run.size(); i++) {
            perNode.add(new ArrayList<>());
        }
        int node = 0;
        for (Furigana.Ruby r : furigana.rubies(text.toString())) {
            while (r.start() >= starts[node + 1]) {
                node++;
            }
            if (r.end() <= starts[node + 1]) {
                perNode.get(node).add(r.shift(-starts[node]));
            } else {
                for (int k = node; k < run.size() && starts[k] < r.end(); k++) {
                    cut[k] = true;
                }
            }
        }
        for (int i = 0; i < run.size(); i++) {
            TextNode t = run.get(i);
            apply(t, cut[i] ? furigana.rubies(t.getWholeText()) : perNode.get(i));
        }
        run.clear();
    }

    private static void apply(TextNode node, List<Furigana.Ruby> rubies) {
        if (rubies.isEmpty()) {
            return;
        }
        String text = node.getWholeText();
        List<Node> parts = new ArrayList<>();
        int at = 0;
        for (Furigana.Ruby r : rubies) {
            if (r.start() > at) {
                parts.add(new TextNode(text.substring(at, r.start())));
            }
            // made from tags looked up once (by name, each element would look its tag up again; appended by name to
            // a ruby not yet in the page, each would also make a parser of its own)
            Element ruby = new Element(RUBY, null).appendText(text.substring(r.start(), r.end()));
            ruby.appendChild(new Element(RP, null).appendText("("));
            ruby.appendChild(new Element(RT, null).appendText(r.reading()));
            ruby.appendChild(new Element(RP, null).appendText(")"));
            parts.add(ruby);
            at = r.end();
        }
        if (at < text.length()) {
            parts.add(new TextNode(text.substring(at)));
        }
        Element parent = node.parent();
        parent.insertChildren(node.siblingIndex(), parts);
        node.remove();
    }

    /**
     * Gets the furigana variant of a link, if it is a link to a page of this site.
     *
     * @param href  a link as written in a page, not null
     * @return the link to the variant, or the link unchanged (other sites, files, anchors in the page)
     */
    String variant(String href) {
        int end = pathEnd(href);
        String path = href.substring(0, end);
        boolean internal = path.startsWith(baseUrl) || !SCHEME.matcher(path).matches() && !path.startsWith("//");
        if (!internal || !path.endsWith(".html") || SitePaths.isFurigana(path)) {
            return href;
        }
        return SitePaths.furigana(path) + href.substring(end);
    }

    /** @return the plain page of a variant link */
    static String plain(String href) {
        int end = pathEnd(href);
        String path = href.substring(0, end);
        return SitePaths.isFurigana(path) ? SitePaths.plainOfFurigana(path) + href.substring(end) : href;
    }

    private static int pathEnd(String href) {
        int end = href.length();
        int q = href.indexOf('?');
        int h = href.indexOf('#');
        if (q >= 0) {
            end = q;
        }
        if (h >= 0 && h < end) {
            end = h;
        }
        return end;
    }
}
