package jp.tsunagu.site.history;

import java.util.List;

import jp.tsunagu.site.assemble.Views.Link;

/**
 * The values the history templates read, ready to print like those of {@code Views}: dates already written
 * for readers, hrefs from the site root, missing values as empty strings or lists.
 * <p>
 * All types are immutable and thread-safe.
 */
public final class HistoryViews {
    private HistoryViews() {
    }

    /**
     * What every page shows about its content's history, under the page's main content.
     *
     * @param updated  the last-updated date for readers, empty without history
     * @param updatedIso  the same date as {@code YYYY-MM-DD}, empty without history
     * @param href  the page's history page, empty without history
     * @param related  other history pages, such as the comparison with the previous year
     */
    public record PageHistory(String updated, String updatedIso, String href, List<Link> related) {
    }

    /** One commit in a list, with the first files it changed and how many more. */
    public record CommitView(String date, String dateIso, String subject, String shortId, List<String> files,
            int moreFiles) {
    }

    /** A page's history: the commits that changed its content files. */
    public record PageHistoryView(Link page, List<String> files, List<CommitView> commits, String note) {
    }

    /** A revision of the plan. */
    public record RevisionView(String date, String dateIso, String summary) {
    }

    /** The site's history: the plan's revisions, the yearly comparisons and the latest commits. */
    public record SiteHistoryView(String adopted, List<RevisionView> revisions, List<Link> comparisons,
            List<CommitView> commits, boolean more, String note) {
    }

    /** One target set or changed. */
    public record TargetChangeView(Link initiative, String indicator, String year, String before, String after,
            String decided, String decidedIso, String note) {
    }

    /**
     * An action plan compared with the previous year's; on a large plan one page of several ({@link jp.tsunagu.site.assemble.Paging#ROWS}
     * added, removed and changed items each per page), with the counts of the whole comparison.
     */
    public record ChangesView(String year, String previousYear, Link current, Link previous, int previousCount,
            int currentCount, List<Link> added, List<Link> removed, List<TargetChangeView> targets, int addedCount,
            int removedCount, int targetCount, jp.tsunagu.site.assemble.Views.Pager pager) {
    }
}
