package jp.tsunagu.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), running from 1 April to 31 March and named by the western year it starts in.
 * <p>
 * {@code FiscalYear.of(2020)} is 令和2年度, from 2020-04-01 to 2021-03-31. The Japanese era name (和暦) is for
 * display only: {@link #toWareki()}. Fiscal 2019 began in 平成 but is written 令和元年度, as the government
 * does after the era change of 1 May 2019; {@link #parse(CharSequence)} also accepts 平成31年度 for it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear> {
    /** The smallest year accepted. */
    public static final int MIN_YEAR = 1989;
    /** The largest year accepted. */
    public static final int MAX_YEAR = 2999;

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:年度)?");
    private static final Pattern WAREKI = Pattern.compile("(令和|平成)(元|\\d{1,2})年度?");
    private static final int REIWA_OFFSET = 2018;
    private static final int HEISEI_OFFSET = 1988;

    private final int year;

    private FiscalYear(int year) {
        this.year = year;
    }

    /**
     * Obtains a fiscal year from the western year it starts in.
     *
     * @param year  the western year, from 1989 to 2999
     * @return the fiscal year, not null
     * @throws PlanModelException if the year is out of range
     */
    public static FiscalYear of(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new PlanModelException("Invalid fiscal year (valid values " + MIN_YEAR + " - " + MAX_YEAR + "): " + year);
        }
        return new FiscalYear(year);
    }

    /**
     * Obtains the fiscal year a date falls in.
     *
     * @param date  the date, not null
     * @return the fiscal year, not null
     */
    public static FiscalYear from(LocalDate date) {
        Checks.notNull(date, "date");
        return of(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads a fiscal year written as a western year ({@code 2021}, {@code 2021年度}) or in 和暦
     * ({@code 令和3年度}, {@code 令和元年度}, {@code 平成30年度}).
     *
     * @param text  the text, not null
     * @return the fiscal year, not null
     * @throws PlanModelException if the text is not a fiscal year
     */
    public static FiscalYear parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString().strip();
        Matcher western = WESTERN.matcher(s);
        if (western.matches()) {
            return of(Integer.parseInt(western.group(1)));
        }
        Matcher wareki = WAREKI.matcher(s);
        if (wareki.matches()) {
            int n = "元".equals(wareki.group(2)) ? 1 : Integer.parseInt(wareki.group(2));
            if (n >= 1) {
                boolean reiwa = "令和".equals(wareki.group(1));
                if (!reiwa && n > 31) {
                    throw new PlanModelException("Invalid fiscal year (平成 ends with 平成31年度): '" + s + "'");
                }
                return of(n + (reiwa ? REIWA_OFFSET : HEISEI_OFFSET));
            }
        }
        throw new PlanModelException("Invalid fiscal year (valid forms: 2021, 2021年度, 令和3年度, 令和元年度): '" + s + "'");
    }

    /**
     * Gets the western year the fiscal year starts in.
     *
     * @return the year, from 1989 to 2999
     */
    public int year() {
        return year;
    }

    /**
     * Gets the first day, 1 April.
     *
     * @return the first day, not null
     */
    public LocalDate startDate() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    /**
     * Gets the last day, 31 March of the next western year.
     *
     * @return the last day, not null
     */
    public LocalDate endDate() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    /**
     * Checks whether a date falls in this fiscal year.
     *
     * @param date  the date, not null
     * @return true if the date is in this fiscal year
     */
    public boolean contains(LocalDate date) {
        return from(date).equals(this);
    }

    /**
     * Returns the following fiscal year.
     *
     * @return the next fiscal year, not null
     */
    public FiscalYear next() {
        return of(year + 1);
    }

    /**
     * Returns the preceding fiscal year.
     *
     * @return the previous fiscal year, not null
     */
    public FiscalYear previous() {
        return of(year - 1);
    }

    /**
     * Checks whether this fiscal year is before another.
     *
     * @param other  the other fiscal year, not null
     * @return true if this is earlier
     */
    public boolean isBefore(FiscalYear other) {
        return year < other.year;
    }

    /**
     * Checks whether this fiscal year is after another.
     *
     * @param other  the other fiscal year, not null
     * @return true if this is later
     */
    public boolean isAfter(FiscalYear other) {
        return year > other.year;
    }

    /**
     * Formats the fiscal year in 和暦, such as {@code 令和2年度}, {@code 令和元年度} or {@code 平成30年度}.
     *
     * @return the Japanese-era name, not null
     */
    public String toWareki() {
        if (year >= 2019) {
            int n = year - REIWA_OFFSET;
            return "令和" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
        }
        int n = year - HEISEI_OFFSET;
        return "平成" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalYear other && other.year == year;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(year);
    }

    /**
     * Outputs the fiscal year as its western year followed by 年度, such as {@code 2020年度}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return year + "年度";
    }
}
