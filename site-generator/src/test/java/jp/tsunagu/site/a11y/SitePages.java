package jp.tsunagu.site.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTML pages of a generated site, found by walking its folder, so that a page no link reaches
 * (404.html) or a page added later is audited too.
 */
final class SitePages {

    /**
     * States of pages that scripts build after loading, audited like pages: the search page with a query
     * (its results exist only with JavaScript on; without it the page explains where else to look).
     */
    static final List<String> SCRIPT_STATES = List.of("search.html?q=情報");

    private SitePages() {
    }

    /**
     * Lists every page of a site to audit: every {@code .html} file, then the {@link #SCRIPT_STATES} of the
     * pages the site has.
     *
     * @param site the site folder, not null
     * @return the pages, as in {@link #of}, a state with its query, not null
     */
    static List<String> audited(Path site) {
        List<String> pages = of(site);
        return Stream.concat(pages.stream(),
                SCRIPT_STATES.stream().filter(state -> pages.contains(state.substring(0, state.indexOf('?')))))
                .toList();
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
}
