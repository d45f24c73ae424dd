package jp.tsunagu.site.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

/** Progress lines: at most one every few seconds, pages done of all with the time left, none at the end. */
class ProgressTests {

    /** A clock moved by the test, in nanoseconds. */
    private static final class TestClock implements LongSupplier {
        final AtomicLong now = new AtomicLong();

        void advanceSeconds(long s) {
            now.addAndGet(Duration.ofSeconds(s).toNanos());
        }

        @Override
        public long getAsLong() {
            return now.get();
        }
    }

    @Test
    void aLineComesEveryFewSecondsWithPagesDoneAndTheTimeLeft() {
        TestClock clock = new TestClock();
        List<String> lines = new ArrayList<>();
        Progress p = Progress.of(lines::add, "ふりがな", 10_000, clock);

        for (int i = 0; i < 1_200; i++) {
            clock.advanceSeconds(0);
            p.done();
        }
        assertThat(lines).as("not yet a few seconds").isEmpty();
        clock.advanceSeconds(6);
        p.done(); // 1,201 pages in 6 s: 8,799 left at that rate take 43 s
        assertThat(lines).containsExactly("ふりがな：1,201 / 10,000 ページ（残り約 43 秒）");
        clock.advanceSeconds(1);
        p.done();
        assertThat(lines).as("the last line is one second old").hasSize(1);
        clock.advanceSeconds(Progress.INTERVAL_SECONDS);
        p.done();
        assertThat(lines).hasSize(2).last().asString().startsWith("ふりがな：1,203 / 10,000 ページ（残り約 ");
    }

    @Test
    void theLastPageSaysNothingAndNoneSaysNothingEver() {
        TestClock clock = new TestClock();
        List<String> lines = new ArrayList<>();
        Progress p = Progress.of(lines::add, "検索の索引", 2, clock);
        clock.advanceSeconds(10);
        p.done();
        clock.advanceSeconds(10);
        p.done();
        assertThat(lines).containsExactly("検索の索引：1 / 2 ページ（残り約 10 秒）");
        Progress.NONE.done();
        assertThat(Progress.duration(Duration.ofSeconds(125))).isEqualTo("2 分 5 秒");
    }

    @Test
    void aBudgetThatReportsCountsEachFileOnce() {
        TestClock clock = new TestClock();
        List<String> lines = new ArrayList<>();
        FileBudget budget = FileBudget.of(Duration.ofHours(1), clock).reporting(Progress.of(lines::add, "リンクの確認", 3, clock));
        Optional<String> nested = budget.run("a.html", () -> budget.run("a.html#inner", () -> "x").orElseThrow());
        clock.advanceSeconds(Progress.INTERVAL_SECONDS);
        budget.run("b.html", () -> "y");
        assertThat(nested).contains("x");
        assertThat(lines).as("a and b done: the nested run of a is not a file of its own")
                .containsExactly("リンクの確認：2 / 3 ページ（残り約 2 秒）");
    }
}
