package jp.tsunagu.site.files;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work a stage starts on a thread of its own and does its other work meanwhile (the assemble stage makes and writes
 * the open data while the Markdown is converted and the pages assembled), so that both processors are used where the
 * work on one thread would leave one idle. {@link #get()} waits for the result; {@link #close()}, in a
 * try-with-resources around the stage, waits for the work to end however the stage ends, so that nothing started
 * by a stage still runs (or writes) after it.
 * <p>
 * This class is thread-safe.
 *
 * @param <T>  the work's result
 */
public final class Beside<T> implements AutoCloseable {
    private final FutureTask<T> task;
    private final Thread thread;

    private Beside(FutureTask<T> task, Thread thread) {
        this.task = task;
        this.thread = thread;
    }

    /**
     * Starts work on a new thread.
     *
     * @param <T>  the work's result
     * @param name  the thread's name, not null
     * @param work  the work, not null; its failure is thrown by {@link #get()}
     * @return the running work, not null
     */
    public static <T> Beside<T> start(String name, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, Objects.requireNonNull(name, "name"));
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task, thread);
    }

    /**
     * Waits for the work and gets its result.
     *
     * @return the work's result
     * @throws RuntimeException  the work's own unchecked exception, or its error, as it threw it
     */
    public T get() {
        try {
            return waited();
        } catch (ExecutionException e) {
            throw Pools.unchecked(e);
        }
    }

    /** Waits for the work to end, whether it succeeded or not (its failure is for {@link #get()} to throw). */
    @Override
    public void close() {
        try {
            waited();
        } catch (ExecutionException | RuntimeException e) {
            // reported by get(), or the stage is already failing for another reason
        }
    }

    /** The result, waiting for it without giving up when this thread is interrupted (the interrupt is kept). */
    private T waited() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (CancellationException e) {
                    throw new IllegalStateException("cancelled: " + thread.getName(), e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
