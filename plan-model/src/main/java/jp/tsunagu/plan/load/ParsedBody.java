package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.plan.MarkdownBody;

/**
 * What a content file's Markdown body gives the binding, worked out from the file alone: its sections, its level-2
 * headings with their lines, and the links whose scheme is refused. The loader makes it with the file's read and YAML
 * parse, on all processors, so that binding (which goes file after file) only checks the headings against the
 * file's type; the issues are raised where they were, in the same order.
 *
 * @param body  the body split at its headings, not null
 * @param headings  each level-2 heading with its file line, in order, not null
 * @param refused  each link whose scheme is refused, with its file line, in order, not null
 */
record ParsedBody(MarkdownBody body, List<MarkdownSections.Heading> headings, List<Refused> refused) {
    /**
     * A link with a refused scheme.
     *
     * @param scheme  the scheme in lower case, not null
     * @param line  the 1-based file line
     */
    record Refused(String scheme, int line) {
    }

    ParsedBody {
        headings = List.copyOf(headings);
        refused = List.copyOf(refused);
    }

    static ParsedBody of(FrontMatter fm) {
        List<MarkdownSections.Heading> headings = new ArrayList<>();
        MarkdownBody body = MarkdownSections.parse(fm.body(), fm.bodyLine(), headings);
        List<Refused> refused = new ArrayList<>();
        for (MarkdownLinks.Link link : MarkdownLinks.find(fm.body(), fm.bodyLine())) {
            MarkdownLinks.refusedScheme(link.destination()).ifPresent(scheme -> refused.add(new Refused(scheme, link.line())));
        }
        return new ParsedBody(body, headings, refused);
    }
}
