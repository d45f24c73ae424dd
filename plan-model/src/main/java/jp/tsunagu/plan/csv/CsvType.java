package jp.tsunagu.plan.csv;

/**
 * The type of a CSV column's values, named as Frictionless Table Schema names field types.
 */
public enum CsvType {
    /** Text, written as is. */
    STRING("string"),
    /** A whole number in ASCII digits, such as a western fiscal year {@code 2022}. */
    INTEGER("integer"),
    /** A decimal number written exactly, without grouping: {@code 3720}, {@code 18.5}, {@code -3}. */
    NUMBER("number"),
    /** An ISO date, {@code 2022-05-27}. */
    DATE("date"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean");

    private final String tableSchemaType;

    CsvType(String tableSchemaType) {
        this.tableSchemaType = tableSchemaType;
    }

    /**
     * Gets the Frictionless Table Schema type, such as {@code integer}.
     *
     * @return the type name, not null
     */
    public String tableSchemaType() {
        return tableSchemaType;
    }
}
