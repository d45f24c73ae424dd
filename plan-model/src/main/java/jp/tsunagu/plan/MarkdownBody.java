package jp.tsunagu.plan;

import java.util.List;
import java.util.Optional;

/**
 * The Markdown body of a content file, kept whole and split into its level-2 ({@code ##}) sections.
 * <p>
 * For a body {@code "前書き\n## 説明\n本文"} the {@link #preamble()} is {@code 前書き} and
 * {@code section("説明")} is {@code 本文}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param markdown  the whole body as written, not null, may be empty
 * @param preamble  the text before the first section, not null, may be empty
 * @param sections  the sections in order, not null, may be empty
 */
public record MarkdownBody(String markdown, String preamble, List<Section> sections) {
    /** The empty body. */
    public static final MarkdownBody EMPTY = new MarkdownBody("", "", List.of());

    /**
     * Validates and copies the parts.
     *
     * @param markdown  the whole body as written, not null, may be empty
     * @param preamble  the text before the first section, not null, may be empty
     * @param sections  the sections in order, not null, may be empty
     */
    public MarkdownBody {
        Checks.notNull(markdown, "markdown");
        Checks.notNull(preamble, "preamble");
        String whole = markdown;
        // a section written in the body shares the body's characters instead of a copy of them (a body is held once)
        sections = Checks.list(sections, "sections").stream().map(s -> s.within(whole)).toList();
    }

    /**
     * Gets the Markdown of the section with a heading.
     *
     * @param heading  the heading text without {@code ##}, not null
     * @return the section's Markdown, empty if there is no such section
     */
    public Optional<String> section(String heading) {
        return sections.stream().filter(s -> s.heading().equals(heading)).map(Section::markdown).findFirst();
    }

    /**
     * Checks whether the body has no text.
     *
     * @return true if the body is blank
     */
    public boolean isBlank() {
        return markdown.isBlank();
    }

    /**
     * One level-2 section of a body. A section whose Markdown is written in its body as it is keeps only where it
     * stands in the body's text, so that a plan of 100,000 bodies holds each body's characters once.
     * <p>
     * This class is immutable and thread-safe.
     */
    public static final class Section {
        private final String heading;
        /** The section's Markdown, or the body's text it stands in from {@code start} to {@code end}. */
        private final String text;
        private final int start;
        private final int end;

        /**
         * Validates the parts.
         *
         * @param heading  the heading text, not null
         * @param markdown  the Markdown below the heading up to the next level-2 heading, not null
         */
        public Section(String heading, String markdown) {
            this(heading, markdown, 0, Checks.notNull(markdown, "markdown").length());
        }

        private Section(String heading, String text, int start, int end) {
            this.heading = Checks.notBlank(heading, "heading");
            this.text = text;
            this.start = start;
            this.end = end;
        }

        /** This section, sharing the characters of a body that has its Markdown. */
        Section within(String body) {
            if (text == body) {
                return this;
            }
            String markdown = markdown();
            int at = markdown.isEmpty() ? -1 : body.indexOf(markdown);
            return at < 0 ? this : new Section(heading, body, at, at + markdown.length());
        }

        /**
         * Gets the heading.
         *
         * @return the heading text, not null
         */
        public String heading() {
            return heading;
        }

        /**
         * Gets the Markdown.
         *
         * @return the Markdown below the heading up to the next level-2 heading, not null
         */
        public String markdown() {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Section s && heading.equals(s.heading) && end - start == s.end - s.start
                    && text.regionMatches(start, s.text, s.start, end - start);
        }

        @Override
        public int hashCode() {
            return 31 * heading.hashCode() + markdown().hashCode();
        }

        @Override
        public String toString() {
            return "Section[heading=" + heading + ", markdown=" + markdown() + "]";
        }
    }
}
