package jp.tsunagu.site.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML pages of a generated site, found by walking its folder, so that a page no link reaches
 * (404.html) or a page added later is audited too; and a representative set of them, one page of each
 * {@linkplain #KINDS kind} in each {@linkplain #VARIANTS variant}.
 */
final class SitePages {

    /**
     * States of pages that scripts build after loading, audited like pages: the search page with a query
     * (its results exist only with JavaScript on; without it the page explains where else to look).
     */
    static final List<String> SCRIPT_STATES = List.of("search.html?q=情報");

    /**
     * The kind of the second and later pages of a list split into pages ({@code initiatives/page/2.html}); only
     * sites with long lists have them, so a complete site need not.
     */
    static final String SPLIT_LIST = "list page 2 and later";

    /**
     * The kinds of page a site has, each by the pattern of its path without the {@code .html} and the variant
     * suffix; the first pattern that matches names the kind. A page that matches none fails {@link #representative}:
     * a new kind of page must be named here before it can be left out of a full audit.
     */
    static final Map<String, Pattern> KINDS = kinds(
            SPLIT_LIST, ".+/page/\\d+",
            "home", "index",
            "not found (404)", "404",
            "policy", "policy",
            "viewpoint list", "viewpoints/index",
            "viewpoint", "viewpoints/[^/]+",
            "initiative list", "initiatives/index",
            "initiative", "initiatives/[^/]+",
            "action-plan list", "action-plans/index",
            "action-plan year", "action-plans/\\d+/index",
            "action-plan year by department", "action-plans/\\d+/department-[^/]+",
            "action-plan year by viewpoint", "action-plans/\\d+/viewpoint-[^/]+",
            "action-plan changes", "action-plans/\\d+/changes",
            "progress overview", "progress/index",
            "progress year", "progress/\\d+/index",
            "progress year by status", "progress/\\d+/status-[^/]+",
            "progress year by viewpoint", "progress/\\d+/viewpoint-[^/]+",
            "progress year by department", "progress/\\d+/department-[^/]+",
            "review list", "reviews/index",
            "review", "reviews/\\d+",
            "OODA records", "ooda/index",
            "governance", "governance",
            "glossary", "glossary",
            "references", "references",
            "free page", "pages/.+",
            "search", "search",
            "さくいん", "sakuin",
            "さくいん row", "sakuin/[^/]+",
            "site map", "sitemap",
            "open data", "opendata",
            "accessibility statement", "accessibility/index",
            "accessibility test report", "accessibility/test-report",
            "site history", "history/index",
            "page history", "history/.+");

    /**
     * The variants of a page, by the suffix before {@code .html}: the original, furigana, English, easy Japanese,
     * easy Japanese with furigana, and the sample city's added languages, Chinese in simplified characters and
     * Vietnamese.
     */
    static final List<String> VARIANTS = List.of("", ".furigana", ".en", ".easy", ".easy.furigana", ".zh-Hans", ".vi");

    /**
     * The kinds of page on which {@link #sampled} audits every variant but the original: the kinds the languages
     * translate (the sample city's English, easy Japanese, Chinese and Vietnamese pages are of these kinds only), so
     * that every variant shows the same pages there.
     */
    static final List<String> VARIANT_KINDS = List.of("home", "policy", "viewpoint", "free page");

    /**
     * How many of its largest pages {@link #sampled} adds to each variant but the original, whatever their kind: for
     * the furigana copies, the most ruby in the most kinds of element (the sample city's largest are a さくいん row,
     * a long list of links, and a progress year, with tables and a chart).
     */
    static final int LARGEST_OF_VARIANT = 2;

    private SitePages() {
    }

    /**
     * Chooses fewer pages than {@link #representative} for the audits that cost most (axe in several modes): of its
     * pages, every one in the original variant (one page of each kind), and of every other variant the pages of the
     * {@link #VARIANT_KINDS} and its {@value #LARGEST_OF_VARIANT} largest pages; then the {@link #SCRIPT_STATES} of
     * the pages chosen. A variant changes a page's text (its language, or ruby over its kanji), never the template it
     * comes from: the template of every kind is audited in the original, each variant on a few pages of its own.
     *
     * @param site      the site folder, not null
     * @param complete  as in {@link #representative}
     * @return the pages chosen, as in {@link #of}, sorted, not null
     * @throws AssertionError as {@link #representative}
     */
    static List<String> sampled(Path site, boolean complete) {
        List<String> all = representative(site, complete).stream().filter(page -> !page.contains("?")).toList();
        Comparator<String> largestFirst = Comparator.comparingLong((String page) -> size(site.resolve(page)))
                .reversed().thenComparing(Comparator.naturalOrder());
        Map<String, List<String>> largest = all.stream().filter(page -> !variantOf(page).isEmpty())
                .collect(Collectors.groupingBy(SitePages::variantOf, Collectors.collectingAndThen(Collectors.toList(),
                        pages -> pages.stream().sorted(largestFirst).limit(LARGEST_OF_VARIANT).toList())));
        List<String> pages = all.stream().filter(page -> variantOf(page).isEmpty() || VARIANT_KINDS.contains(kindOf(page))
                || largest.get(variantOf(page)).contains(page)).toList();
        return withScriptStates(pages);
    }

    /** The pages followed by the {@link #SCRIPT_STATES} of those among them. */
    private static List<String> withScriptStates(List<String> pages) {
        return Stream.concat(pages.stream(),
                SCRIPT_STATES.stream().filter(state -> pages.contains(state.substring(0, state.indexOf('?')))))
                .toList();
    }

    /**
     * Chooses one page of each kind in each variant: of the pages of a {@linkplain #KINDS kind} in a
     * {@linkplain #VARIANTS variant}, the largest file (the most content: tables, charts, long lists), the first by
     * path of equal ones; then the {@link #SCRIPT_STATES} of the pages chosen. The rule reads the built site, so a
     * page kind or variant that a site gains is chosen without a change here, and one it loses is noticed.
     *
     * @param site      the site folder, not null
     * @param complete  whether the site must have every kind and every variant (the sample city, made to show
     *                  everything the generator writes); the city's own plan has no action plans yet
     * @return the pages chosen, as in {@link #of}, sorted, not null
     * @throws AssertionError if a page is of no known kind or variant, or, when {@code complete}, a kind or a
     *                        variant has no page
     */
    static List<String> representative(Path site, boolean complete) {
        Map<String, String> chosen = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        Comparator<String> largestFirst = Comparator.comparingLong((String page) -> size(site.resolve(page)))
                .reversed().thenComparing(Comparator.naturalOrder());
        for (String page : of(site).stream().sorted(largestFirst).toList()) {
            String kind = kindOf(page);
            if (kind == null) {
                unknown.add(page);
            } else {
                chosen.putIfAbsent(kind + " " + variantOf(page), page);
            }
        }
        if (!unknown.isEmpty()) {
            throw new AssertionError("Pages of no known kind in " + site + " (name their kind in SitePages.KINDS): " + unknown);
        }
        if (complete) {
            List<String> missing = new ArrayList<>();
            KINDS.keySet().stream().filter(kind -> !kind.equals(SPLIT_LIST) && !chosen.containsKey(kind + " ")).forEach(missing::add);
            VARIANTS.stream().filter(v -> chosen.keySet().stream().noneMatch(key -> key.endsWith(" " + v)))
                    .map(v -> "variant " + v + ".html").forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new AssertionError("No page of these kinds in " + site + ": " + missing);
            }
        }
        return withScriptStates(chosen.values().stream().sorted().toList());
    }

    /**
     * Names the variant of a page.
     *
     * @param page  the path of an {@code .html} page relative to the site root, such as {@code index.easy.furigana.html}, not null
     * @return one of the {@link #VARIANTS}, such as {@code .easy.furigana}; empty for the original, not null
     */
    static String variantOf(String page) {
        String base = page.substring(0, page.length() - ".html".length());
        return VARIANTS.stream().filter(v -> !v.isEmpty() && base.endsWith(v))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    /**
     * Names the kind of a page.
     *
     * @param page  the path of an {@code .html} page relative to the site root, such as {@code viewpoints/A.en.html}, not null
     * @return the first of the {@link #KINDS} whose pattern matches, such as {@code viewpoint}; null if none does
     */
    static String kindOf(String page) {
        String base = page.substring(0, page.length() - ".html".length());
        String path = base.substring(0, base.length() - variantOf(page).length());
        return KINDS.entrySet().stream().filter(k -> k.getValue().matcher(path).matches())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Lists every {@code .html} file of a site.
     *
     * @param site the site folder, not null
     * @return the paths relative to the site root with {@code /} separators, such as
     *         {@code pages/お知らせ.html}, sorted, not null
     */
    static List<String> of(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".html"))
                    .map(file -> site.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the pages of " + site, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    private static Map<String, Pattern> kinds(String... nameAndPattern) {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPattern.length; i += 2) {
            kinds.put(nameAndPattern[i], Pattern.compile(nameAndPattern[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
