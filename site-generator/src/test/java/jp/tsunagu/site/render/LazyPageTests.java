package jp.tsunagu.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazyPageTests {
    private static final Page OUTLINE = Page.of("initiatives/a.html", "initiative.ftlh", "A", Map.of("page", "context"));

    private static Page whole(AtomicInteger made) {
        made.incrementAndGet();
        return Page.of("initiatives/a.html", "initiative.ftlh", "A", Map.of("page", "context", "body", "<p>本文</p>"));
    }

    private static Page with(Page page, String key, String value) {
        Map<String, Object> values = new LinkedHashMap<>(page.model());
        values.put(key, value);
        return new Page(page.outputPath(), page.template(), page.title(), values);
    }

    @Test
    void makesTheWholePageAtEachCallAndKeepsOnlyTheOutline() {
        AtomicInteger made = new AtomicInteger();
        LazyPage page = LazyPage.of(OUTLINE, () -> whole(made));

        assertThat(made).hasValue(0);
        assertThat(page.page().model()).containsEntry("body", "<p>本文</p>");
        assertThat(page.page()).isEqualTo(page.page());
        assertThat(made).hasValue(3);
        assertThat(page.outline()).isSameAs(OUTLINE);
        assertThat(page.isKept()).isFalse();
    }

    @Test
    void changesOutlineAndWholePageWithMapButOnlyTheWholePageWithMapWhole() {
        AtomicInteger made = new AtomicInteger();
        LazyPage page = LazyPage.of(OUTLINE, () -> whole(made))
                .map(p -> with(p, "history", "2026-11-24"))
                .mapWhole(p -> with(p, "languages", "ja"));

        assertThat(made).hasValue(0);
        assertThat(page.outline().model()).containsEntry("history", "2026-11-24").doesNotContainKey("languages");
        assertThat(page.page().model()).containsEntry("history", "2026-11-24").containsEntry("languages", "ja")
                .containsEntry("body", "<p>本文</p>");
    }

    @Test
    void aPageKeptWholeIsItsOutlineAndStaysKeptWhenChanged() {
        LazyPage kept = LazyPage.of(OUTLINE).mapWhole(p -> with(p, "languages", "ja"));

        assertThat(kept.isKept()).isTrue();
        assertThat(kept.page()).isSameAs(kept.outline());
        assertThat(kept.outline().model()).containsEntry("languages", "ja");
        assertThat(LazyPage.whole(LazyPage.kept(List.of(OUTLINE)))).containsExactly(OUTLINE);
    }
}
