package jp.tsunagu.site.assemble;

import java.util.List;

/**
 * The values templates read. Every value is ready to print: text already formatted for readers, hrefs relative
 * to the site root (templates prefix {@code page.root}), HTML fragments already rendered and escaped. Missing
 * values are empty strings or empty lists, never null, so templates need no null checks.
 * <p>
 * All types are immutable and thread-safe.
 */
public final class Views {
    private Views() {
    }

    /** A link: its text and its href from the site root. */
    public record Link(String label, String href) {
    }

    /** What every page knows about itself. */
    public record PageContext(String title, String description, String path, String root, List<Link> breadcrumbs,
            String section, String lang, String updated) {
    }

    /** What every page knows about the site. */
    public record SiteContext(String title, String municipality, String principle, List<Link> nav, String baseUrl,
            String generator) {
    }

    /** A rendered body section with its heading and anchor. */
    public record Section(String heading, String id, String html) {
    }

    /** A short card for a viewpoint. */
    public record ViewpointCard(String code, String name, String summary, String href, int initiatives) {
    }

    /** A short card for an initiative. */
    public record InitiativeCard(String id, String title, String summary, String href, String status,
            String department, List<Link> viewpoints, String period) {
    }

    /** A part of the plan's structure. */
    public record Part(String name, String summary, String href) {
    }

    /** The home page. */
    public record Home(String principle, String vision, String purposeHtml, List<Part> parts,
            List<ViewpointCard> viewpoints, List<Link> actionPlans, List<Link> pages, String adopted,
            String parentPlan) {
    }

    /** The basic policy page. */
    public record Policy(String adopted, String parentPlan, List<String> legalBases, String principle, String vision,
            List<Section> sections, List<Revision> revisions) {
    }

    /** A revision of the basic policy. */
    public record Revision(String date, String dateIso, String summary) {
    }

    /** A viewpoint page. */
    public record ViewpointView(String code, String name, String summary, String descriptionHtml,
            List<InitiativeCard> initiatives, Link previous, Link next) {
    }

    /** One row of an indicator's table. */
    public record SeriesRow(String year, String baseline, String target, String actual, String progress,
            String achieved) {
    }

    /** One decision about a target, for its history. */
    public record TargetChange(String year, String value, String decided, String decidedIso, String note) {
    }

    /** An indicator with its chart and data table. */
    public record IndicatorView(String id, String name, String unit, String direction, String chartSvg,
            List<SeriesRow> rows, List<TargetChange> history) {
    }

    /** An initiative's row in one year's action plan, seen from the initiative. */
    public record EntryView(String year, String href, String rating, String direction, List<Section> sections) {
    }

    /** A step of an OODA cycle. */
    public record Step(String label, String date, String dateIso, String html) {
    }

    /** An OODA cycle. */
    public record CycleView(String id, String title, String level, String decidedBy, boolean requiresRevision,
            List<Step> steps, Link initiative, List<Link> reviews, String anchorHref) {
    }

    /** An initiative page. */
    public record InitiativeView(String id, String title, String summary, String status, String department,
            String period, List<Link> viewpoints, List<Section> sections, List<IndicatorView> indicators,
            List<EntryView> entries, List<CycleView> cycles, List<Link> reviews) {
    }

    /** One row of an action plan's table. */
    public record ActionPlanRow(Link initiative, List<Link> viewpoints, String department, String rating,
            String direction, List<String> actuals) {
    }

    /** A rating grade. */
    public record Grade(String code, String label, String description) {
    }

    /** A fiscal year's action plan, whole or filtered by viewpoint or department. */
    public record ActionPlanView(String year, String title, String published, String publishedIso,
            String overviewHtml, List<ActionPlanRow> rows, List<Link> viewpointFilters, List<Link> departmentFilters,
            String filter, Link all, List<Grade> scale) {
    }

    /** An annual review. */
    public record ReviewView(String year, String reviewed, String reviewedIso, String reviewedBy,
            List<Section> sections, List<CycleView> cycles) {
    }

    /** A progress status: its label, the glyph that tells it by shape, and its CSS name. */
    public record StatusView(String label, String glyph, String slug) {
    }

    /** An initiative's status in a fiscal year and its change since the year before, on the progress pages. */
    public record ProgressRow(Link initiative, StatusView status, String computed, String reason, String changeGlyph,
            String change, String department) {
    }

    /** A group (a year, a viewpoint, a department) with its count of each status and its rolled-up status. */
    public record CountRow(Link group, List<Integer> counts, int total, StatusView status) {
    }

    /** A progress page of a fiscal year: its summary, or a filtered and paged list of its initiatives. */
    public record ProgressView(String year, List<StatusView> statuses, CountRow total, String chartSvg,
            List<CountRow> byViewpoint, List<CountRow> byDepartment, List<ProgressRow> rows, String rowsHeading,
            List<Link> statusFilters, List<Link> viewpointFilters, List<Link> departmentFilters, String filter, Link all,
            Pager pager, Link actionPlan, Link review, boolean summary) {
    }

    /** The progress overview: each fiscal year's counts, newest last; empty before any result is published. */
    public record ProgressOverview(List<StatusView> statuses, List<CountRow> years, String chartSvg, String latest,
            Link latestLink) {
    }

    /** The progress of the year an annual review looks back on: its counts and what changed since the year before. */
    public record ReviewProgress(List<StatusView> statuses, CountRow total, Link progress, List<Link> added,
            List<Link> removed, List<String> changes, List<String> directions) {
    }

    /** A governance body in the structure. */
    public record GovernanceNode(String id, String name, String shortName, String kind, String head, String roleHtml,
            List<GovernanceNode> children) {
    }

    /** The governance page. */
    public record GovernanceView(List<GovernanceNode> roots, List<String> summary) {
    }

    /** A glossary term. */
    public record TermView(String id, String term, String reading, List<String> aliases, String footnote,
            String html, List<Link> usedBy) {
    }

    /** Glossary terms under one 五十音 row heading, such as あ行. */
    public record TermGroup(String heading, String id, List<TermView> terms) {
    }

    /** A reference material. */
    public record ReferenceView(String id, String title, String kind, String url, String published,
            String publishedIso, String html) {
    }

    /**
     * Where one page of a list split into pages ({@link Paging}) stands: its number of all, the previous and next
     * pages (empty hrefs at the ends) and the page numbers to offer (the first, the last and those near this one;
     * a number of 0 marks a gap). A list on one page has a pager of 1 of 1, which shows nothing.
     *
     * @param current  this page's number, from 1
     * @param total  the number of pages
     * @param items  the number of items in the whole list
     * @param previous  the previous page, an empty href on the first
     * @param next  the next page, an empty href on the last
     * @param pages  the page numbers to link, in order, not null
     */
    public record Pager(int current, int total, int items, Link previous, Link next, List<PageNumber> pages) {
    }

    /**
     * One page number of a {@link Pager}.
     *
     * @param number  the number, 0 for a gap between numbers shown
     * @param href  the page, empty for a gap
     * @param current  whether it is the page shown
     */
    public record PageNumber(int number, String href, boolean current) {
    }

    /** A group of links, for lists and the site map. */
    public record LinkGroup(String heading, List<Link> links) {
    }

    /** One file of the open data, for the open-data page. */
    public record DataFileView(String name, String href, String format, String size, String title, String description) {
    }

    /** The open-data page: the licence (empty when none was given), where it comes from, and every file. */
    public record OpenDataView(String licenseName, String licenseUrl, String licenseSource, String encoding, String code,
            List<DataFileView> files) {
    }
}
