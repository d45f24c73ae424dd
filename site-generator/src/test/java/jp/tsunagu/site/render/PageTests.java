package jp.tsunagu.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTests {

    @Test
    void copiesItsModel() {
        Map<String, Object> model = new HashMap<>(Map.of("reading", "じょうほう"));
        Page page = new Page(OutputPath.parse("用語/情報.html"), "term.ftlh", "情報", model);
        model.put("later", "変更");

        assertThat(page.model()).containsExactly(Map.entry("reading", "じょうほう"));
    }

    @Test
    void rejectsKeysJBakeWritesItself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Page.of("index.html", "page.ftlh", "トップ", Map.of("uri", "x", "type", "y", "ok", 1)))
                .withMessage("Page 'index.html' uses reserved model key(s) [type, uri] (JBake writes these; reserved: "
                        + "[cached, file, nextContent, noExtensionUri, previousContent, rendered, rootpath, sha1, "
                        + "sourceuri, status, title, type, uri])");
    }

    @Test
    void rejectsNullModelValues() {
        Map<String, Object> model = new HashMap<>();
        model.put("reading", null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Page(OutputPath.parse("index.html"), "page.ftlh", "トップ", model))
                .withMessage("Page 'index.html' has a null value for model key 'reading': leave the key out instead");
    }

    @ParameterizedTest(name = "template ''{0}'' is rejected")
    @ValueSource(strings = {"page.html", "page.vm", "/abs/page.ftlh", "../page.ftlh", "a/../../page.ftlh", "a\\page.ftlh"})
    void rejectsTemplatesThatAreNotFreemarkerFilesInsideTheFolder(String template) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Page.of("index.html", template, "トップ", Map.of()))
                .withMessage("Invalid template '" + template + "' for page 'index.html': "
                        + "name a FreeMarker file (.ftlh, .ftlx or .ftl) inside the templates folder");
    }

    @Test
    void acceptsTemplatesInSubfolders() {
        assertThat(Page.of("index.html", "partials/page.ftlx", "トップ", Map.of()).template())
                .isEqualTo("partials/page.ftlx");
    }

    @Test
    void requestRejectsTwoPagesWritingTheSameFile() {
        List<Page> pages = List.of(
                Page.of("用語/情報.html", "term.ftlh", "情報", Map.of()),
                Page.of("index.html", "page.ftlh", "トップ", Map.of()),
                Page.of("用語/情報.html", "term.ftlh", "情報（重複）", Map.of()));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> RenderRequest.of(pages, Path.of("templates"), Path.of("site")))
                .withMessage("Output conflict: '用語/情報.html' is written by 2 pages (titles [情報, 情報（重複）]). "
                        + "Give each page its own output path.");
    }
}
