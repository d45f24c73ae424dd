package jp.tsunagu.site.files;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Interrupts a thread whose work on one file goes past its time, for work that stops when interrupted (FreeMarker
 * templates prepared for it), where {@link FileBudget#checkpoint()} cannot be called. The interrupt is cleared before
 * {@link #during} returns, so the thread, perhaps a pool's, goes on with its next file as if nothing had happened;
 * whether the file went over is for its {@link FileBudget} to say.
 * <pre>{@code
 * try (Watchdog watchdog = Watchdog.of(budget.limit())) {
 *     budget.run(file, () -> watchdog.during(() -> render(file)));
 * }
 * }</pre>
 * This class is thread-safe: many threads may each do their files' work in {@link #during} at once.
 */
public final class Watchdog implements AutoCloseable {
    private final Duration limit;
    private final ScheduledExecutorService timer;

    private Watchdog(Duration limit) {
        this.limit = limit;
        this.timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tsunagu-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a watchdog.
     *
     * @param limit  how long one piece of work may take before its thread is interrupted, positive, not null
     * @return the watchdog, to be closed, not null
     */
    public static Watchdog of(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return new Watchdog(limit);
    }

    /**
     * Does one piece of work on this thread, interrupting it if it runs past the limit.
     *
     * @param <T>  the work's result
     * @param work  the work, not null
     * @return the work's result
     */
    public <T> T during(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Watched watched = new Watched(Thread.currentThread());
        ScheduledFuture<?> alarm = timer.schedule(watched::interrupt, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return work.get();
        } finally {
            alarm.cancel(false);
            watched.finish();
        }
    }

    /** Stops the timer; work still in {@link #during} is no longer watched. */
    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One piece of work's thread: interrupted only while the work runs, and its interrupt cleared afterwards. */
    private static final class Watched {
        private final Thread thread;
        private boolean finished;
        private boolean interrupted;

        Watched(Thread thread) {
            this.thread = thread;
        }

        synchronized void interrupt() {
            if (!finished) {
                interrupted = true;
                thread.interrupt();
            }
        }

        synchronized void finish() {
            finished = true;
            if (interrupted) {
                Thread.interrupted(); // the interrupt was ours: the thread's next work starts clean
            }
        }
    }
}
