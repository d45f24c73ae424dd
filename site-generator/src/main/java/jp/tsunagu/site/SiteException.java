package jp.tsunagu.site;

/**
 * A build failed in a stage for a reason other than content errors: a template, a tool or the file system.
 * The message starts with the stage, as in {@code render: template initiative.ftlh: …}.
 */
public class SiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stage that failed. */
    private final Stage stage;

    /**
     * Creates an exception.
     *
     * @param stage  the stage that failed, not null
     * @param message  what failed, not null
     * @param cause  the cause, may be null
     */
    public SiteException(Stage stage, String message, Throwable cause) {
        super(stage.label() + ": " + message, cause);
        this.stage = stage;
    }

    /**
     * Gets the stage that failed.
     *
     * @return the stage, not null
     */
    public Stage stage() {
        return stage;
    }
}
