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
        sections = Checks.list(sections, "sections");
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
     * One level-2 section of a body.
     *
     * @param heading  the heading text, not null
     * @param markdown  the Markdown below the heading up to the next level-2 heading, not null
     */
    public record Section(String heading, String markdown) {
        /**
         * Validates the parts.
         *
         * @param heading  the heading text, not null
         * @param markdown  the Markdown below the heading up to the next level-2 heading, not null
         */
        public Section {
            Checks.notBlank(heading, "heading");
            Checks.notNull(markdown, "markdown");
        }
    }
}
