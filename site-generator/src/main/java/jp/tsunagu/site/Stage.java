package jp.tsunagu.site;

/**
 * The stages of a build, in the order they run ({@link SiteGenerator#build(BuildRequest, SiteGenerator.Changes)}
 * runs each once, in this order, and times each under its own name). Errors are labelled with the stage they came
 * from. An update of the development server runs LOAD, VALIDATE, ASSEMBLE, RENDER (the changed pages only), LINKS
 * and PUBLISH (those pages' files only).
 */
public enum Stage {
    /** Files → front matter and Markdown with source locations. */
    LOAD("load"),
    /** Every content problem at once, with file, line and fix. */
    VALIDATE("validate"),
    /** The content's commits, read from Git: last-updated dates and what changed. */
    HISTORY("history"),
    /**
     * The page list: the open data (its files are listed on a page; they are written in PUBLISH), cross-links
     * viewpoint ↔ initiative ↔ indicator ↔ OODA ↔ review, glossary links, each page's history page, each page's
     * language versions, and the check that no two pages or files share an address.
     */
    ASSEMBLE("assemble"),
    /** HTML through JBake, flexmark and FreeMarker. */
    RENDER("render"),
    /** The search index and the 五十音順 keyword index (さくいん), rendered like every other page. */
    INDEX("index"),
    /** Links that leave the site, read back from every page written (furigana variants repeat their page's links). */
    LINKS("links"),
    /** The furigana variant of every rendered page. */
    ENRICH("enrich"),
    /** Open data, plan.json, feed, sitemap, theme assets; the atomic swap of the staging folder. */
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
