package jp.tsunagu.plan;

/**
 * Which way an indicator should move.
 */
public enum Direction implements Labelled {
    /** A larger value is better, such as the number of online applications. */
    HIGHER_IS_BETTER("高いほど良い"),
    /** A smaller value is better, such as processing time. */
    LOWER_IS_BETTER("低いほど良い");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
