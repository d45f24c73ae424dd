package jp.tsunagu.site.files;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops a stage's pool of threads so that none is still working when the stage ends: after a page fails, the others
 * in flight would otherwise go on writing into a staging folder that is being deleted, or run on after the build.
 * The work of each file is bounded ({@link FileBudget}, the body limits), so waiting for it ends.
 * <pre>{@code
 * try { … } finally { Pools.stop(pool); }
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class Pools {
    private Pools() {
    }

    /**
     * Cancels what has not started, interrupts what runs, and waits until every thread of the pool has ended.
     *
     * @param pool  the pool, not null
     */
    public static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
