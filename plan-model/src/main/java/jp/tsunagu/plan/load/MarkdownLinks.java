package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link and image destinations a Markdown body writes, with the file line of each, and tells which of
 * them use a scheme that must never reach a reader's browser ({@code javascript:}, {@code data:} …).
 * <p>
 * Read: inline links and images {@code [text](url)}, reference definitions {@code [ref]: url}, autolinks
 * {@code <scheme:…>}, and the URL attributes of raw HTML tags ({@code href}, {@code src}, {@code action} …).
 * Fenced code blocks and code spans are skipped, since they are shown as text. A destination is read the way
 * a browser would see it: HTML character references ({@code jav&#x61;script:}) and Markdown backslash escapes
 * are decoded, tabs and line breaks dropped, leading control characters and spaces stripped.
 * <p>
 * An allow-list, not a block-list: a destination with any scheme but {@code https}, {@code http}, {@code mailto}
 * and {@code tel} is refused. The site generator's HTML sanitiser applies the same list, so nothing this misses
 * is ever written into a page.
 */
final class MarkdownLinks {
    /** The schemes a link may use; relative links have none. */
    static final Set<String> ALLOWED_SCHEMES = Set.of("https", "http", "mailto", "tel");

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^\\s)>]+)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:\\s*<?([^\\s>]+)");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*)>");
    private static final Pattern TAG = Pattern.compile("<[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)(?:^|[\\s\"'/])(href|src|srcset|action|formaction"
            + "|xlink:href|poster|background|data|cite|longdesc|lowsrc|dynsrc|ping)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern REFERENCE_ENTITY = Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("colon", ":"), Map.entry("tab", "\t"),
            Map.entry("newline", "\n"), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("sol", "/"), Map.entry("lpar", "("),
            Map.entry("rpar", ")"), Map.entry("period", "."), Map.entry("nbsp", "\u00a0"), Map.entry("num", "#"),
            Map.entry("excl", "!"), Map.entry("quest", "?"), Map.entry("equals", "="), Map.entry("percnt", "%"));

    private MarkdownLinks() {
    }

    /**
     * A destination as written and the file line it stands on.
     *
     * @param destination  the destination as written, not null
     * @param line  the 1-based file line
     */
    record Link(String destination, int line) {
    }

    /**
     * Finds every destination of a body.
     *
     * @param body  the Markdown body, not null
     * @param firstLine  the file line the body starts on
     * @return the destinations in order of position, not null
     */
    static List<Link> find(String body, int firstLine) {
        String text = withoutCode(body);
        List<int[]> found = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE, AUTOLINK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(new int[] {m.start(1), m.end(1)});
            }
        }
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            Matcher a = URL_ATTRIBUTE.matcher(tags.group());
            while (a.find()) {
                int start = tags.start() + a.start(2);
                int end = tags.start() + a.end(2);
                boolean quoted = a.group(2).startsWith("\"") || a.group(2).startsWith("'");
                found.add(quoted ? new int[] {start + 1, end - 1} : new int[] {start, end});
            }
        }
        found.sort(Comparator.comparingInt((int[] r) -> r[0]));
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks.add(i);
            }
        }
        List<Link> links = new ArrayList<>();
        for (int[] r : found) {
            int before = java.util.Collections.binarySearch(breaks, r[0]);
            links.add(new Link(text.substring(r[0], r[1]), firstLine + (before < 0 ? -before - 1 : before)));
        }
        return links;
    }

    /**
     * Tells which scheme a destination uses, if it is not allowed.
     *
     * @param destination  a destination as written, not null
     * @return the scheme in lower case, such as {@code javascript}; empty for an allowed or relative destination
     */
    static Optional<String> refusedScheme(String destination) {
        String seen = asBrowserReads(destination);
        Matcher m = SCHEME.matcher(seen);
        if (!m.find()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return ALLOWED_SCHEMES.contains(scheme) ? Optional.empty() : Optional.of(scheme);
    }

    /** Decodes character references and backslash escapes, drops tabs and line breaks, strips leading controls. */
    static String asBrowserReads(String destination) {
        String s = destination;
        // "&amp;#x61;" decodes to "&#x61;", which a second pass would turn into "a": decode until nothing changes.
        for (int round = 0; round < 4; round++) {
            String decoded = BACKSLASH_ESCAPE.matcher(decodeReferences(s)).replaceAll("$1");
            if (decoded.equals(s)) {
                break;
            }
            s = decoded;
        }
        s = LINE_BREAK_OR_TAB.matcher(s).replaceAll("");
        int i = 0;
        while (i < s.length() && (s.charAt(i) <= 0x20 || s.charAt(i) == 0x7f || s.charAt(i) == '\u00a0' || s.charAt(i) == '\u3000')) {
            i++;
        }
        return s.substring(i);
    }

    private static String decodeReferences(String s) {
        Matcher m = REFERENCE_ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                try {
                    int cp = Integer.parseInt(hex ? name.substring(2) : name.substring(1), hex ? 16 : 10);
                    replacement = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\ufffd";
                } catch (NumberFormatException e) {
                    replacement = m.group();
                }
            } else {
                replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The body with fenced code blocks and code spans blanked out, line breaks kept so offsets keep their lines. */
    private static String withoutCode(String body) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length());
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            boolean blank = fence != null;
            if (f.matches()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                    blank = true;
                } else if (marker.startsWith(fence) && isBareFence(line, fence.charAt(0))) {
                    fence = null;
                }
            }
            out.append(blank ? " ".repeat(line.length()) : line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return blankCodeSpans(out);
    }

    /**
     * Blanks code spans: a run of backticks up to the next run of the same length in the same paragraph. A run
     * without a partner is text, as in CommonMark. Linear: each run is looked at a bounded number of times.
     */
    private static String blankCodeSpans(StringBuilder text) {
        List<int[]> runs = new ArrayList<>(); // start, length, paragraph
        Map<Integer, java.util.ArrayDeque<Integer>> byLength = new java.util.HashMap<>();
        int paragraph = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAfter(text, i)) {
                paragraph++;
            } else if (c == '`') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '`') {
                    end++;
                }
                byLength.computeIfAbsent(end - i, k -> new java.util.ArrayDeque<>()).add(runs.size());
                runs.add(new int[] {i, end - i, paragraph});
                i = end - 1;
            }
        }
        int r = 0;
        while (r < runs.size()) {
            int[] open = runs.get(r);
            java.util.ArrayDeque<Integer> same = byLength.get(open[1]);
            while (!same.isEmpty() && same.peekFirst() <= r) {
                same.pollFirst();
            }
            Integer partner = same.peekFirst();
            if (partner == null || runs.get(partner)[2] != open[2]) {
                r++;
                continue;
            }
            int[] close = runs.get(partner);
            for (int k = open[0]; k < close[0] + close[1]; k++) {
                if (text.charAt(k) != '\n') {
                    text.setCharAt(k, ' ');
                }
            }
            r = partner + 1;
        }
        return text.toString();
    }

    private static boolean blankLineAfter(CharSequence text, int newline) {
        int k = newline + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n';
    }

    private static boolean isBareFence(String line, char marker) {
        return line.strip().chars().allMatch(c -> c == marker);
    }
}
