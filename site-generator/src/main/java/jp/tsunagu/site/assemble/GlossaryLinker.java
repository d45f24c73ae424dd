package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links glossary terms in rendered HTML to their definitions: the first use of each term on a page becomes
 * a link, never inside links, headings, code or preformatted text. Longer terms win over shorter ones they
 * contain (情報格差 before 情報).
 * <p>
 * The HTML comes from our Markdown renderer, which cleans raw HTML with jsoup, so tags are well-formed and
 * neither text nor attribute values hold a raw {@code <} or {@code >}. This class is immutable and thread-safe.
 */
public final class GlossaryLinker {
    private static final Set<String> SKIP = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script",
            "style", "kbd", "samp", "abbr", "dfn");

    /** One spelling of a term and where it links. */
    public record Term(String text, String href) {
    }

    private final List<Term> terms;

    /**
     * Creates a linker.
     *
     * @param terms  the spellings to link, not null
     */
    public GlossaryLinker(List<Term> terms) {
        List<Term> sorted = new ArrayList<>(terms);
        sorted.removeIf(t -> t.text().isBlank());
        sorted.sort(Comparator.comparingInt((Term t) -> -t.text().length()).thenComparing(Term::text));
        this.terms = List.copyOf(sorted);
    }

    /**
     * Links the first use of each term.
     *
     * @param html  an HTML fragment, not null
     * @param rootPrefix  the way from the page to the site root, such as {@code ../}, not null
     * @return the fragment with links, not null
     */
    public String link(String html, String rootPrefix) {
        if (terms.isEmpty()) {
            return html;
        }
        Set<String> linked = new HashSet<>();
        StringBuilder out = new StringBuilder(html.length() + 64);
        int skipDepth = 0;
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? html.length() : lt;
            String text = html.substring(i, textEnd);
            out.append(skipDepth > 0 ? text : linkText(text, rootPrefix, linked));
            if (lt < 0) {
                break;
            }
            int gt = html.indexOf('>', lt);
            if (gt < 0) {
                out.append(html, lt, html.length());
                break;
            }
            String tag = html.substring(lt, gt + 1);
            String name = tagName(tag);
            if (SKIP.contains(name)) {
                if (tag.startsWith("</")) {
                    skipDepth = Math.max(0, skipDepth - 1);
                } else if (!tag.endsWith("/>")) {
                    skipDepth++;
                }
            }
            out.append(tag);
            i = gt + 1;
        }
        return out.toString();
    }

    private static String tagName(String tag) {
        int s = tag.startsWith("</") ? 2 : 1;
        int e = s;
        while (e < tag.length() && Character.isLetterOrDigit(tag.charAt(e))) {
            e++;
        }
        return tag.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    }

    private String linkText(String text, String root, Set<String> linked) {
        // Find, at each position, the longest term not yet linked.
        Map<Integer, Term> hits = new LinkedHashMap<>();
        boolean[] used = new boolean[text.length()];
        for (Term t : terms) {
            if (linked.contains(t.href())) {
                continue;
            }
            int at = indexOfFree(text, t.text(), used);
            if (at >= 0) {
                hits.put(at, t);
                linked.add(t.href());
                for (int k = at; k < at + t.text().length(); k++) {
                    used[k] = true;
                }
            }
        }
        if (hits.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (int at : hits.keySet().stream().sorted().toList()) {
            Term t = hits.get(at);
            sb.append(text, pos, at);
            sb.append("<a class=\"term\" href=\"").append(root).append(t.href()).append("\">")
                    .append(t.text()).append("</a>");
            pos = at + t.text().length();
        }
        sb.append(text.substring(pos));
        return sb.toString();
    }

    /** An ASCII term such as AI must not match inside a longer ASCII word such as AIZU. */
    private static boolean atWordBoundary(String text, int at, int length) {
        boolean asciiStart = isAsciiWord(text.charAt(at));
        boolean asciiEnd = isAsciiWord(text.charAt(at + length - 1));
        boolean before = at > 0 && isAsciiWord(text.charAt(at - 1));
        boolean after = at + length < text.length() && isAsciiWord(text.charAt(at + length));
        return !(asciiStart && before) && !(asciiEnd && after);
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static int indexOfFree(String text, String term, boolean[] used) {
        int from = 0;
        while (true) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return -1;
            }
            boolean free = true;
            for (int k = at; k < at + term.length(); k++) {
                if (used[k]) {
                    free = false;
                    break;
                }
            }
            if (free && atWordBoundary(text, at, term.length())) {
                return at;
            }
            from = at + 1;
        }
    }
}
