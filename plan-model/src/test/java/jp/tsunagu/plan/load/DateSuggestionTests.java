package jp.tsunagu.plan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an editor types for a date, and the ISO form the message suggests instead. */
class DateSuggestionTests {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({
            "令和3年4月1日,   2021-04-01",
            "令和元年5月1日,  2019-05-01",
            "平成31年4月30日, 2019-04-30",
            "2021/4/1,        2021-04-01",
            "2021年4月1日,    2021-04-01",
            "令和3年2月30日,  ''",
            "来年の春,        ''",
    })
    void suggestsIsoDates(String typed, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Fields.suggestIso(typed));
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({
            "令和2年3月,  2020-03",
            "平成30年12月, 2018-12",
            "2020/3,      2020-03",
            "2020年3月,   2020-03",
            "令和2年13月, ''",
            "三月,        ''",
    })
    void suggestsIsoYearMonths(String typed, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Fields.suggestYearMonth(typed));
    }
}
