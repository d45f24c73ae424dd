package jp.tsunagu.plan;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference material (資料編) behind the plan, such as the results of a residents' survey.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param title  the title, not null
 * @param kind  what kind of material, such as 調査, may be empty
 * @param url  where it is published, an absolute http(s) address, may be empty
 * @param published  when it was published, may be empty
 * @param body  a description, not null
 */
public record ReferenceMaterial(
        String id,
        String title,
        Optional<String> kind,
        Optional<URI> url,
        Optional<LocalDate> published,
        MarkdownBody body) {

    /**
     * Validates the parts.
     *
     * @param id  the id, not null
     * @param title  the title, not null
     * @param kind  what kind of material, such as 調査, may be empty
     * @param url  where it is published, an absolute http(s) address, may be empty
     * @param published  when it was published, may be empty
     * @param body  a description, not null
     */
    public ReferenceMaterial {
        Checks.id(id, "reference id");
        Checks.notBlank(title, "title");
        Checks.notNull(kind, "kind");
        Checks.notNull(url, "url");
        url.ifPresent(u -> {
            if (!u.isAbsolute() || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) {
                throw new PlanModelException("Invalid url of reference '" + id + "' (valid values: absolute http or https): '"
                        + u + "'");
            }
        });
        Checks.notNull(published, "published");
        Checks.notNull(body, "body");
    }
}
