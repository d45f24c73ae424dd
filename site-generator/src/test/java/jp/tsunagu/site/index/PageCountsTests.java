package jp.tsunagu.site.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PageCountsTests {
    @Test
    void ranksPagesByOccurrencesThenByNumber() {
        PageCounts counts = new PageCounts();
        counts.add(3, 1);
        counts.add(3, 1);
        counts.add(7, 2);
        counts.add(9, 1);
        counts.add(1, 1); // out of order: inserted in place
        counts.add(7, 1);
        assertThat(counts.pageCount()).isEqualTo(4);
        assertThat(counts.ranked()).containsExactly(7, 3, 1, 9);
    }

    @Test
    void mergingGivesWhatAddingEverythingToOneGives() {
        Random random = new Random(20261124);
        for (int round = 0; round < 50; round++) {
            PageCounts a = new PageCounts();
            PageCounts b = new PageCounts();
            Map<Integer, Integer> expected = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                int page = random.nextInt(120);
                int count = 1 + random.nextInt(3);
                (random.nextBoolean() ? a : b).add(page, count);
                expected.merge(page, count, Integer::sum);
            }
            a.addAll(b);
            List<Integer> ranked = expected.entrySet().stream()
                    .sorted((x, y) -> !x.getValue().equals(y.getValue()) ? y.getValue() - x.getValue() : x.getKey() - y.getKey())
                    .map(Map.Entry::getKey).toList();
            assertThat(a.pageCount()).isEqualTo(expected.size());
            assertThat(a.ranked()).isEqualTo(ranked);
        }
    }

    @Test
    void rejectsNegativePagesAndCountsBelowOne() {
        PageCounts counts = new PageCounts();
        assertThatIllegalArgumentException().isThrownBy(() -> counts.add(-1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> counts.add(1, 0));
    }
}
