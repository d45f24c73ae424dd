package jp.tsunagu.site.assemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.files.FileBudget;
import jp.tsunagu.site.render.Page;

/**
 * Checks on the addresses content makes that only the site knows how to judge, reported like the loader's issues,
 * with the content file and line:
 * <ul>
 *   <li>{@link #clashes}: two pages written to one address, or to addresses that differ only in upper and lower case
 *       or Unicode composition (one file on Windows, macOS and many web servers), as an initiative with the id
 *       {@code index} would overwrite the list of initiatives ({@code E-NAME-CLASH});</li>
 *   <li>{@link #linksLeavingTheSite}: a relative link or image in the rendered pages that climbs above the site's
 *       root ({@code ../} too often, from the page the text appears on) ({@code E-LINK-OUTSIDE}).</li>
 * </ul>
 * A problem no content file explains is a fault of a template or of the generator: a {@link SiteException}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ContentAddresses {
    private ContentAddresses() {
    }

    /**
     * Finds pages that would be written to the same address.
     *
     * @param pages  the assembled pages, not null
     * @param contentFiles  the loaded content files, relative to the content root, not null
     * @param planDirectory  the content root, not null
     * @return an error for each content file whose page clashes, not null
     * @throws SiteException if generated pages clash with no content file to blame
     */
    public static List<ValidationIssue> clashes(List<Page> pages, Collection<String> contentFiles, Path planDirectory) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Page p : pages) {
            byKey.computeIfAbsent(key(p.outputPath().value()), k -> new ArrayList<>()).add(p.outputPath().value());
        }
        List<ValidationIssue> issues = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (List<String> paths : byKey.values()) {
            if (paths.size() < 2) {
                continue;
            }
            List<String> sources = paths.stream().map(p -> sourceOf(p, contentFiles)).flatMap(Optional::stream).distinct().toList();
            if (sources.isEmpty()) {
                unexplained.add(String.join(" / ", paths));
            }
            for (String file : sources) {
                String address = paths.stream().filter(p -> sourceOf(p, contentFiles).filter(file::equals).isPresent()).findFirst()
                        .orElse(paths.get(0));
                issues.add(new ValidationIssue(ValidationCode.E_NAME_CLASH, file, lineOf(planDirectory, file, "id"),
                        "このファイルのページのアドレス「" + address + "」は、"
                                + (sources.size() > 1 ? "「" + String.join("」「", sources.stream().filter(f -> !f.equals(file)).toList())
                                        + "」のページ" : "サイトが自動で作るページ")
                                + "と同じか、大文字・小文字だけが違います。公開すると一方がもう一方を上書きします。"
                                + "id（とファイル名）を別の名前に変えてください。"));
            }
        }
        if (!unexplained.isEmpty()) {
            throw new SiteException(Stage.ASSEMBLE, "同じアドレスに2つのページを書き出そうとしました（テンプレートか生成処理の誤りです）: "
                    + String.join(", ", unexplained), null);
        }
        return issues;
    }

    /**
     * Finds relative links and images in the rendered pages that leave the site, and the content lines that wrote them.
     *
     * @param site  the folder of rendered pages, before their furigana variants (a variant repeats its page's links), not null
     * @param baseUrl  the public address of the site, not null
     * @param contentFiles  the loaded content files, relative to the content root, not null
     * @param planDirectory  the content root, not null
     * @param budget  the budget of each page, which records the pages that go over it (named by their path), not null
     * @return an error for each content line that writes such a link, not null
     * @throws SiteException if such a link comes from no content file
     */
    public static List<ValidationIssue> linksLeavingTheSite(Path site, URI baseUrl, Collection<String> contentFiles, Path planDirectory,
            FileBudget budget) {
        Map<String, String> leaving = new LinkedHashMap<>(); // destination → first page it is on
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(f).toString().replace('\\', '/');
                budget.run(page, () -> {
                    for (String url : leaving(page, Jsoup.parse(read(f)), baseUrl)) {
                        leaving.putIfAbsent(url, page);
                    }
                    return page;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writtenIn(leaving, contentFiles, planDirectory);
    }

    /**
     * Finds, in one page already parsed (by whichever stage reads the page anyway), the relative links and images
     * that leave the site, in document order; {@link #linksLeavingTheSite(Map, Collection, Path)} then names the
     * content lines that wrote them. Call it before the page is changed (a furigana variant repeats the page's links).
     *
     * @param page  the page's path in the site, such as {@code initiatives/x.html}, not null
     * @param doc  the page as parsed, not null
     * @param baseUrl  the public address of the site, not null
     * @return the destinations that leave the site, repeated as often as they occur, not null, usually empty
     */
    public static List<String> leaving(String page, Document doc, URI baseUrl) {
        List<String> found = new ArrayList<>();
        leaving(page, doc, baseUrl.getPath(), found);
        return found;
    }

    /** What {@code [href], [src], [action], [poster]} selects, in document order: an element, then its descendants. */
    private static void leaving(String page, Element element, String basePath, List<String> found) {
        for (String attribute : LINK_ATTRIBUTES) {
            String url = element.attr(attribute);
            if (!url.isEmpty() && leavesTheSite(page, url, basePath)) {
                found.add(url);
            }
        }
        FileBudget.checkpoint();
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            leaving(page, child, basePath, found);
        }
    }

    /**
     * Turns the links found by {@link #leaving} into errors naming the content lines that wrote them.
     *
     * @param leavingByPage  each page's destinations that leave the site, pages in the order the site's files sort
     *                       ({@link Path#compareTo}), not null
     * @param contentFiles  the loaded content files, relative to the content root, not null
     * @param planDirectory  the content root, not null
     * @return an error for each content line that writes such a link, not null
     * @throws SiteException if such a link comes from no content file
     */
    public static List<ValidationIssue> linksLeavingTheSite(Map<String, List<String>> leavingByPage, Collection<String> contentFiles,
            Path planDirectory) {
        Map<String, String> leaving = new LinkedHashMap<>(); // destination → first page it is on
        leavingByPage.forEach((page, urls) -> urls.forEach(url -> leaving.putIfAbsent(url, page)));
        return writtenIn(leaving, contentFiles, planDirectory);
    }

    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "action", "poster");

    private static List<ValidationIssue> writtenIn(Map<String, String> leaving, Collection<String> contentFiles, Path planDirectory) {
        List<ValidationIssue> issues = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (Map.Entry<String, String> l : leaving.entrySet()) {
            List<ValidationIssue> found = writtenIn(l.getKey(), l.getValue(), contentFiles, planDirectory);
            if (found.isEmpty()) {
                unexplained.add(l.getValue() + " → " + l.getKey());
            }
            issues.addAll(found);
        }
        if (!unexplained.isEmpty()) {
            throw new SiteException(Stage.RENDER, "サイトの外を指すリンクを書き出しました（テンプレートか生成処理の誤りです）: "
                    + String.join(", ", unexplained), null);
        }
        return issues;
    }

    /**
     * Tells whether a link on a page leaves the site: a relative path that climbs above the root, or a path from
     * the server root outside the site's own path. Links with a scheme or a host are external on purpose.
     */
    /** A URL with a scheme (compiled once: it is tried on every link of every page). */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");

    static boolean leavesTheSite(String page, String url, String basePath) {
        String u = url.strip().replace('\\', '/');
        if (u.startsWith("//") || SCHEME.matcher(u).matches()) {
            return false;
        }
        int cut = indexOfAny(u, "?#");
        String path = cut < 0 ? u : u.substring(0, cut);
        if (path.startsWith("/")) {
            return !(path + "/").startsWith(basePath);
        }
        Deque<String> folders = new ArrayDeque<>(List.of(page.split("/")));
        folders.removeLast();
        for (String segment : path.split("/", -1)) {
            String s = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (s.equals("..")) {
                if (folders.isEmpty()) {
                    return true;
                }
                folders.removeLast();
            } else if (!s.equals(".") && !s.isEmpty()) {
                folders.addLast(s);
            }
        }
        return false;
    }

    /** Every line of a content file that writes the destination, as an error. */
    private static List<ValidationIssue> writtenIn(String url, String page, Collection<String> contentFiles, Path planDirectory) {
        List<String> spellings = new ArrayList<>(List.of(url));
        try {
            spellings.add(URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // not percent-encoded text; the destination as written is enough
        }
        List<ValidationIssue> issues = new ArrayList<>();
        for (String file : new TreeSet<>(contentFiles)) {
            List<String> lines = lines(planDirectory, file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (spellings.stream().anyMatch(line::contains)) {
                    issues.add(new ValidationIssue(ValidationCode.E_LINK_OUTSIDE, file, i + 1, "リンク「" + url + "」はサイトの外を指しています"
                            + "（「" + page + "」から「../」でサイトの一番上より上に出ます）。公開先のほかのページやサーバーのファイルを指してしまいます。"
                            + "サイト内のページはサイトの一番上からの相対パスで（このページからなら「../」を減らして）、"
                            + "外のサイトは https:// で始まるアドレスで書いてください。"));
                    break;
                }
            }
        }
        return issues;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds the content file whose own page has this address: {@code initiatives/x.html} ↔ {@code initiatives/x.md}
     * (names compared in Unicode NFC, ignoring case).
     *
     * @param outputPath  the page's path in the site, not null
     * @param contentFiles  the loaded content files, relative to the content root, not null
     * @return the file, empty for a page the site makes on its own
     */
    public static Optional<String> sourceOf(String outputPath, Collection<String> contentFiles) {
        if (!outputPath.endsWith(".html")) {
            return Optional.empty();
        }
        String md = key(outputPath.substring(0, outputPath.length() - ".html".length()) + ".md");
        return contentFiles.stream().filter(f -> key(f).equals(md)).sorted().findFirst();
    }

    private static String key(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The line of a top-level front matter key, or 0 (the whole file) when there is none. */
    private static int lineOf(Path planDirectory, String file, String key) {
        List<String> lines = lines(planDirectory, file);
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> lines(Path planDirectory, String file) {
        try {
            return List.of(Files.readString(planDirectory.resolve(file), StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n", -1));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
