package jp.tsunagu.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import jp.tsunagu.site.assemble.SitePaths;

/**
 * The checks that read the built pages, for what the templates and the generator write around the content:
 * broken links and anchors, images without {@code alt}, links without text or with vague text, tables without
 * header cells, one {@code h1} per page and headings that never skip a level.
 * <p>
 * What the Markdown of a content file produced (inside {@code .prose}) is checked on the file itself by
 * {@link MarkdownChecks}, with its exact line; only a skipped heading level, which depends on where the
 * template places the text, is found here and then traced back to the heading's line in the content file. A
 * finding about the templates names the built page and its line.
 * <p>
 * Not thread-safe: it caches parsed pages; use one instance per check.
 */
final class HtmlChecks {
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private final Path site;
    private final Function<String, List<Path>> sourcesOf;
    private final Map<Path, Document> parsed = new HashMap<>();

    /**
     * Creates the checks of one built site.
     *
     * @param site  the built site, not null
     * @param sourcesOf  the content files a page (by output path) is made from, not null
     */
    HtmlChecks(Path site, Function<String, List<Path>> sourcesOf) {
        this.site = site.toAbsolutePath().normalize();
        this.sourcesOf = sourcesOf;
    }

    /**
     * Checks every page of the site.
     *
     * @return the findings, not null
     */
    List<Finding> checkAll() {
        List<Finding> out = new ArrayList<>();
        for (Path page : pages()) {
            out.addAll(check(page));
        }
        return out;
    }

    /**
     * Lists the site's pages in a stable order.
     *
     * @return the HTML files, not null
     */
    List<Path> pages() {
        try (var s = Files.walk(site)) {
            // Furigana variants repeat their plain page (links to the variants of the same targets): not checked twice.
            return s.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)
                    && !SitePaths.isFurigana(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets a page's output path, such as {@code initiatives/x.html}.
     *
     * @param page  a file of the site, not null
     * @return the path with {@code /}, not null
     */
    String pathOf(Path page) {
        return site.relativize(page).toString().replace(java.io.File.separatorChar, '/');
    }

    private List<Finding> check(Path page) {
        Document doc = document(page);
        String path = pathOf(page);
        boolean notFound = path.equals("404.html");
        List<Finding> out = new ArrayList<>();
        for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
            if (inProse(el) || notFound) {
                continue;
            }
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            linkProblem(page, ref).ifPresent(p -> out.add(template(p.rule(), page, el, "リンク「" + ref + "」の" + p.what())));
        }
        for (Element img : doc.select("img:not([alt])")) {
            if (!inProse(img)) {
                out.add(template(CheckRule.E_IMG_ALT, page, img, "画像「" + img.attr("src") + "」に alt 属性がありません。"
                        + "内容を伝える画像には alt に説明を、飾りの画像には alt=\"\" を書いてください。"));
            }
        }
        for (Element a : doc.select("a[href]")) {
            if (inProse(a)) {
                continue;
            }
            String name = accessibleName(a);
            if (name.isEmpty() && !a.hasAttr("aria-labelledby")) {
                out.add(template(CheckRule.E_LINK_EMPTY, page, a, "リンク「" + a.attr("href") + "」に文字がありません。"
                        + "リンク先の名前を書くか、aria-label で名前を付けてください。"));
            } else if (MarkdownChecks.isVague(name)) {
                out.add(template(CheckRule.W_LINK_TEXT, page, a, "リンクの文字「" + name + "」だけでは、どこへ行くのかが分かりません。"
                        + "リンク先の名前をリンクの文字にしてください。"));
            }
        }
        for (Element table : doc.select("table")) {
            if (!inProse(table) && table.select("th").isEmpty()) {
                out.add(template(CheckRule.E_TABLE_HEADER, page, table, "表に見出しのセル（th）がありません。"
                        + "各列（または各行）の見出しを <th scope=\"col\">（<th scope=\"row\">）で書いてください。"));
            }
        }
        out.addAll(headings(page, path, doc));
        return out;
    }

    private List<Finding> headings(Path page, String path, Document doc) {
        List<Finding> out = new ArrayList<>();
        var h1 = doc.select("h1");
        if (h1.size() != 1) {
            Element at = h1.size() > 1 ? h1.get(1) : doc.body();
            out.add(heading(page, path, at, "ページの大見出し（h1）が " + h1.size() + " 個あります。h1 はページの題名の1つだけにしてください"
                    + (h1.size() > 1 ? "（本文では「## 見出し」から始めてください）" : "") + "。"));
        }
        int previous = 0;
        for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                out.add(heading(page, path, h, "見出し「" + h.text() + "」（h" + level + "）の前の見出しは h" + previous
                        + " です。レベルを飛ばさず、h" + (previous + 1) + " 以下にしてください" + (inProse(h)
                        ? "（Markdown では「" + "#".repeat(previous + 1) + " " + h.text() + "」）" : "") + "。"));
            }
            previous = level;
        }
        return out;
    }

    /** A heading finding: on the content line that wrote the heading when there is one, else on the page. */
    private Finding heading(Path page, String path, Element h, String message) {
        if (HEADING.matcher(h.tagName()).matches() && inProse(h)) {
            Pattern written = Pattern.compile("^ {0,3}#{1,6}[ \\t]+" + Pattern.quote(h.text().strip()) + "[ \\t#]*$");
            for (Path source : sourcesOf.apply(path)) {
                List<String> lines = readLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (written.matcher(lines.get(i)).matches()) {
                        return Finding.of(CheckRule.W_HEADING_ORDER, source, i + 1, message + "（ページ " + path + "）");
                    }
                }
            }
        }
        return template(CheckRule.W_HEADING_ORDER, page, h, message);
    }

    private Finding template(CheckRule rule, Path page, Element el, String message) {
        int line = el.sourceRange().isTracked() ? el.sourceRange().start().lineNumber() : 0;
        return Finding.of(rule, page, Math.max(line, 0), message + "（テンプレートが書いた部分です。src/templates のテンプレートを直してください）");
    }

    /** What is wrong with a link, if anything. */
    record LinkProblem(CheckRule rule, String what) {
    }

    /**
     * Resolves a relative link from a page of the site and tells what is wrong with it. Absolute addresses,
     * links from the server root and links that leave the site are not followed.
     *
     * @param page  the page the link is on, not null
     * @param ref  the link as written, not null
     * @return the problem, empty if the link works or is not followed
     */
    Optional<LinkProblem> linkProblem(Path page, String ref) {
        URI uri;
        try {
            uri = URI.create(ref.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.of(new LinkProblem(CheckRule.E_LINK_BROKEN, "書き方が正しくありません。URL に使えない文字（< > \" { } | \\ ^ ` や全角の空白）や、"
                    + "後に 16 進数が 2 けた続かない % がないか確かめてください。"));
        }
        if (uri.isAbsolute() || ref.startsWith("/") || uri.isOpaque()) {
            return Optional.empty();
        }
        String raw = uri.getRawPath();
        Path target = raw == null || raw.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(raw, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site)) {
            return Optional.empty();
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of(new LinkProblem(CheckRule.E_LINK_BROKEN, "先のページ「" + pathOf(target) + "」はサイトにありません。"
                    + "アドレスを直すか、リンクを消してください。"));
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && document(target).getElementById(fragment) == null) {
            return Optional.of(new LinkProblem(CheckRule.E_LINK_ANCHOR, "先のページ「" + pathOf(target) + "」に「#" + fragment
                    + "」という場所がありません。見出しの文字（空白は「-」）を確かめて直してください。"));
        }
        return Optional.empty();
    }

    private static boolean inProse(Element el) {
        return el.closest(".prose") != null;
    }

    private static String accessibleName(Element a) {
        StringBuilder name = new StringBuilder(a.attr("aria-label").strip());
        if (name.length() == 0) {
            name.append(a.text().strip());
            a.select("img[alt]").forEach(img -> name.append(img.attr("alt").strip()));
            a.select("svg title").forEach(t -> name.append(t.text().strip()));
        }
        return name.toString().strip();
    }

    private Document document(Path page) {
        return parsed.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
