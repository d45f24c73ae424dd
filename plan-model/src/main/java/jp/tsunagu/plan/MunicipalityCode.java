package jp.tsunagu.plan;

/**
 * A 全国地方公共団体コード: the six-digit code of a Japanese local government, five digits and a check digit.
 * <p>
 * Kept as text, because the leading zero matters: 会津若松市 is {@code 072028}. The check digit is that of
 * 総務省's rule: weights 6, 5, 4, 3, 2 on the first five digits; the remainder of the sum divided by 11,
 * subtracted from 11, last digit kept. {@code MunicipalityCode.parse("072028")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the six digits, not null
 */
public record MunicipalityCode(String value) {

    /**
     * Validates the code.
     *
     * @throws PlanModelException if the value is not six digits with a valid check digit
     * @param value  the six digits, not null
     */
    public MunicipalityCode {
        Checks.notNull(value, "value");
        if (!value.matches("\\d{6}")) {
            throw new PlanModelException("Invalid municipality code (valid values: six digits): '" + value + "'");
        }
        int expected = checkDigit(value.substring(0, 5));
        if (value.charAt(5) - '0' != expected) {
            throw new PlanModelException("Invalid municipality code '" + value + "': check digit should be " + expected);
        }
    }

    /**
     * Reads a code.
     *
     * @param text  six digits, not null
     * @return the code, not null
     */
    public static MunicipalityCode parse(String text) {
        return new MunicipalityCode(Checks.notNull(text, "text").strip());
    }

    /**
     * Computes the check digit of a five-digit 団体コード.
     *
     * @param fiveDigits  the first five digits, not null
     * @return the check digit, 0 to 9
     */
    public static int checkDigit(String fiveDigits) {
        if (!fiveDigits.matches("\\d{5}")) {
            throw new PlanModelException("Invalid municipality code prefix (valid values: five digits): '" + fiveDigits + "'");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /**
     * Gets the two-digit prefecture code, such as {@code 07} for 福島県.
     *
     * @return the prefecture code, not null
     */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
