package jp.tsunagu.site.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

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
 * This class is immutable and thread-safe.
 */
public final class PageSources {
    private final Map<String, String> sources;

    private PageSources(Map<String, String> sources) {
        this.sources = Map.copyOf(sources);
    }

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
     * Lists the content files a page is made from, its own file first.
     *
     * @param pagePath  the page's output path, such as {@code initiatives/open-data.html}, not null
     * @return the files relative to the content root, not null, empty for pages made from no file
     */
    public List<String> of(String pagePath) {
        String[] parts = pagePath.split("/");
        String name = parts[parts.length - 1];
        String stem = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        return switch (pagePath) {
            case SitePaths.HOME, SitePaths.POLICY -> keys(k -> k.equals("plan"));
            case SitePaths.VIEWPOINTS -> keys(k -> k.startsWith("viewpoint/"));
            case SitePaths.INITIATIVES -> keys(k -> k.startsWith("initiative/"));
            case SitePaths.ACTION_PLANS -> keys(k -> k.startsWith("action-plan/"));
            case SitePaths.REVIEWS -> keys(k -> k.startsWith("review/"));
            case SitePaths.OODA -> keys(k -> k.startsWith("ooda/"));
            case SitePaths.GOVERNANCE -> keys(k -> k.startsWith("governance/"));
            case SitePaths.GLOSSARY -> keys(k -> k.startsWith("glossary/"));
            case SitePaths.REFERENCES -> keys(k -> k.startsWith("reference/"));
            default -> byFolder(parts, stem);
        };
    }

    private List<String> byFolder(String[] parts, String stem) {
        if (parts.length == 2 && parts[0].equals("viewpoints")) {
            return keys(k -> k.equals("viewpoint/" + stem));
        }
        if (parts.length == 2 && parts[0].equals("initiatives")) {
            List<String> files = new ArrayList<>(keys(k -> k.equals("initiative/" + stem)));
            files.addAll(keys(k -> k.startsWith("entry/") && k.endsWith("/" + stem)));
            String ooda = "ooda/" + stem + "/";
            sources.entrySet().stream().filter(e -> e.getKey().startsWith("ooda/") && e.getValue().startsWith(ooda))
                    .map(Map.Entry::getValue).sorted().forEach(files::add);
            return List.copyOf(files);
        }
        if (parts.length == 3 && parts[0].equals("action-plans")) {
            String year = parts[1];
            List<String> files = new ArrayList<>(keys(k -> k.equals("action-plan/" + year)));
            files.addAll(keys(k -> k.startsWith("entry/" + year + "/")));
            return List.copyOf(files);
        }
        if (parts.length == 2 && parts[0].equals("reviews")) {
            return keys(k -> k.equals("review/" + stem));
        }
        if (parts.length == 2 && parts[0].equals("pages")) {
            return keys(k -> k.startsWith("page/") && fileStem(sources.get(k)).equals(stem));
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
            if (!files.isEmpty() && files.get(0).equals(file)) {
                return Optional.of(page);
            }
            files.forEach(f -> first.putIfAbsent(f, page));
        }
        return Optional.ofNullable(first.get(file));
    }

    private List<String> keys(Predicate<String> key) {
        return sources.entrySet().stream().filter(e -> key.test(e.getKey())).map(Map.Entry::getValue).sorted().toList();
    }

    private static String fileStem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
