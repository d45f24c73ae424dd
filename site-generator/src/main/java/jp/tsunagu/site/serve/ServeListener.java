package jp.tsunagu.site.serve;

import java.time.Duration;

import jp.tsunagu.plan.validate.ValidationReport;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.SiteException;

/**
 * Hears what the development server does, to tell the editor in the console. Every method does nothing unless
 * overridden; they are called from the server's build thread, one at a time.
 */
public interface ServeListener {
    /**
     * A build published the site.
     *
     * @param result  what was published, not null
     * @param took  how long the build took, not null
     * @param first  whether it is the first build of this server
     */
    default void built(BuildResult result, Duration took, boolean first) {
    }

    /**
     * The content has errors; the last good site stays and every page shows the errors.
     *
     * @param report  the issues with file, line and fix, not null
     */
    default void contentErrors(ValidationReport report) {
    }

    /**
     * A build failed for another reason (a template, the file system); every page shows the message.
     *
     * @param failure  the failure, labelled with its stage, not null
     */
    default void failed(SiteException failure) {
    }
}
