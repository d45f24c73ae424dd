package jp.tsunagu.site.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jp.tsunagu.site.assemble.SitePaths;

/**
 * Which content files each page is made from, so that a page can show when its content last changed and link
 * to the history of that content, and a finding in a Markdown body can be placed on the page that shows it.
 * <p>
 * {@code initiatives/open-data.html} is made from {@code initiatives/open-data.md}, the initiative's entries in
 * each year's action plan and its OODA cycles; {@code action-plans/2022/viewpoint-E.html} from the year's
 * {@code _index.md} and entries; list pages from the files they list. The site map and the 404 page are made
 * from no file.
 * <p>
 * Every page's files are found through maps built once, so asking for all pages of a site costs time in
 * proportion to the site, not to its square (at 10,000 pages a scan of every source per page took 9 s).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PageSources {
    /** Pages that list items shown on pages of their own: a file is never theirs, even when listed first. */
    private static final java.util.Set<String> INDEXES = java.util.Set.of(SitePaths.VIEWPOINTS, SitePaths.INITIATIVES,
            SitePaths.ACTION_PLANS, SitePaths.REVIEWS, SitePaths.OODA);

    private final NavigableMap<String, String> sources;
    /** The files of {@code entry/…/x} keys by their last part x: an initiative's entries in each year's plan. */
    private final Map<String, List<String>> entriesByStem;
    /** The files {@code ooda/x/…} of {@code ooda/} keys by x: an initiative's OODA cycles. */
    private final Map<String, List<String>> oodaByInitiative;
    /** The files of {@code page/} keys by their file name without {@code .md}. */
    private final Map<String, List<String>> pagesByStem;

    private PageSources(Map<String, String> sources) {
        this.sources = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(sources));
        Map<String, List<String>> entries = new HashMap<>();
        Map<String, List<String>> ooda = new HashMap<>();
        Map<String, List<String>> pages = new HashMap<>();
        this.sources.forEach((key, file) -> {
            if (key.startsWith("entry/")) {
                entries.computeIfAbsent(key.substring(key.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(file);
            } else if (key.startsWith("ooda/") && file.startsWith("ooda/")) {
                int end = file.indexOf('/', "ooda/".length());
                if (end > 0) {
                    ooda.computeIfAbsent(file.substring("ooda/".length(), end), k -> new ArrayList<>()).add(file);
                }
            } else if (key.startsWith("page/")) {
                pages.computeIfAbsent(fileStem(file), k -> new ArrayList<>()).add(file);
            }
        });
        this.entriesByStem = sortedLists(entries);
        this.oodaByInitiative = sortedLists(ooda);
        this.pagesByStem = sortedLists(pages);
    }

    private static Map<String, List<String>> sortedLists(Map<String, List<String>> lists) {
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().sorted().toList()));
        return Map.copyOf(out);
    }

    /** A variant's page: the original's path, then the language's suffix ({@code easy}, {@code en}, {@code zh-Hans} …). */
    private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile(
            "(.+)\\.(easy|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\.html");

    /**
     * Obtains the mapping for a loaded plan.
     *
     * @param sources  the content file of each item, as {@code LoadResult.sources()} gives it, not null
     * @return the mapping, not null
     */
    public static PageSources of(Map<String, String> sources) {
        return new PageSources(sources);
    }

    /**
     * Lists the content files a page is made from, its own file first. A language variant's page
     * ({@code viewpoints/E.en.html}) is made from the variant's file alone ({@code viewpoints/E.en.md}).
     *
     * @param pagePath  the page's output path, such as {@code initiatives/open-data.html}, not null
     * @return the files relative to the content root, not null, empty for pages made from no file
     */
    public List<String> of(String pagePath) {
        java.util.regex.Matcher variant = VARIANT.matcher(pagePath);
        if (variant.matches()) {
            // a language variant (viewpoints/E.en.html) shows only the text of its own file (viewpoints/E.en.md)
            List<String> original = of(variant.group(1) + ".html");
            return original.isEmpty() ? List.of() : List.of(original.get(0).substring(0, original.get(0).length() - ".md".length())
                    + "." + variant.group(2) + ".md");
        }
        String[] parts = pagePath.split("/");
        String name = parts[parts.length - 1];
        String stem = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        return switch (pagePath) {
            case SitePaths.HOME, SitePaths.POLICY -> key("plan");
            case SitePaths.VIEWPOINTS -> prefixed("viewpoint/");
            case SitePaths.INITIATIVES -> prefixed("initiative/");
            case SitePaths.ACTION_PLANS -> prefixed("action-plan/");
            case SitePaths.REVIEWS -> prefixed("review/");
            case SitePaths.OODA -> prefixed("ooda/");
            case SitePaths.GOVERNANCE -> prefixed("governance/");
            case SitePaths.GLOSSARY -> prefixed("glossary/");
            case SitePaths.REFERENCES -> prefixed("reference/");
            default -> byFolder(parts, stem);
        };
    }

    private List<String> byFolder(String[] parts, String stem) {
        if (parts.length == 2 && parts[0].equals("viewpoints")) {
            return key("viewpoint/" + stem);
        }
        if (parts.length == 2 && parts[0].equals("initiatives")) {
            List<String> files = new ArrayList<>(key("initiative/" + stem));
            files.addAll(entriesByStem.getOrDefault(stem, List.of()));
            files.addAll(oodaByInitiative.getOrDefault(stem, List.of()));
            return List.copyOf(files);
        }
        if (parts.length == 3 && parts[0].equals("action-plans")) {
            String year = parts[1];
            List<String> files = new ArrayList<>(key("action-plan/" + year));
            files.addAll(prefixed("entry/" + year + "/"));
            return List.copyOf(files);
        }
        if (parts.length == 2 && parts[0].equals("reviews")) {
            return key("review/" + stem);
        }
        if (parts.length == 2 && parts[0].equals("pages")) {
            return pagesByStem.getOrDefault(stem, List.of());
        }
        return List.of();
    }

    /**
     * Finds the page that shows a content file's body: the first page made from it as its own file.
     *
     * @param file  a content file relative to the content root, not null
     * @param pages  the site's page paths, not null
     * @return the page path, empty if no page shows the file
     */
    public Optional<String> pageOf(String file, List<String> pages) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String page : pages) {
            List<String> files = of(page);
            if (!files.isEmpty() && files.get(0).equals(file) && !INDEXES.contains(page)) {
                return Optional.of(page);
            }
            files.forEach(f -> first.putIfAbsent(f, page));
        }
        return Optional.ofNullable(first.get(file));
    }

    private List<String> key(String key) {
        String file = sources.get(key);
        return file == null ? List.of() : List.of(file);
    }

    /** @return the files of the keys starting with a prefix, sorted */
    private List<String> prefixed(String prefix) {
        return sources.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values().stream().sorted().toList();
    }

    private static String fileStem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
