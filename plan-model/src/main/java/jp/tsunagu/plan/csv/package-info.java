/**
 * The plan as CSV files in the style of the 自治体標準オープンデータセット, exported and imported back:
 * {@link jp.tsunagu.plan.csv.PlanCsv} writes and merges, {@link jp.tsunagu.plan.csv.CsvDataset} names each file's
 * columns with their types (from which a Frictionless Table Schema can be written). RFC 4180 is written and read by
 * Jackson's CSV format ({@code CsvFormat}), which adds the encoding detection and Japanese messages. An import reads
 * each dataset with its own class ({@code ViewpointRows} … {@code GlossaryRows}) over the shared machinery of
 * {@code CsvMerge}; every message it reports is in {@code CsvMessages}.
 * <p>
 * Nothing in {@code jp.tsunagu.plan} depends on this package.
 */
package jp.tsunagu.plan.csv;
