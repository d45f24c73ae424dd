package jp.tsunagu.plan.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link CsvDataset}: its Japanese header, type, constraints and meaning.
 * <p>
 * A <em>derived</em> column repeats, for readers of the file, a value the model holds elsewhere — the
 * municipality's name, an initiative's title beside its id, a fiscal year in 和暦. Importing ignores nothing
 * silently: a derived cell must be left blank or agree with the model.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the header, such as {@code 全国地方公共団体コード}, not null
 * @param type  the type of the values, not null
 * @param required  whether every exported row has a value
 * @param derived  whether the column repeats a value held elsewhere (for readers only)
 * @param description  what the column holds, in Japanese, not null
 * @param values  the values allowed, not null, empty when any value of the type is allowed
 * @param pattern  a regular expression every value matches, may be empty
 */
public record CsvColumn(String name, CsvType type, boolean required, boolean derived, String description,
        List<String> values, Optional<String> pattern) {

    /**
     * Validates and copies the parts.
     *
     * @param name  the header, such as {@code 全国地方公共団体コード}, not null
     * @param type  the type of the values, not null
     * @param required  whether every exported row has a value
     * @param derived  whether the column repeats a value held elsewhere (for readers only)
     * @param description  what the column holds, in Japanese, not null
     * @param values  the values allowed, not null, empty when any value of the type is allowed
     * @param pattern  a regular expression every value matches, may be empty
     */
    public CsvColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        Objects.requireNonNull(pattern, "pattern");
    }

    static CsvColumn of(String name, CsvType type, boolean required, String description) {
        return new CsvColumn(name, type, required, false, description, List.of(), Optional.empty());
    }

    static CsvColumn derived(String name, CsvType type, boolean required, String description) {
        return new CsvColumn(name, type, required, true, description + "（参照用。取り込むときは空欄か、この値のまま）",
                List.of(), Optional.empty());
    }

    CsvColumn withValues(List<String> allowed) {
        return new CsvColumn(name, type, required, derived, description, allowed, pattern);
    }

    CsvColumn withPattern(String regex) {
        return new CsvColumn(name, type, required, derived, description, values, Optional.of(regex));
    }
}
