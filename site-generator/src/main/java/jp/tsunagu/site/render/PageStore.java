package jp.tsunagu.site.render;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, answered from memory instead of OrientDB queries.
 * <p>
 * JBake's {@code Oven} still opens an in-memory OrientDB database in {@link #startup()}, because it
 * calls the final {@code updateSchema()} right after; but no document is ever written to or read
 * from it. Every query JBake makes while rendering (the unrendered documents once, then the
 * documents of one type for each page, to find its neighbours) is answered from a list, and the
 * per-type lists are built once and reused.
 * <p>
 * Used by one bake at a time; not thread-safe.
 */
final class PageStore extends ContentStore {

    private static final AtomicLong DATABASES = new AtomicLong();

    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, DocumentList<DocumentModel>> documentsByType = new HashMap<>();

    PageStore() {
        super("memory", "tsunagu-" + DATABASES.incrementAndGet());
    }

    /** Does nothing: the store is new for every bake, so there is no cache to clear. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // A new, empty store for every bake: nothing is cached between bakes.
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
        documentsByType.remove(document.getType());
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(document -> !document.getRendered());
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return documentsByType.computeIfAbsent(docType, type -> select(document -> type.equals(document.getType())));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        DocumentList<DocumentModel> all = getAllContent(docType);
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> page = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(page::add);
        return page;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(document -> docType.equals(document.getType()) && isPublished(document));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedContent("post");
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return select(document -> uri.equals(document.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(document -> "post".equals(document.getType()) && isPublished(document) && hasTag(document, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return select(document -> isPublished(document) && hasTag(document, tag));
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(getPublishedContent("post"));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(select(PageStore::isPublished));
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(document -> uri.equals(document.getSourceuri()));
        documentsByType.clear();
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(document -> docType.equals(document.getType()));
        documentsByType.remove(docType);
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> selected = new DocumentList<>();
        documents.stream().filter(filter).forEach(selected::add);
        return selected;
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        return Arrays.asList(document.getTags()).contains(tag);
    }

    private static Set<String> tagsOf(List<DocumentModel> documents) {
        Set<String> tags = new TreeSet<>();
        documents.forEach(document -> tags.addAll(Arrays.asList(document.getTags())));
        return tags;
    }
}
