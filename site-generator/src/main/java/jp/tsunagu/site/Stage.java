package jp.tsunagu.site;

/**
 * The stages of a build, in the order they run ({@link SiteGenerator#build(BuildRequest, SiteGenerator.Changes)}
 * runs each once, in this order, and times each under its own name). Errors are labelled with the stage they came
 * from. An update of the development server runs LOAD, VALIDATE, ASSEMBLE, RENDER (the changed pages only), LINKS
 * and PUBLISH (those pages' files only).
 */
public enum Stage {
    /** Files → front matter and Markdown with source locations. */
    LOAD("load", "読み込み"),
    /** Every content problem at once, with file, line and fix. */
    VALIDATE("validate", "内容の確認"),
    /** The content's commits, read from Git: last-updated dates and what changed. */
    HISTORY("history", "更新履歴"),
    /**
     * The page list: the open data (its files are listed on a page; each is written into the staging folder as it
     * is made), cross-links viewpoint ↔ initiative ↔ indicator ↔ OODA ↔ review, glossary links, each page's history
     * page, each page's language versions, and the check that no two pages or files share an address.
     */
    ASSEMBLE("assemble", "ページの組み立て"),
    /** HTML through JBake, flexmark and FreeMarker. */
    RENDER("render", "ページの作成"),
    /** The search index and the 五十音順 keyword index (さくいん), rendered like every other page. */
    INDEX("index", "検索の索引"),
    /**
     * The furigana variant of every rendered page. Its parse of each page is the one the link check reads too
     * (a page's HTML is parsed once in a full build).
     */
    ENRICH("enrich", "ふりがな"),
    /**
     * Links that leave the site, read from every page written before its furigana variant (a variant repeats its
     * page's links): in a full build from the enrich stage's parse of each page, in an update from the pages written.
     */
    LINKS("links", "リンクの確認"),
    /** plan.json (the open data's), feed, sitemap, theme assets; the atomic swap of the staging folder. */
    PUBLISH("publish", "公開");

    private final String label;
    private final String title;

    Stage(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /**
     * Gets the stage's Japanese name, as the build's progress lines give it, such as {@code ページの作成}.
     *
     * @return the name, not null
     */
    public String title() {
        return title;
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
