package jp.tsunagu.site.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a resident reads in a rendered page's {@code <main>}: tags removed, entities decoded, one line per
 * block. Inline elements join their neighbours without a space ({@code <a>情報</a>化} stays 情報化, so its
 * bigrams are those of the visible text); block elements, table cells and {@code <br>} end a line. Scripts,
 * styles, SVG charts (their data is in a table beside them), comments and furigana ({@code <rt>}, {@code <rp>})
 * are left out.
 */
public final class MainText {
    private static final Pattern SKIPPED = Pattern.compile(
            "<!--.*?-->|<(script|style|svg|rt|rp|template)\\b[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK = Pattern.compile("</?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|"
            + "tfoot|caption|section|article|aside|nav|header|footer|figure|figcaption|blockquote|pre|br|hr|main|form|"
            + "fieldset|legend|details|summary)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    /** Compiled once: this runs for every page of the site. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern NEWLINE = Pattern.compile("\n");

    private MainText() {
    }

    /**
     * Extracts the main text of a page.
     *
     * @param html  a page rendered by the theme, not null
     * @return the text, lines separated by {@code \n}, not null
     */
    public static String of(String html) {
        int open = html.indexOf("<main");
        int close = html.lastIndexOf("</main>");
        String body = open >= 0 && close > open ? html.substring(html.indexOf('>', open) + 1, close) : html;
        body = SKIPPED.matcher(body).replaceAll(" ");
        body = BLOCK.matcher(body).replaceAll("\n");
        body = TAG.matcher(body).replaceAll("");
        body = decode(body);
        StringBuilder out = new StringBuilder();
        for (String line : NEWLINE.split(body)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
