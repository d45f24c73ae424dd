package jp.tsunagu.site.assemble;

import java.util.regex.Pattern;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.ViewpointCode;

/**
 * Where each part of the plan is published, relative to the site root. One place decides every URL, so links
 * and pages always agree.
 */
public final class SitePaths {
    /** Runs of spaces in a heading, which become one {@code -} of its anchor. */
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    /** Characters left out of an anchor: they would need escaping in an address or an attribute. */
    private static final Pattern UNSAFE_IN_ID = Pattern.compile("[\"'<>&#%?/\\\\]");

    /** The home page. */
    public static final String HOME = "index.html";
    /** The basic policy. */
    public static final String POLICY = "policy.html";
    /** The list of viewpoints. */
    public static final String VIEWPOINTS = "viewpoints/index.html";
    /** The list of initiatives. */
    public static final String INITIATIVES = "initiatives/index.html";
    /** The list of free pages, made only when the home page cannot list them all ({@link Paging#HOME_ITEMS}). */
    public static final String PAGES = "pages/index.html";
    /** The list of action plans. */
    public static final String ACTION_PLANS = "action-plans/index.html";
    /** The list of annual reviews. */
    public static final String REVIEWS = "reviews/index.html";
    /** The progress overview (進捗状況): every fiscal year's summary. */
    public static final String PROGRESS = "progress/index.html";
    /** All OODA cycles as a timeline. */
    public static final String OODA = "ooda/index.html";
    /** The governance structure. */
    public static final String GOVERNANCE = "governance.html";
    /** The glossary. */
    public static final String GLOSSARY = "glossary.html";
    /** The reference materials (資料編). */
    public static final String REFERENCES = "references.html";
    /** The site map page. */
    public static final String SITEMAP = "sitemap.html";
    /** The page shown for a missing address. */
    public static final String NOT_FOUND = "404.html";
    /** The Atom feed. */
    public static final String FEED = "feed.xml";
    /** The model as open data. */
    public static final String PLAN_JSON = "plan.json";
    /** The open-data page: every file of the open data with its licence. */
    public static final String OPENDATA = "opendata.html";
    /** The accessibility policy (ウェブアクセシビリティ方針), added by {@code jp.tsunagu.site.audit.AccessibilityPages}. */
    public static final String ACCESSIBILITY = "accessibility/index.html";
    /** The accessibility test report (試験結果), filled by {@code tsunagu:audit}. */
    public static final String TEST_REPORT = "accessibility/test-report.html";
    /** The folder of the open data: plan.json, CSV files, datapackage.json, catalog.jsonld. */
    public static final String OPENDATA_FOLDER = "opendata";
    /** The style sheet. */
    public static final String CSS = "assets/site.css";
    /** The end of a page's furigana variant, in the page's folder: {@code x.html} → {@code x.furigana.html}. */
    public static final String FURIGANA_SUFFIX = ".furigana.html";
    /** The end of a page's speech text, in the page's folder: {@code x.html} → {@code x.speech.json}. */
    public static final String SPEECH_SUFFIX = ".speech.json";

    private SitePaths() {
    }

    /**
     * @param code  the viewpoint
     * @return its page
     */
    public static String viewpoint(ViewpointCode code) {
        return "viewpoints/" + code.letter() + ".html";
    }

    /**
     * @param id  the initiative id
     * @return its page
     */
    public static String initiative(String id) {
        return "initiatives/" + id + ".html";
    }

    /**
     * @param year  the fiscal year
     * @return its action plan page
     */
    public static String actionPlan(FiscalYear year) {
        return "action-plans/" + year.year() + "/index.html";
    }

    /**
     * @param year  the fiscal year
     * @param code  a viewpoint
     * @return the action plan filtered by the viewpoint
     */
    public static String actionPlanByViewpoint(FiscalYear year, ViewpointCode code) {
        return "action-plans/" + year.year() + "/viewpoint-" + code.letter() + ".html";
    }

    /**
     * @param year  the fiscal year
     * @param department  a department id
     * @return the action plan filtered by it
     */
    public static String actionPlanByDepartment(FiscalYear year, String department) {
        return "action-plans/" + year.year() + "/department-" + department + ".html";
    }

    /**
     * @param year  the fiscal year
     * @param page  the page of the list of initiatives, from 1
     * @return the year's progress page: its summary and the first initiatives, or a later page of the initiatives
     *         ({@link #paged}: {@code progress/2023/page/2.html})
     */
    public static String progress(FiscalYear year, int page) {
        return paged("progress/" + year.year() + "/index.html", page);
    }

    /**
     * @param year  the fiscal year
     * @param filter  the filter, such as {@code status-deterioration}, {@code viewpoint-A} or {@code department-somu}
     * @param page  the page, from 1
     * @return the year's initiatives that pass the filter
     */
    public static String progressFiltered(FiscalYear year, String filter, int page) {
        return paged("progress/" + year.year() + "/" + filter + ".html", page);
    }

    /**
     * @param year  the fiscal year
     * @return its annual review page
     */
    public static String review(FiscalYear year) {
        return "reviews/" + year.year() + ".html";
    }

    /**
     * @param name  the content file's base name, which may be Japanese
     * @return the free page
     */
    public static String page(String name) {
        return "pages/" + name + ".html";
    }

    /**
     * Gets the address of one page of a list split into pages ({@link Paging}). The first page keeps the list's own
     * address; page k (k ≥ 2) is {@code page/k.html} in the list's folder ({@code initiatives/index.html} →
     * {@code initiatives/page/2.html}) or in a folder named after the list's file ({@code viewpoints/A.html} →
     * {@code viewpoints/A/page/2.html}, {@code sitemap.html} → {@code sitemap/page/2.html}).
     *
     * @param first  the list's first page, such as {@code initiatives/index.html}, not null
     * @param number  the page number, from 1
     * @return the page's path, not null
     * @throws IllegalArgumentException if the number is below 1 or the path is no HTML page
     */
    public static String paged(String first, int number) {
        if (number < 1 || !first.endsWith(".html")) {
            throw new IllegalArgumentException("No page " + number + " of " + first + " (valid: a *.html list, number ≥ 1)");
        }
        if (number == 1) {
            return first;
        }
        String folder = first.endsWith("/index.html") ? first.substring(0, first.length() - "index.html".length())
                : first.substring(0, first.length() - ".html".length()) + "/";
        return folder + "page/" + number + ".html";
    }

    /**
     * Tells whether a page is the second or a later page of a list split into pages ({@link #paged}).
     *
     * @param path  a page path, not null
     * @return true for {@code …/page/k.html}
     */
    public static boolean isLaterPage(String path) {
        return path.matches(".+/page/[0-9]+\\.html");
    }

    /**
     * @param id  a glossary term id
     * @return its anchor on the glossary page
     */
    public static String term(String id) {
        return GLOSSARY + "#term-" + id;
    }

    /**
     * Gets the way from a page back to the site root.
     *
     * @param path  a page path such as {@code initiatives/x.html}
     * @return {@code ""}, {@code "../"}, {@code "../../"} …
     */
    public static String root(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * Tells whether a file is the furigana variant of a page.
     *
     * @param path  a path or file name, such as {@code a/x.furigana.html}, not null
     * @return true for a variant
     */
    public static boolean isFurigana(String path) {
        return path.endsWith(FURIGANA_SUFFIX);
    }

    /**
     * Gets the path of a page's furigana variant, which sits beside it, so its relative links need no change and
     * Japanese file names keep working ({@code お知らせ.html} → {@code お知らせ.furigana.html}).
     *
     * @param path  an HTML page, such as {@code a/x.html}, not null
     * @return the variant's path, such as {@code a/x.furigana.html}
     * @throws IllegalArgumentException if the path is no plain HTML page
     */
    public static String furigana(String path) {
        if (!path.endsWith(".html") || isFurigana(path)) {
            throw new IllegalArgumentException("Not a plain HTML page (valid: *.html, not *.furigana.html): " + path);
        }
        return path.substring(0, path.length() - ".html".length()) + FURIGANA_SUFFIX;
    }

    /**
     * Gets the page of a furigana variant.
     *
     * @param path  a furigana variant, such as {@code a/x.furigana.html}, not null
     * @return the plain page, such as {@code a/x.html}
     * @throws IllegalArgumentException if the path is no furigana variant
     */
    public static String plainOfFurigana(String path) {
        if (!isFurigana(path)) {
            throw new IllegalArgumentException("Not a furigana variant (valid: *.furigana.html): " + path);
        }
        return path.substring(0, path.length() - FURIGANA_SUFFIX.length()) + ".html";
    }

    /**
     * Gets the path of the speech text of a page and of its furigana variant (read-aloud's readings), which sits
     * beside them: {@code a/x.html} → {@code a/x.speech.json}, as {@code assets/reading.js} finds it.
     *
     * @param path  an HTML page, such as {@code a/x.html}, not null
     * @return the speech text's path, such as {@code a/x.speech.json}
     * @throws IllegalArgumentException if the path is no plain HTML page
     */
    public static String speech(String path) {
        if (!path.endsWith(".html") || isFurigana(path)) {
            throw new IllegalArgumentException("Not a plain HTML page (valid: *.html, not *.furigana.html): " + path);
        }
        return path.substring(0, path.length() - ".html".length()) + SPEECH_SUFFIX;
    }

    /**
     * The id of a section of a page, from its heading: spaces become {@code -}, and characters that would need
     * escaping in an address or an attribute are left out ({@code 1. 目的 と 範囲} → {@code 1.-目的-と-範囲}).
     *
     * @param heading  the heading's text, not null
     * @return the id, not null, empty for a heading of only such characters
     */
    public static String anchor(String heading) {
        return UNSAFE_IN_ID.matcher(SPACES.matcher(heading.strip()).replaceAll("-")).replaceAll("");
    }
}
