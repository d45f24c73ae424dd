package jp.tsunagu.plan;

import java.util.List;
import java.util.Optional;

/**
 * A body or role of the plan's governance, such as 会津若松市情報化推進本部 headed by the mayor,
 * or the CIO role held by a deputy mayor.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param name  the full name, not null
 * @param shortName  the short name, such as 推進本部, may be empty
 * @param kind  organisation, meeting or role, not null
 * @param head  the role heading or holding it, such as 市長, may be empty
 * @param parent  id of the body it reports to, may be empty
 * @param order  display order
 * @param glossary  ids of glossary terms used, not null, may be empty
 * @param body  what it does, not null
 */
public record GovernanceBody(
        String id,
        String name,
        Optional<String> shortName,
        GovernanceKind kind,
        Optional<String> head,
        Optional<String> parent,
        int order,
        List<String> glossary,
        MarkdownBody body) {

    /**
     * Validates the parts.
     *
     * @param id  the id, not null
     * @param name  the full name, not null
     * @param shortName  the short name, such as 推進本部, may be empty
     * @param kind  organisation, meeting or role, not null
     * @param head  the role heading or holding it, such as 市長, may be empty
     * @param parent  id of the body it reports to, may be empty
     * @param order  display order
     * @param glossary  ids of glossary terms used, not null, may be empty
     * @param body  what it does, not null
     */
    public GovernanceBody {
        Checks.id(id, "governance body id");
        Checks.notBlank(name, "name");
        Checks.notNull(shortName, "shortName");
        Checks.notNull(kind, "kind");
        Checks.notNull(head, "head");
        Checks.notNull(parent, "parent");
        glossary = Checks.list(glossary, "glossary");
        Checks.notNull(body, "body");
    }

    /**
     * Gets the short name, or the full name when there is none.
     *
     * @return the name to show in tight places, not null
     */
    public String displayName() {
        return shortName.orElse(name);
    }
}
