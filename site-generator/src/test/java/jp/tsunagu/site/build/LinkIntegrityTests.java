package jp.tsunagu.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.site.BuiltSites;

/**
 * Every internal link and anchor of the built sites resolves: relative hrefs reach an existing file (Japanese
 * names included, as a static server decodes them), and every {@code #fragment} names an id on its page.
 * Also: each page has one h1, headings never skip a level, and ids are unique.
 */
class LinkIntegrityTests {
    /** The language tag in a variant page's name: x.en.html, x.zh-Hans.html, x.easy.furigana.html. */
    private static final java.util.regex.Pattern VARIANT =
            java.util.regex.Pattern.compile("\\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*|easy)(?:\\.furigana)?\\.html$");


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void everyInternalLinkAndAnchorResolves(String name) throws IOException {
        Path site = BuiltSites.site(name);
        Map<Path, Document> pages = parseAll(site);
        List<String> broken = new ArrayList<>();
        for (var e : pages.entrySet()) {
            Path page = e.getKey();
            if (page.getFileName().toString().matches("404(\\.furigana)?\\.html")) {
                continue; // links start from the site's public path, checked in the browser
            }
            for (Element el : e.getValue().select("a[href], link[href], img[src], script[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                URI uri = URI.create(ref.replace(" ", "%20"));
                if (uri.isAbsolute() || ref.startsWith("//")) {
                    continue;
                }
                String path = uri.getRawPath();
                Path target = path == null || path.isEmpty() ? page
                        : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(page) + ": " + ref + " (no file)");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                        && pages.get(target).getElementById(fragment) == null) {
                    broken.add(site.relativize(page) + ": " + ref + " (no id '" + fragment + "')");
                }
            }
        }
        assertThat(broken).as("broken links in " + name).isEmpty();
        assertThat(pages).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {BuiltSites.CITY, BuiltSites.SAMPLE})
    void headingsAreOrderedAndIdsUnique(String name) throws IOException {
        Path site = BuiltSites.site(name);
        List<String> problems = new ArrayList<>();
        for (var e : parseAll(site).entrySet()) {
            String page = site.relativize(e.getKey()).toString();
            Document doc = e.getValue();
            if (doc.select("h1").size() != 1) {
                problems.add(page + ": " + doc.select("h1").size() + " h1 elements");
            }
            int previous = 0;
            for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page + ": " + h.tagName() + " '" + h.text() + "' follows h" + previous);
                }
                previous = level;
            }
            Set<String> ids = new HashSet<>();
            for (Element el : doc.select("[id]")) {
                if (!ids.add(el.id())) {
                    problems.add(page + ": duplicate id '" + el.id() + "'");
                }
            }
            // a variant in another language (x.en.html, x.zh-Hans.html) has its tag; やさしい日本語 (x.easy.html) is ja
            java.util.regex.Matcher variant = VARIANT.matcher(page);
            String lang = variant.find() && !variant.group(1).equals("easy") ? variant.group(1) : "ja";
            if (!lang.equals(doc.selectFirst("html").attr("lang"))) {
                problems.add(page + ": html lang is not " + lang);
            }
        }
        assertThat(problems).as("structure problems in " + name).isEmpty();
    }

    static Map<Path, Document> parseAll(Path site) throws IOException {
        Map<Path, Document> pages = new HashMap<>();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(p, Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
        return pages;
    }
}
