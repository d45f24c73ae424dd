package jp.tsunagu.site.render;

import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;

/**
 * JBake's crawler, fed from typed pages instead of a content folder.
 * <p>
 * Where the stock crawler reads, hashes and parses each source file and asks the database whether
 * it changed, this one adds one document per page, already complete: no file is read and no
 * Markdown engine runs, because the pages arrive assembled.
 */
final class PageFeeder extends Crawler {

    private final ContentStore store;
    private final JBakeSetup setup;
    private final List<Page> pages;

    PageFeeder(ContentStore store, JBakeSetup setup, List<Page> pages) {
        super(store, setup.configuration());
        this.store = store;
        this.setup = setup;
        this.pages = List.copyOf(pages);
    }

    @Override
    public void crawl() {
        pages.forEach(page -> store.addDocument(setup.documentOf(page)));
    }

    /** Does nothing: pages carry their data in their model. */
    @Override
    public void crawlDataFiles() {
        // There are no data files: every value a template needs is in its page's model.
    }
}
