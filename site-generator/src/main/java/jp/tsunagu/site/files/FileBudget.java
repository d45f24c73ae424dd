package jp.tsunagu.site.files;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The time and memory one file may take in one stage that reads editor text (its Markdown, its page's furigana,
 * search text and links). A stage runs each file's work through {@link #run}; a file that takes longer than the
 * limit, or runs out of memory or stack, is recorded as an {@link Overrun} and the stage goes on with the next
 * file, so that the build reports every such file at once and publishes nothing.
 * <p>
 * Runaway work is stopped honestly: the libraries a stage calls (flexmark, jsoup, Kuromoji) ignore interruption,
 * so their input is bounded instead (the body limits, 2 MB a file) and no thread is ever left running after the
 * stage; the stage's own loops call {@link #checkpoint()}, which stops a file's work once it is over the limit.
 * A file whose last library call ends after the limit is reported all the same. FreeMarker templates, prepared
 * for it, stop when interrupted: the render stage runs each page under a {@link Watchdog} too. Example:
 * <pre>{@code
 * FileBudget budget = FileBudget.of(Duration.ofSeconds(60));
 * Optional<String> html = budget.run("pages/x.md", () -> convert(text));
 * budget.overruns().forEach(o -> report(o.file(), o.kind()));
 * }</pre>
 * This class is thread-safe: files may run on several threads at once, each file on one thread.
 */
public final class FileBudget {
    /** How long a file may take in one stage unless the build says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);
    /** The system's clock, {@link System#nanoTime()}: one instance, so that requests that use it are equal. */
    public static final LongSupplier SYSTEM_CLOCK = System::nanoTime;

    private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final LongSupplier ticker;
    private final Progress progress;
    private final List<Overrun> overruns = new ArrayList<>();

    private FileBudget(Duration limit, LongSupplier ticker, Progress progress) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Obtains a budget measured by the system's clock ({@link System#nanoTime()}).
     *
     * @param limit  how long one file may take, positive, not null
     * @return a new budget with no overruns, not null
     */
    public static FileBudget of(Duration limit) {
        return new FileBudget(limit, SYSTEM_CLOCK, Progress.NONE);
    }

    /**
     * Obtains a budget measured by another clock, in nanoseconds like {@link System#nanoTime()}: a test's clock
     * that advances with each reading makes the time a file takes proportional to its {@link #checkpoint()}s.
     *
     * @param limit  how long one file may take, positive, not null
     * @param ticker  the clock, read on the thread doing the file's work, not null
     * @return a new budget with no overruns, not null
     */
    public static FileBudget of(Duration limit, LongSupplier ticker) {
        return new FileBudget(limit, ticker, Progress.NONE);
    }

    /**
     * Obtains a budget like this one that also counts each file done (each outermost {@link #run}) in a progress
     * report, for a stage whose files are many.
     *
     * @param report  the progress report, not null
     * @return a new budget with no overruns, not null
     */
    public FileBudget reporting(Progress report) {
        return new FileBudget(limit, ticker, report);
    }

    /**
     * Gets how long one file may take.
     *
     * @return the limit, not null
     */
    public Duration limit() {
        return limit;
    }

    /**
     * Does one file's work on this thread and measures it.
     *
     * @param <T>  the work's result
     * @param file  the file as the stage names it (a content file or a page's path), not null
     * @param work  the work, not null
     * @return its result, or empty if the file went over the limit or ran out of memory or stack (then recorded)
     */
    public <T> Optional<T> run(String file, Supplier<T> work) {
        Objects.requireNonNull(file, "file");
        Running outer = CURRENT.get();
        Running running = new Running(this, file, ticker.getAsLong());
        CURRENT.set(running);
        try {
            T result = work.get();
            long took = ticker.getAsLong() - running.start;
            if (took > limit.toNanos()) {
                record(new Overrun(file, Overrun.Kind.TIME, Duration.ofNanos(took)));
                return Optional.empty();
            }
            return Optional.ofNullable(result);
        } catch (OverLimit e) {
            if (e.running != running) {
                throw e;
            }
            record(new Overrun(file, Overrun.Kind.TIME, e.took));
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            record(new Overrun(file, Overrun.Kind.MEMORY, Duration.ofNanos(ticker.getAsLong() - running.start)));
            return Optional.empty();
        } catch (StackOverflowError e) {
            record(new Overrun(file, Overrun.Kind.STACK, Duration.ofNanos(ticker.getAsLong() - running.start)));
            return Optional.empty();
        } finally {
            if (outer == null) {
                CURRENT.remove();
                progress.done();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Stops the work of the file this thread is doing in {@link #run} if it is over its limit; does nothing outside
     * a run. Call it in loops whose number of rounds grows with a file's text.
     */
    public static void checkpoint() {
        Running running = CURRENT.get();
        if (running != null) {
            long took = running.budget.ticker.getAsLong() - running.start;
            if (took > running.budget.limit.toNanos()) {
                throw new OverLimit(running, Duration.ofNanos(took));
            }
        }
    }

    /**
     * Gets the files that went over, in the order of their names.
     *
     * @return the overruns, not null, may be empty
     */
    public List<Overrun> overruns() {
        synchronized (overruns) {
            return overruns.stream().sorted(Comparator.comparing(Overrun::file)).toList();
        }
    }

    private void record(Overrun overrun) {
        synchronized (overruns) {
            overruns.add(overrun);
        }
    }

    /**
     * A file that went over its budget.
     * <p>
     * This class is immutable and thread-safe.
     *
     * @param file  the file as the stage named it, not null
     * @param kind  what ran out, not null
     * @param took  how long its work ran until it stopped, not null
     */
    public record Overrun(String file, Kind kind, Duration took) {
        /** What a file ran out of. */
        public enum Kind {
            /** Time: its work went past the limit. */
            TIME,
            /** Heap memory ({@link OutOfMemoryError}). */
            MEMORY,
            /** Stack ({@link StackOverflowError}). */
            STACK
        }

        /**
         * Checks the parts.
         *
         * @param file  the file, not null
         * @param kind  what ran out, not null
         * @param took  how long it ran, not null
         */
        public Overrun {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(took, "took");
        }
    }

    /** The file a thread is working on. */
    private record Running(FileBudget budget, String file, long start) {
    }

    /** Unwinds a file's work from a checkpoint to its {@link #run}. */
    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Running running;
        private final Duration took;

        OverLimit(Running running, Duration took) {
            super(null, null, false, false);
            this.running = running;
            this.took = took;
        }
    }
}
