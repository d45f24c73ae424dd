package jp.tsunagu.plan;

/**
 * The root of the plan model's exceptions: an invalid value was given to a model type or a query.
 * <p>
 * Messages name the field, the allowed values and the bad value, for example
 * {@code "Invalid fiscal year (valid values 1900 - 2999): 12"}.
 */
public class PlanModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message  the message, not null
     */
    public PlanModelException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, may be null
     */
    public PlanModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
