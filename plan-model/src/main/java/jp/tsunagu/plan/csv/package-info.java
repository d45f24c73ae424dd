/**
 * The plan as CSV files in the style of the 自治体標準オープンデータセット, exported and imported back:
 * {@link jp.tsunagu.plan.csv.PlanCsv} writes and merges, {@link jp.tsunagu.plan.csv.CsvDataset} names each file's
 * columns with their types (from which a Frictionless Table Schema can be written). RFC 4180 is written and read by
 * hand, so plan-model keeps its two runtime dependencies.
 * <p>
 * Nothing in {@code jp.tsunagu.plan} depends on this package.
 */
package jp.tsunagu.plan.csv;
