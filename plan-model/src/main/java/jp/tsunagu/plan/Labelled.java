package jp.tsunagu.plan;

/**
 * A closed vocabulary whose values are written in content by their Japanese label.
 */
public interface Labelled {
    /**
     * Gets the label written in content and shown to readers.
     *
     * @return the Japanese label, not null
     */
    String label();

    /**
     * Finds the constant of an enum by its label.
     *
     * @param <E>  the enum type
     * @param type  the enum class, not null
     * @param label  the label, not null
     * @return the constant, not null
     * @throws PlanModelException if no constant has that label
     */
    static <E extends Enum<E> & Labelled> E fromLabel(Class<E> type, String label) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(label)) {
                return e;
            }
        }
        throw new PlanModelException("Invalid " + type.getSimpleName() + " (valid values: "
                + String.join(", ", labels(type)) + "): '" + label + "'");
    }

    /**
     * Lists the labels of an enum in declaration order.
     *
     * @param <E>  the enum type
     * @param type  the enum class, not null
     * @return the labels, not null
     */
    static <E extends Enum<E> & Labelled> java.util.List<String> labels(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }
}
