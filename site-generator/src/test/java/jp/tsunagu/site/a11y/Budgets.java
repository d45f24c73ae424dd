package jp.tsunagu.site.a11y;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The weight budgets of the design (residents on slow connections and old phones), measured on the files
 * of a generated site, gzip-compressed at the default level as a web server sends them:
 * per page HTML ≤ {@value #HTML} bytes, the CSS it loads ≤ {@value #CSS}, the JavaScript it loads
 * ≤ {@value #JS}, no web fonts, and the first view (page, CSS, scripts, images) ≤ {@value #FIRST_VIEW}.
 * Every CSS and JavaScript file of the site is held to its budget too, linked or not.
 * A furigana variant ({@code x.furigana.html}) may weigh up to {@value #FURIGANA_HTML} bytes of HTML, its first
 * view as much more as that allows (issue 5: the readings roughly double the text).
 */
final class Budgets {

    static final int HTML = 30 * 1024;
    static final int CSS = 15 * 1024;
    static final int JS = 10 * 1024;
    static final int FIRST_VIEW = 60 * 1024;
    static final int FURIGANA_HTML = 60 * 1024;

    private static final Pattern TAG = Pattern.compile("<(link|script|img|style)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE = Pattern.compile("<(style|script)\\b([^>]*)>(.*?)</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FONT_FILE = Pattern.compile(".*\\.(woff2?|ttf|otf|eot)$");

    private Budgets() {
    }

    /**
     * Checks every page and asset of a site against the budgets.
     *
     * @param site the site folder, not null
     * @return one line per budget exceeded or resource not found, not null, empty if all hold
     */
    static List<String> check(Path folder) {
        Path site = folder.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        for (String file : files(site)) {
            String name = file.toLowerCase(Locale.ROOT);
            if (FONT_FILE.matcher(name).matches()) {
                problems.add(file + ": a font file; the budget for fonts is 0 (system fonts only)");
            } else if (name.endsWith(".css")) {
                within(problems, file, gzipSize(site.resolve(file)), CSS, "CSS");
                if (read(site.resolve(file)).toLowerCase(Locale.ROOT).contains("@font-face")) {
                    problems.add(file + ": declares @font-face; the budget for fonts is 0 (system fonts only)");
                }
            } else if (name.endsWith(".js") || name.endsWith(".mjs")) {
                within(problems, file, gzipSize(site.resolve(file)), JS, "JavaScript");
            }
        }
        for (String page : SitePages.of(site)) {
            problems.addAll(checkPage(site, page));
        }
        return problems;
    }

    private static List<String> checkPage(Path site, String page) {
        List<String> problems = new ArrayList<>();
        Path file = site.resolve(page);
        String html = read(file);
        long htmlSize = gzipSize(html.getBytes(UTF_8));
        boolean furigana = page.endsWith(".furigana.html");
        within(problems, page, htmlSize, furigana ? FURIGANA_HTML : HTML, "HTML");
        Set<Path> css = new LinkedHashSet<>();
        Set<Path> js = new LinkedHashSet<>();
        Set<Path> images = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = tag.group(2);
            String rel = attribute(attributes, "rel");
            String href = attribute(attributes, "href");
            String src = attribute(attributes, "src");
            if (name.equals("link") && href != null && rel != null
                    && (rel.contains("stylesheet") || rel.contains("preload") || rel.contains("modulepreload"))) {
                resolve(site, file, href, page, problems).ifPresent(path -> (href.endsWith(".js") ? js : css).add(path));
            } else if (name.equals("script") && src != null) {
                resolve(site, file, src, page, problems).ifPresent(js::add);
            } else if (name.equals("img") && src != null) {
                resolve(site, file, src, page, problems).ifPresent(images::add);
            }
        }
        long inlineCss = 0;
        long inlineJs = 0;
        Matcher inline = INLINE.matcher(html);
        while (inline.find()) {
            long size = gzipSize(inline.group(3).getBytes(UTF_8));
            String type = attribute(inline.group(2), "type");
            if (inline.group(1).equalsIgnoreCase("style")) {
                inlineCss += size;
            } else if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
                // Data such as schema.org JSON-LD is not run; it weighs in the page's HTML, counted above.
                continue;
            } else {
                inlineJs += size;
            }
        }
        long cssSize = css.stream().mapToLong(Budgets::gzipSize).sum() + inlineCss;
        long jsSize = js.stream().mapToLong(Budgets::gzipSize).sum() + inlineJs;
        long imageSize = images.stream().mapToLong(Budgets::gzipSize).sum();
        within(problems, page, cssSize, CSS, "CSS loaded by the page");
        within(problems, page, jsSize, JS, "JavaScript loaded by the page");
        within(problems, page, htmlSize + cssSize + jsSize + imageSize,
                furigana ? FIRST_VIEW + FURIGANA_HTML - HTML : FIRST_VIEW, "first view (HTML, CSS, JavaScript, images)");
        return problems;
    }

    private static Optional<Path> resolve(Path site, Path page, String reference, String pageName,
            List<String> problems) {
        if (reference.matches("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*")) {
            if (!reference.startsWith("data:")) {
                problems.add(pageName + ": loads " + reference + " from elsewhere, outside the budget's reach");
            }
            return Optional.empty();
        }
        String path = reference.replaceAll("[?#].*", "");
        Path target = (path.startsWith("/") ? site.resolve(path.substring(1)) : page.getParent().resolve(path)).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            problems.add(pageName + ": loads " + reference + ", which is not in the site");
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static void within(List<String> problems, String file, long size, int budget, String what) {
        if (size > budget) {
            problems.add(String.format(Locale.ROOT, "%s: %s is %,d bytes gzip, over the budget of %,d", file, what, size, budget));
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").matcher(attributes);
        if (!m.find()) {
            return null;
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return value.replace("&amp;", "&");
    }

    /**
     * Returns the size of a file compressed with gzip at the default level.
     *
     * @param file the file, not null
     * @return the compressed size in bytes
     */
    static long gzipSize(Path file) {
        try {
            return gzipSize(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static List<String> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> site.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
