package jp.tsunagu.site;

/**
 * The stages of a build, in the order they run. Errors are labelled with the stage they came from.
 */
public enum Stage {
    /** Files → front matter and Markdown with source locations. */
    LOAD("load"),
    /** Every content problem at once, with file, line and fix. */
    VALIDATE("validate"),
    /** Cross-links: viewpoint ↔ initiative ↔ indicator ↔ OODA ↔ review, glossary links, the page list. */
    ASSEMBLE("assemble"),
    /** Last-updated dates and history pages from the content's commits; year-over-year action plan changes. */
    HISTORY("history"),
    /** HTML through JBake, flexmark and FreeMarker. */
    RENDER("render"),
    /** Variants of the rendered pages (furigana, languages). */
    ENRICH("enrich"),
    /** The search index and the 五十音順 keyword index. */
    INDEX("index"),
    /** Open data, feed, sitemap; the atomic swap of the staging folder. */
    PUBLISH("publish");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /**
     * Gets the lower-case label used in messages, such as {@code render}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
