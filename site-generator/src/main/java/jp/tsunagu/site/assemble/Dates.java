package jp.tsunagu.site.assemble;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as residents read them: 2021年4月1日（令和3年）. Deterministic: no default locale or time zone. */
final class Dates {
    private static final DateTimeFormatter ERA_YEAR = DateTimeFormatter.ofPattern("GGGGy年", Locale.JAPAN);

    private Dates() {
    }

    static String ja(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（" + era(d) + "）";
    }

    static String ja(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月（" + era(m.atEndOfMonth()) + "）";
    }

    private static String era(LocalDate d) {
        String s = ERA_YEAR.format(JapaneseDate.from(d));
        return s.replaceFirst("(\\D)1年$", "$1元年");
    }
}
