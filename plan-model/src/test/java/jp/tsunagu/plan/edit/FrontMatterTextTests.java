package jp.tsunagu.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Splicing front matter: only what changes changes. */
class FrontMatterTextTests {
    private static final List<String> ORDER = PlanImport.ENTRY_KEYS;

    @Test
    void aNewKeyGoesAfterItsPredecessorAndAValueKeepsItsQuotesAndComment() {
        String text = "\uFEFF---\r\ntype: action_plan_entry   # 種別\r\ninitiative: \"x\"\r\nfiscal_year: 2023\r\n"
                + "next_direction: 継続\r\n---\r\n\r\n## 計画\r\n\r\n本文: そのまま\r\n";
        FrontMatterText t = FrontMatterText.of(text).orElseThrow();

        t.set(t.root(), "initiative", "y", ORDER);
        t.set(t.root(), "rating", "A", ORDER);
        t.set(t.root(), "next_direction", "継続", ORDER);

        assertThat(t.text()).isEqualTo("\uFEFF---\r\ntype: action_plan_entry   # 種別\r\ninitiative: \"y\"\r\nfiscal_year: 2023\r\n"
                + "rating: A\r\nnext_direction: 継続\r\n---\r\n\r\n## 計画\r\n\r\n本文: そのまま\r\n");
    }

    @Test
    void actualsAreAddedAsABlockAndItemsAppendedInTheirIndentation() {
        String text = "---\ntype: action_plan_entry\ninitiative: x\nactuals:\n    -   indicator: a\n        value: 1\nrating: B\n---\nbody\n";
        FrontMatterText t = FrontMatterText.of(text).orElseThrow();
        SequenceNode seq = (SequenceNode) FrontMatterText.entry(t.root(), "actuals").orElseThrow().value();

        t.append(seq, List.of("indicator: b", "value: 2"));
        t.set((MappingNode) seq.getValue().get(0), "note", "注: 記入", List.of("indicator", "value", "note"));

        assertThat(t.text()).isEqualTo("---\ntype: action_plan_entry\ninitiative: x\nactuals:\n    -   indicator: a\n        value: 1\n"
                + "        note: '注: 記入'\n      - indicator: b\n        value: 2\nrating: B\n---\nbody\n");

        FrontMatterText none = FrontMatterText.of("---\ntype: action_plan_entry\ninitiative: x\nrating: B\n---\n").orElseThrow();
        none.insert(none.root(), "actuals", List.of("actuals:", "  - indicator: a", "    value: 1"), ORDER);
        assertThat(none.text()).isEqualTo("---\ntype: action_plan_entry\ninitiative: x\nactuals:\n  - indicator: a\n    value: 1\nrating: B\n---\n");
    }

    @Test
    void scalarsAreWrittenSoTheLoaderReadsTheSameText() {
        assertThat(FrontMatterText.scalar("民間の講座", ScalarStyle.PLAIN)).isEqualTo("民間の講座");
        assertThat(FrontMatterText.scalar("a: b", ScalarStyle.PLAIN)).isEqualTo("'a: b'");
        assertThat(FrontMatterText.scalar("- 一つ目", ScalarStyle.PLAIN)).isEqualTo("'- 一つ目'");
        assertThat(FrontMatterText.scalar("二行\n目", ScalarStyle.PLAIN)).isEqualTo("\"二行\\n目\"");
        assertThat(FrontMatterText.scalar("引用", ScalarStyle.DOUBLE_QUOTED)).isEqualTo("\"引用\"");
        assertThat(PlanImport.number(new java.math.BigDecimal("1234567.25"), true)).isEqualTo("1,234,567.25");
        assertThat(PlanImport.number(new java.math.BigDecimal("-999"), true)).isEqualTo("-999");
    }
}
