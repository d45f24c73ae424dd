package jp.tsunagu.site.assemble;

import java.util.List;

import jp.tsunagu.site.render.LazyPage;
import jp.tsunagu.site.render.Page;

/**
 * One section of the site, such as the initiatives or the glossary: the pages it makes from the plan. Making them
 * changes nothing, so a section asked twice gives the same pages twice.
 */
interface SiteSection {
    /** @return the section's pages in a stable order, not null, may be empty */
    List<Page> pages();

    /**
     * Gives the section's pages as a build keeps them ({@link LazyPage}): a section with a page per content file
     * makes those pages' values when they are rendered; any other section's pages are kept whole.
     *
     * @return the pages of {@link #pages()}, in its order, not null, may be empty
     */
    default List<LazyPage> lazyPages() {
        return LazyPage.kept(pages());
    }
}
