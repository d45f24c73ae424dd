package jp.tsunagu.site.audit;

import java.time.Duration;
import java.util.function.Consumer;

import jp.tsunagu.site.files.Progress;

/**
 * Reports a long audit's progress in Japanese, at most every {@value #INTERVAL_SECONDS} seconds: pages done of all
 * pages and an estimate of the time left, such as {@code 試験中：120 / 185 ページ（ブラウザーで 60 / 125、残り約 1 分 10 秒）}.
 * A CI log thus gets a line every few seconds, never one per page. This class is thread-safe.
 */
final class AuditProgress {

    /** The shortest time between two lines. */
    static final long INTERVAL_SECONDS = 5;

    private final Consumer<String> out;
    private final int total;
    private final int toAudit;
    private final long start = System.nanoTime();
    private long last = start;
    private int done;

    /**
     * Starts the clock.
     *
     * @param out     where the lines go, not null
     * @param total   every page of the audit, cached or not
     * @param toAudit the pages tested in the browser
     */
    AuditProgress(Consumer<String> out, int total, int toAudit) {
        this.out = out;
        this.total = total;
        this.toAudit = toAudit;
    }

    /** Counts a page tested in the browser and reports if the last line is old enough. */
    synchronized void pageDone() {
        done++;
        long now = System.nanoTime();
        if (done < toAudit && now - last >= Duration.ofSeconds(INTERVAL_SECONDS).toNanos()) {
            last = now;
            long left = (now - start) / done * (toAudit - done);
            out.accept(String.format("試験中：%d / %d ページ（ブラウザーで %d / %d、残り約 %s）", total - toAudit + done, total, done,
                    toAudit, duration(Duration.ofNanos(left))));
        }
    }

    /**
     * Writes a duration as Japanese minutes and seconds, such as {@code 2 分 5 秒} or {@code 40 秒}.
     *
     * @param d the duration, not null
     * @return the text, not null
     */
    static String duration(Duration d) {
        return Progress.duration(d);
    }
}
