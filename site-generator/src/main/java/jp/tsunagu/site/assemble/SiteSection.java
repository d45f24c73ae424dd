package jp.tsunagu.site.assemble;

import java.util.List;

import jp.tsunagu.site.render.Page;

/**
 * One section of the site, such as the initiatives or the glossary: the pages it makes from the plan. Making them
 * changes nothing, so a section asked twice gives the same pages twice.
 */
interface SiteSection {
    /** @return the section's pages in a stable order, not null, may be empty */
    List<Page> pages();
}
