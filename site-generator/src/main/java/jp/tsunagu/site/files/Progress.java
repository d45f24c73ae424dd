package jp.tsunagu.site.files;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports long work's progress in Japanese, at most every {@value #INTERVAL_SECONDS} seconds: items done of all items
 * and an estimate of the time left, such as {@code ふりがな：1,200 / 10,000 ページ（残り約 1 分 10 秒）}. A CI log thus
 * gets a line every few seconds of a long stage, and none for work that ends sooner. This class is thread-safe.
 */
public final class Progress {
    /** The shortest time between two lines, in seconds. */
    public static final long INTERVAL_SECONDS = 5;
    /** Reports nothing. */
    public static final Progress NONE = new Progress(line -> { }, "", 0, System::nanoTime);

    private final Consumer<String> out;
    private final String what;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private int done;

    private Progress(Consumer<String> out, String what, int total, LongSupplier clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.what = Objects.requireNonNull(what, "what");
        this.total = total;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.getAsLong();
        this.last = start;
    }

    /**
     * Starts the clock of a piece of work.
     *
     * @param out  where the lines go, not null
     * @param what  the work's name as the lines begin with it, such as {@code ふりがな}, not null
     * @param total  how many items the work has
     * @return the reporter, not null
     */
    public static Progress of(Consumer<String> out, String what, int total) {
        return of(out, what, total, System::nanoTime);
    }

    /**
     * Starts the clock of a piece of work measured by another clock, in nanoseconds like {@link System#nanoTime()}.
     *
     * @param out  where the lines go, not null
     * @param what  the work's name, not null
     * @param total  how many items the work has
     * @param clock  the clock, not null
     * @return the reporter, not null
     */
    public static Progress of(Consumer<String> out, String what, int total, LongSupplier clock) {
        return new Progress(out, what, total, clock);
    }

    /** Counts an item done, and reports if the last line is old enough and items are left. */
    public void done() {
        if (this == NONE) {
            return;
        }
        String line = null;
        synchronized (this) {
            done++;
            long now = clock.getAsLong();
            if (done < total && now - last >= Duration.ofSeconds(INTERVAL_SECONDS).toNanos()) {
                last = now;
                long left = (now - start) / done * (total - done);
                line = String.format("%s：%,d / %,d ページ（残り約 %s）", what, done, total, duration(Duration.ofNanos(left)));
            }
        }
        if (line != null) {
            out.accept(line);
        }
    }

    /**
     * Writes a duration as Japanese minutes and seconds, such as {@code 2 分 5 秒} or {@code 40 秒}.
     *
     * @param d  the duration, not null
     * @return the text, not null
     */
    public static String duration(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " 分 " + d.toSecondsPart() + " 秒" : d.toSecondsPart() + " 秒";
    }
}
