package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "1989, 平成元年度",
            "2018, 平成30年度",
            "2019, 令和元年度",
            "2020, 令和2年度",
            "2031, 令和13年度",
    })
    void formatsInWareki(int year, String wareki) {
        assertEquals(wareki, FiscalYear.of(year).toWareki());
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "2021,        2021",
            "2021年度,    2021",
            "令和3年度,   2021",
            "令和元年度,  2019",
            "令和1年度,   2019",
            "平成31年度,  2019",
            "平成30年度,  2018",
            "' 2022 ',    2022",
    })
    void parsesWesternAndWareki(String text, int year) {
        assertEquals(FiscalYear.of(year), FiscalYear.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"21", "令和年度", "平成32年度", "令和0年度", "R3", "2021-04", "1988"})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> FiscalYear.parse(text)).isInstanceOf(PlanModelException.class)
                .hasMessageContaining("fiscal year");
    }

    @Test
    void runsFromAprilToMarch() {
        FiscalYear fy = FiscalYear.of(2020);
        assertAll(
                () -> assertEquals(LocalDate.of(2020, 4, 1), fy.startDate()),
                () -> assertEquals(LocalDate.of(2021, 3, 31), fy.endDate()),
                () -> assertEquals(fy, FiscalYear.from(LocalDate.of(2021, 3, 31))),
                () -> assertEquals(fy.next(), FiscalYear.from(LocalDate.of(2021, 4, 1))),
                () -> assertEquals(FiscalYear.of(2019), fy.previous()),
                () -> assertThat(fy.contains(LocalDate.of(2020, 3, 31))).isFalse());
    }

    @Test
    void isAValue() {
        assertAll(
                () -> assertEquals(FiscalYear.of(2021), FiscalYear.parse("令和3年度")),
                () -> assertEquals(FiscalYear.of(2021).hashCode(), FiscalYear.parse("2021").hashCode()),
                () -> assertThat(FiscalYear.of(2020)).isLessThan(FiscalYear.of(2021)),
                () -> assertEquals("2021年度", FiscalYear.of(2021).toString()));
    }

    @Test
    void refusesYearsOutOfRange() {
        assertThatThrownBy(() -> FiscalYear.of(1988))
                .hasMessage("Invalid fiscal year (valid values 1989 - 2999): 1988");
    }
}
