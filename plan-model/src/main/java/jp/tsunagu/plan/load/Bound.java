package jp.tsunagu.plan.load;

/**
 * A model object bound from a file, with the file's {@link Doc} so later checks can name lines.
 *
 * @param <T>  the model type
 * @param value  the object
 * @param doc  the file it came from
 */
record Bound<T>(T value, Doc doc) {
}
