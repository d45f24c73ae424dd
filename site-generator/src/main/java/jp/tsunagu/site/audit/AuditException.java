package jp.tsunagu.site.audit;

/**
 * The audit of a built site could not run or could not be trusted: no browser, no built site, a report page
 * without its place for the results, axe not finishing. The message is in Japanese and says what to do.
 */
public final class AuditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and how to fix it, in Japanese, not null
     */
    public AuditException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong and how to fix it, in Japanese, not null
     * @param cause   the underlying failure, may be null
     */
    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
