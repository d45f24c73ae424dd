package jp.tsunagu.site.index;

import java.util.List;

/**
 * A rendered page to index: where it is, its title and the labels of its breadcrumbs (without the page itself).
 *
 * @param path  the page's path from the site root, such as {@code initiatives/open-data.html}, not null
 * @param title  the title, not null
 * @param breadcrumbs  the labels from the home page down, not null, may be empty
 */
public record SearchPage(String path, String title, List<String> breadcrumbs) {
    /**
     * Copies the parts.
     *
     * @param path  the page's path from the site root, such as {@code initiatives/open-data.html}, not null
     * @param title  the title, not null
     * @param breadcrumbs  the labels from the home page down, not null, may be empty
     */
    public SearchPage {
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(title, "title");
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
