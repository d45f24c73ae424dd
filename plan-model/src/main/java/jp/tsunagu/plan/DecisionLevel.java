package jp.tsunagu.plan;

/**
 * The level at which an OODA decision was taken, from the field up to the headquarters.
 */
public enum DecisionLevel implements Labelled {
    /** The field (現場): the people doing the work. */
    FIELD("現場"),
    /** The department (所属). */
    DEPARTMENT("所属"),
    /** The CIO team (情報化統括推進委員会). */
    CIO_TEAM("CIOチーム"),
    /** The headquarters (推進本部). */
    HEADQUARTERS("推進本部");

    private final String label;

    DecisionLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
