package jp.tsunagu.plan.csv;

import jp.tsunagu.plan.Labelled;

/**
 * What a row of the indicator values ({@link CsvDataset#KPI_VALUES}) holds: the baseline, the target now in
 * force, or the actual of a fiscal year.
 */
public enum KpiValueKind implements Labelled {
    /** The baseline (基準値) progress is measured from. */
    BASELINE("基準値", "baseline"),
    /** The target (目標値) now in force for the year; its history is in {@link CsvDataset#TARGETS}. */
    TARGET("目標値", "target"),
    /** The actual (実績値) reported in the year's action plan. */
    ACTUAL("実績値", "actual");

    private final String label;
    private final String idPart;

    KpiValueKind(String label, String idPart) {
        this.label = label;
        this.idPart = idPart;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Gets the ASCII word used in row ids, such as {@code actual}.
     *
     * @return the word, not null
     */
    public String idPart() {
        return idPart;
    }
}
