package jp.tsunagu.plan;

/**
 * What a governance body is.
 */
public enum GovernanceKind implements Labelled {
    /** An organisation, such as 推進本部. */
    ORGANISATION("組織"),
    /** A meeting or committee, such as 情報セキュリティ委員会. */
    MEETING("会議"),
    /** A role held by a person, such as CIO. */
    ROLE("役職");

    private final String label;

    GovernanceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
