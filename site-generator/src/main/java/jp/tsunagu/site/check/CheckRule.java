package jp.tsunagu.site.check;

import jp.tsunagu.plan.validate.Severity;

/**
 * The rules {@code tsunagu:check} applies beyond model validation, each with a stable code in the style of the
 * validation codes ({@code E-} errors, {@code W-} warnings). A code never changes meaning; CI may rely on it.
 */
public enum CheckRule {
    /** A link inside the site points to a page or file that is not published. WCAG 2.4.4 needs working links. */
    E_LINK_BROKEN("E-LINK-BROKEN", Severity.ERROR, "Broken internal link",
            "サイト内のリンク先のページやファイルがありません。"),
    /** A link inside the site points to an anchor ({@code #…}) that its page does not have. */
    E_LINK_ANCHOR("E-LINK-ANCHOR", Severity.ERROR, "Broken anchor",
            "リンク先のページに、その見出しや場所（#…）がありません。"),
    /** A link has no text at all: a screen reader announces only "link". WCAG 2.4.4, 4.1.2. */
    E_LINK_EMPTY("E-LINK-EMPTY", Severity.ERROR, "Link without text",
            "リンクに文字がありません。"),
    /** Link text such as 「こちら」「ここ」 says nothing out of context (lists of links in screen readers). WCAG 2.4.4. */
    W_LINK_TEXT("W-LINK-TEXT", Severity.WARNING, "Link text says nothing out of context",
            "リンクの文字だけでは、どこへ行くのかが分かりません。"),
    /** An image has no alternative text. WCAG 1.1.1. */
    E_IMG_ALT("E-IMG-ALT", Severity.ERROR, "Image without alternative text",
            "画像に代わりの文章（代替テキスト）がありません。"),
    /** A page has no {@code h1} or several, or a heading skips a level. WCAG 1.3.1, 2.4.6. */
    W_HEADING_ORDER("W-HEADING-ORDER", Severity.WARNING, "Heading order",
            "見出しのレベルが飛んでいるか、ページの大見出し（h1）が1つではありません。"),
    /** A table has no header cells, so cells cannot be read with their column or row. WCAG 1.3.1. */
    E_TABLE_HEADER("E-TABLE-HEADER", Severity.ERROR, "Table without headers",
            "表に見出しのセルがありません。"),
    /** A sentence in a やさしい日本語 page is longer than the limit. */
    W_EASY_SENTENCE("W-EASY-SENTENCE", Severity.WARNING, "Long sentence in easy Japanese",
            "やさしい日本語のページに長い文があります。"),
    /** The site could not be built for a reason other than content errors (a template, the file system). */
    E_BUILD("E-BUILD", Severity.ERROR, "Site build failed",
            "サイトを作れなかったため、ページの検査ができませんでした。");

    private final String code;
    private final Severity severity;
    private final String title;
    private final String description;

    CheckRule(String code, Severity severity, String title, String description) {
        this.code = code;
        this.severity = severity;
        this.title = title;
        this.description = description;
    }

    /**
     * Gets the stable code, such as {@code E-LINK-BROKEN}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the severity findings of this rule have.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Gets a short English title, for report viewers.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets what the rule finds, in Japanese.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return code;
    }
}
