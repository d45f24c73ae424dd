package jp.tsunagu.site.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class RubyMemoTests {
    private static final List<String> TEXTS = List.of("ホーム", "観点", "担当課", "デジタル・バイ・デフォルトの推進",
            "取り組みの実施状況", "会津若松市の情報化推進計画", "協働・共創のためのデジタルシフトの推進",
            "ＩＣＴを活用した行政手続のオンライン化", "市民の利便性向上を図る。");

    @Test
    void aFinderWithAMemoFindsWhatOneWithoutFinds() {
        Furigana alone = new Furigana(null);
        RubyMemo memo = new RubyMemo();
        Furigana first = new Furigana(null, memo);
        Furigana second = new Furigana(null, memo);
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                List<Furigana.Ruby> expected = alone.rubies(text);
                assertThat(first.rubies(text)).as(text).isEqualTo(expected);
                assertThat(second.rubies(text)).as(text).isEqualTo(expected);
            }
        }
        // kana-only texts are answered without reading, so they are not remembered
        assertThat(memo.size()).isEqualTo(TEXTS.size() - 1);
    }

    @Test
    void aShortTextIsReadOnceAndALongOneEveryTime() {
        RubyMemo memo = new RubyMemo();
        AtomicInteger reads = new AtomicInteger();
        Function<String, List<Furigana.Ruby>> read = t -> {
            reads.incrementAndGet();
            return List.of(new Furigana.Ruby(0, 1, "よみ"));
        };
        for (int i = 0; i < 5; i++) {
            memo.rubies("観点", read);
        }
        assertThat(reads).hasValue(1);
        String paragraph = "情".repeat(RubyMemo.MAX_TEXT + 1);
        for (int i = 0; i < 3; i++) {
            memo.rubies(paragraph, read);
        }
        assertThat(reads).hasValue(4);
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void theMemoStopsGrowingAtItsLimitAndKeepsAnswering() {
        RubyMemo memo = new RubyMemo();
        AtomicInteger reads = new AtomicInteger();
        Function<String, List<Furigana.Ruby>> read = t -> {
            reads.incrementAndGet();
            return List.of(new Furigana.Ruby(0, t.length(), "か".repeat(t.length())));
        };
        int texts = RubyMemo.MAX_ENTRIES + 500;
        for (int i = 0; i < texts; i++) {
            assertThat(memo.rubies("頁" + i, read).get(0).end()).isEqualTo(("頁" + i).length());
        }
        assertThat(memo.size()).isEqualTo(RubyMemo.MAX_ENTRIES);
        String late = "頁" + (texts - 1);
        memo.rubies(late, read);
        assertThat(reads).as("a text beyond the limit is read again").hasValue(texts + 1);
    }

    @Test
    void rememberedRubiesCannotBeChangedByACaller() {
        RubyMemo memo = new RubyMemo();
        List<Furigana.Ruby> rubies = memo.rubies("観点", t -> new java.util.ArrayList<>(List.of(new Furigana.Ruby(0, 2, "かんてん"))));
        assertThatThrownBy(() -> rubies.add(new Furigana.Ruby(0, 1, "か"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
