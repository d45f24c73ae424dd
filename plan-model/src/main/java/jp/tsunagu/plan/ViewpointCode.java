package jp.tsunagu.plan;

/**
 * The letter of a viewpoint (観点), such as {@code A} for デジタル・バイ・デフォルト.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param letter  one upper-case ASCII letter, not null
 */
public record ViewpointCode(String letter) implements Comparable<ViewpointCode> {
    /**
     * Validates the letter.
     *
     * @param letter  one upper-case ASCII letter, not null
     */
    public ViewpointCode {
        Checks.notNull(letter, "letter");
        if (!letter.matches("[A-Z]")) {
            throw new PlanModelException("Invalid viewpoint code (valid values: one letter A - Z): '" + letter + "'");
        }
    }

    /**
     * Obtains a code.
     *
     * @param letter  one upper-case letter, not null
     * @return the code, not null
     */
    public static ViewpointCode of(String letter) {
        return new ViewpointCode(letter);
    }

    @Override
    public int compareTo(ViewpointCode other) {
        return letter.compareTo(other.letter);
    }

    @Override
    public String toString() {
        return letter;
    }
}
