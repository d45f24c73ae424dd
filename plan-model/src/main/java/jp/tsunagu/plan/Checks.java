package jp.tsunagu.plan;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Checks() {
    }

    static <T> T notNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new PlanModelException("Invalid " + field + " (must not be blank): '" + value + "'");
        }
        return value;
    }

    static String id(String value, String field) {
        notNull(value, field);
        if (!ID.matcher(value).matches()) {
            throw new PlanModelException("Invalid " + field
                    + " (valid values: lower-case ASCII letters, digits and '-'): '" + value + "'");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String field) {
        notNull(values, field);
        return List.copyOf(values);
    }

    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }
}
