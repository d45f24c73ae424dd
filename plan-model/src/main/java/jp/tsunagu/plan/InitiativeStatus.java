package jp.tsunagu.plan;

/**
 * Where an initiative stands.
 */
public enum InitiativeStatus implements Labelled {
    /** Named as an example in the basic policy, not yet scheduled in an action plan. */
    EXAMPLE("取組例"),
    /** Planned, not started. */
    PLANNED("計画"),
    /** Under way. */
    ACTIVE("実施中"),
    /** Finished. */
    COMPLETED("完了"),
    /** Paused. */
    SUSPENDED("休止"),
    /** Abolished. */
    ABOLISHED("廃止");

    private final String label;

    InitiativeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
