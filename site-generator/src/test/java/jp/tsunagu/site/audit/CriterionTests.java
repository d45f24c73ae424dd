package jp.tsunagu.site.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CriterionTests {

    @Test
    void jisX8341Part3Of2016HasTheThirtyEightCriteriaOfLevelsAAndAaOfWcag20() {
        List<Criterion> all = Criterion.JIS_X_8341_3_2016;
        assertThat(all).hasSize(38).extracting(Criterion::number).doesNotHaveDuplicates();
        assertThat(all).filteredOn(c -> c.level().equals("A")).hasSize(25);
        assertThat(all).filteredOn(c -> c.level().equals("AA")).hasSize(13);
        assertThat(all).noneMatch(Criterion::isAdditional);
        assertThat(all).extracting(Criterion::number).isSortedAccordingTo(Criterion::compareNumbers)
                .startsWith("1.1.1", "1.2.1").endsWith("4.1.1", "4.1.2");
        assertThat(Criterion.of("1.4.3")).get().hasToString("1.4.3 コントラスト（最低限） (AA)");
    }

    @ParameterizedTest(name = "axe tag {0} → {1}")
    @CsvSource(textBlock = """
            wcag111,  1.1.1
            wcag143,  1.4.3
            wcag1410, 1.4.10
            wcag412,  4.1.2
            wcag258,  2.5.8
            """)
    void axeTagsNameTheirCriterion(String tag, String number) {
        assertThat(Criterion.numberOfAxeTag(tag)).contains(number);
    }

    @ParameterizedTest(name = "axe tag {0} names no criterion")
    @CsvSource({"wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice", "cat.color", "section508.22.a", "EN-9.1.4.3"})
    void otherAxeTagsNameNone(String tag) {
        assertThat(Criterion.numberOfAxeTag(tag)).isEmpty();
    }

    @Test
    void laterCriteriaAreKnownButAdditional() {
        assertThat(Criterion.of("1.4.10")).get().satisfies(c -> {
            assertThat(c.title()).isEqualTo("リフロー");
            assertThat(c.source()).isEqualTo("WCAG 2.1");
            assertThat(c.isAdditional()).isTrue();
        });
        assertThat(Criterion.of("9.9.9")).isEmpty();
        assertThat(Criterion.compareNumbers("1.4.3", "1.4.10")).isNegative();
    }

    @Test
    void malformedPartsAreRejectedWithTheBadValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Criterion("1.4", "x", "AA", "WCAG 2.0"))
                .withMessage("Invalid success criterion number (such as 1.4.3): 1.4");
        assertThatIllegalArgumentException().isThrownBy(() -> new Criterion("1.4.3", "x", "B", "WCAG 2.0"))
                .withMessage("Invalid level of criterion 1.4.3 (valid values A, AA, AAA): B");
    }
}
