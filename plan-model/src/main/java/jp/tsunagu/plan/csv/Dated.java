package jp.tsunagu.plan.csv;

import java.util.Optional;

import jp.tsunagu.plan.csv.CsvRow.Where;

/**
 * A merged value with the row it came from, empty when it came from the model.
 *
 * @param value  the value, not null
 * @param where  the row, empty for a value the model had
 */
record Dated<T>(T value, Optional<Where> where) {
    static <T> Dated<T> kept(T value) {
        return new Dated<>(value, Optional.empty());
    }
}
