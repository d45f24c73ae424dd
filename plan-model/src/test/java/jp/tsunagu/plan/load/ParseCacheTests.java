package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load with a {@link ParseCache} gives what a load without one gives, before and after files change. */
class ParseCacheTests {

    @Test
    void a_cached_load_equals_a_fresh_load_after_edits_errors_and_fixes(@TempDir Path dir) {
        ContentFixture content = ContentFixture.minimal(dir);
        ParseCache cache = new ParseCache();
        LoadResult fresh = content.load(); // writes the files
        assertSame(PlanLoader.load(content.root(), cache), fresh);
        assertSame(PlanLoader.load(content.root(), cache), fresh); // every file from the cache

        content.file("initiatives/online-shinsei.md", ContentFixture.INITIATIVE.replace("viewpoints: [A", "viewpoints: [Z"));
        LoadResult brokenFresh = content.load();
        LoadResult broken = PlanLoader.load(content.root(), cache);
        assertThat(broken.report().hasErrors()).isTrue();
        assertSame(broken, brokenFresh);

        content.file("initiatives/online-shinsei.md", ContentFixture.INITIATIVE.replace("title: ", "title: 新しい"));
        LoadResult editedFresh = content.load();
        LoadResult edited = PlanLoader.load(content.root(), cache);
        assertThat(edited.report().hasErrors()).as(edited.report().format()).isFalse();
        assertThat(edited.model().orElseThrow().initiatives().get(0).title()).startsWith("新しい");
        assertSame(edited, editedFresh);
    }

    private static void assertSame(LoadResult cached, LoadResult fresh) {
        assertThat(cached.report().issues()).isEqualTo(fresh.report().issues());
        assertThat(cached.model()).isEqualTo(fresh.model());
        assertThat(cached.sources()).isEqualTo(fresh.sources());
    }
}
