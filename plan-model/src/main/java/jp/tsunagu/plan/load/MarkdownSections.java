package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.plan.MarkdownBody;

/**
 * Splits a Markdown body at its level-2 ATX headings ({@code ## 見出し}), ignoring headings inside fenced code.
 */
final class MarkdownSections {
    private static final Pattern H2 = Pattern.compile("^ {0,3}##[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

    private MarkdownSections() {
    }

    /** A heading and the body line it stands on. */
    record Heading(String text, int line) {
    }

    static MarkdownBody parse(String markdown) {
        return parse(markdown, 1, new ArrayList<>());
    }

    /**
     * Splits the body and reports where each heading stands.
     *
     * @param markdown  the body
     * @param firstLine  the file line the body starts on
     * @param headings  receives each level-2 heading with its file line
     * @return the body
     */
    static MarkdownBody parse(String markdown, int firstLine, List<Heading> headings) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder preamble = new StringBuilder();
        List<MarkdownBody.Section> sections = new ArrayList<>();
        String heading = null;
        StringBuilder current = preamble;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
            }
            Matcher h = fence == null ? H2.matcher(line) : null;
            if (h != null && h.matches()) {
                if (heading != null) {
                    sections.add(new MarkdownBody.Section(heading, trim(current)));
                }
                heading = h.group(1).strip();
                headings.add(new Heading(heading, firstLine + i));
                current = new StringBuilder();
                continue;
            }
            current.append(line).append('\n');
        }
        if (heading != null) {
            sections.add(new MarkdownBody.Section(heading, trim(current)));
        }
        return new MarkdownBody(markdown.strip().isEmpty() ? "" : markdown.strip() + "\n", trim(preamble), sections);
    }

    private static String trim(StringBuilder sb) {
        String s = sb.toString().strip();
        return s.isEmpty() ? "" : s + "\n";
    }
}
