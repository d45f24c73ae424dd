package jp.tsunagu.site.files;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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

    /**
     * Does some work for each item of a list on a pool of threads, handing the items out in the list's order (a
     * thread takes the next item when it is done with one), and stops the pool before returning. The first failure
     * is thrown as it was thrown (an {@link Error} or a {@link RuntimeException}) once every thread has ended; after
     * it, no thread takes another item.
     *
     * @param <T>  the items' type
     * @param name  the threads' name, not null
     * @param items  the items, not null
     * @param threads  how many threads at most, at least 1
     * @param work  the work of one item, thread-safe, not null
     * @throws IllegalStateException if the calling thread is interrupted while it waits
     */
    public static <T> void each(String name, List<T> items, int threads, Consumer<T> work) {
        int n = Math.max(1, Math.min(threads, items.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Callable<Void> worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size() && !failed.get(); i = next.getAndIncrement()) {
                    work.accept(items.get(i));
                }
                return null;
            } catch (RuntimeException | Error e) {
                failed.set(true); // the other threads take no more items
                throw e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                done.add(pool.submit(worker));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        } catch (ExecutionException e) {
            throw Pools.unchecked(e);
        } finally {
            stop(pool);
        }
    }

    /**
     * The failure of work done on another thread, as that work threw it: its {@link Error} or unchecked exception
     * (an {@link Error} is thrown here), anything else wrapped.
     *
     * @param e  the failure, not null
     * @return the unchecked exception to throw, not null
     */
    static RuntimeException unchecked(ExecutionException e) {
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException(e.getCause());
    }
}
