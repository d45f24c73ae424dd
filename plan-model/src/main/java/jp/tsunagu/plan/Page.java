package jp.tsunagu.plan;

import java.util.List;

/**
 * A free page of the plan's site, such as an explanation of the OODA loop.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param title  the title, not null
 * @param order  display order
 * @param glossary  ids of glossary terms used, not null, may be empty
 * @param body  the body, not null
 */
public record Page(String id, String title, int order, List<String> glossary, MarkdownBody body) {
    /**
     * Validates and copies the parts.
     *
     * @param id  the id, not null
     * @param title  the title, not null
     * @param order  display order
     * @param glossary  ids of glossary terms used, not null, may be empty
     * @param body  the body, not null
     */
    public Page {
        Checks.id(id, "page id");
        Checks.notBlank(title, "title");
        glossary = Checks.list(glossary, "glossary");
        Checks.notNull(body, "body");
    }
}
