package jp.tsunagu.site.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A page of the site as a build keeps it between its stages: its outline, which the stages after the assemble
 * stage read, and the way to make its whole page, which only the render stage needs.
 * <p>
 * The outline is a {@link Page} with the page's address, template and title and the few values every page carries
 * and later stages read: the page's context (title, description, breadcrumbs), the site's values, the mark of a
 * language version. The whole page adds what its template shows: a body rendered from Markdown, its cards, tables
 * and charts. A page made from a content file that the site has one of per file (an initiative, a free page) is
 * made when asked and not kept, so a build holds the whole pages of the pages being rendered at a time, not of the
 * whole site; every other page is its own outline. Kept per page for a whole build: the outline (the map of its
 * 2–3 values and the page context, whose strings are the plan's own: about 300 bytes) and the recipe (a lambda
 * over the plan's objects: under 100 bytes).
 * <pre>{@code
 * LazyPage initiative = LazyPage.of(outline, () -> assembly.page(path, ..., values(initiative)));
 * Page whole = initiative.page(); // made again at each call
 * }</pre>
 * This class is immutable and thread-safe if its recipe is.
 */
public final class LazyPage {
    private final Page outline;
    /** Makes the whole page; null for a page kept whole (its outline). */
    private final Supplier<Page> whole;

    private LazyPage(Page outline, Supplier<Page> whole) {
        this.outline = Objects.requireNonNull(outline, "outline");
        this.whole = whole;
    }

    /**
     * Obtains a page that is its own outline: it is kept whole.
     *
     * @param page  the page, not null
     * @return the page, not null
     */
    public static LazyPage of(Page page) {
        return new LazyPage(page, null);
    }

    /**
     * Obtains a page made when asked.
     *
     * @param outline  the page's address, template, title and the values later stages read, not null
     * @param whole  makes the whole page, with the outline's address, template, title and values; each call makes it
     *               again, not null
     * @return the page, not null
     */
    public static LazyPage of(Page outline, Supplier<Page> whole) {
        return new LazyPage(outline, Objects.requireNonNull(whole, "whole"));
    }

    /**
     * Makes the whole pages of a list, for a caller that keeps every page (the development server).
     *
     * @param pages  the pages, not null
     * @return each page made whole, in order, not null
     */
    public static List<Page> whole(List<LazyPage> pages) {
        return pages.stream().map(LazyPage::page).toList();
    }

    /**
     * Keeps each page of a list whole, as {@link #of(Page)} does.
     *
     * @param pages  the pages, not null
     * @return the pages, in order, not null
     */
    public static List<LazyPage> kept(List<Page> pages) {
        return pages.stream().map(LazyPage::of).toList();
    }

    /**
     * Gets the outline: the page's address, template and title, and the values later stages read.
     *
     * @return the outline, not null
     */
    public Page outline() {
        return outline;
    }

    /**
     * Gets the page's address.
     *
     * @return the address, not null
     */
    public OutputPath outputPath() {
        return outline.outputPath();
    }

    /**
     * Tells whether the page is kept whole (its outline is the page) rather than made when asked.
     *
     * @return true if kept whole
     */
    public boolean isKept() {
        return whole == null;
    }

    /**
     * Makes the whole page (a page kept whole is returned as it is).
     *
     * @return the page, not null
     */
    public Page page() {
        return whole == null ? outline : whole.get();
    }

    /**
     * Returns a copy whose outline and whole page are each changed by a step that reads and writes only the values an
     * outline has (the page's context, the site's values), such as a history line.
     *
     * @param step  the change, not null
     * @return the changed page, not null
     */
    public LazyPage map(UnaryOperator<Page> step) {
        Objects.requireNonNull(step, "step");
        Page changed = step.apply(outline);
        Supplier<Page> from = whole;
        return from == null ? of(changed) : new LazyPage(changed, () -> step.apply(from.get()));
    }

    /**
     * Returns a copy whose whole page is changed by a step that only adds values later stages do not read (a
     * language switch), its outline unchanged, so that the outline stays small. A page kept whole is changed as
     * {@link #map} changes it.
     *
     * @param step  the change, not null
     * @return the changed page, not null
     */
    public LazyPage mapWhole(UnaryOperator<Page> step) {
        Objects.requireNonNull(step, "step");
        Supplier<Page> from = whole;
        return from == null ? of(step.apply(outline)) : new LazyPage(outline, () -> step.apply(from.get()));
    }

    @Override
    public String toString() {
        return "LazyPage[" + outline.outputPath() + "]";
    }
}
