package jp.tsunagu.site.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.BuildResult;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteSession;
import jp.tsunagu.site.Stage;

/**
 * The development server's builds of one site over a {@link SiteSession}, and where they left it: the version
 * (every build counts, failed ones too), the content errors or failure of the last build, and the preview note of
 * an update that left the search index and open data as they were.
 * <p>
 * One build runs at a time; the {@link ServeListener} hears each, one at a time. While a build publishes, readers
 * of the output folder ({@link #siteReadLock()}) wait, so a page is never read half-swapped. A build that fails
 * leaves the last good site in the output folder.
 * <p>
 * This class is thread-safe.
 */
final class Rebuilder {
    /**
     * Where the last build left the site.
     *
     * @param version  the number of builds so far, 0 before the first
     * @param errors  the content errors of the last build, empty if it had none, not null
     * @param failure  the message of a failure of another kind, empty if none, not null
     * @param note  what the last build, an update, left as it was (for the preview page), empty if nothing, not null
     */
    record State(long version, List<ValidationIssue> errors, String failure, String note) {
        State {
            errors = List.copyOf(errors);
        }

        /**
         * Tells whether the last build published the site.
         *
         * @return true without errors and failure
         */
        boolean ok() {
            return errors.isEmpty() && failure.isEmpty();
        }
    }

    private final SiteSession session;
    private final ServeListener listener;
    private final ReadWriteLock siteLock = new ReentrantReadWriteLock();
    private final Object buildLock = new Object();
    private final Object stateLock = new Object();
    private State state = new State(0, List.of(), "", "");
    private boolean closed;

    /**
     * Creates the builds of a site; nothing is built yet.
     *
     * @param build  what to build, its base URL the server's address, not null
     * @param listener  hears each build, not null
     */
    Rebuilder(BuildRequest build, ServeListener listener) {
        this.session = new SiteSession(build);
        this.listener = listener;
    }

    /**
     * Builds the whole site ({@link SiteSession#full()}) and waits for it.
     *
     * @return where the build left the site, not null
     */
    State full() {
        return build(false, session::full);
    }

    /**
     * Builds after source files changed ({@link SiteSession#update}): only the pages whose values changed when every
     * file is content, else the whole site.
     *
     * @param changed  the changed files, may be empty (then the whole site), not null
     * @return where the build left the site, not null
     */
    State update(Collection<Path> changed) {
        List<Path> files = List.copyOf(changed);
        return build(true, () -> session.update(files));
    }

    /**
     * Gets where the last build left the site.
     *
     * @return the state, version 0 before the first build, not null
     */
    State state() {
        synchronized (stateLock) {
            return state;
        }
    }

    /**
     * Gets the lock to hold while reading the output folder; a build publishes only while no one holds it.
     *
     * @return the read lock, not null
     */
    Lock siteReadLock() {
        return siteLock.readLock();
    }

    /**
     * Waits for a build after the given version, at most the given time, or until {@link #close()}.
     *
     * @param seen  the version already known
     * @param atMost  how long to wait, not null
     * @return the version now, which is {@code seen} if no build came, not null
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    long awaitVersionAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (stateLock) {
            while (state.version() == seen && !closed) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                stateLock.wait(left);
            }
            return state.version();
        }
    }

    /**
     * Tells whether {@link #close()} was called.
     *
     * @return true once closed
     */
    boolean isClosed() {
        synchronized (stateLock) {
            return closed;
        }
    }

    /** Wakes everyone waiting for a build; a build under way still finishes. */
    void close() {
        synchronized (stateLock) {
            closed = true;
            stateLock.notifyAll();
        }
    }

    private State build(boolean update, Supplier<BuildResult> run) {
        synchronized (buildLock) {
            long start = System.nanoTime();
            long next = state().version() + 1;
            State outcome;
            BuildResult result = null;
            ContentErrorException contentErrors = null;
            SiteException failure = null;
            siteLock.writeLock().lock();
            try {
                result = run.get();
                String note = update && !result.notes().isEmpty() ? SiteSession.deferred() : "";
                outcome = new State(next, List.of(), "", note);
            } catch (ContentErrorException e) {
                contentErrors = e;
                outcome = new State(next, e.report().issues(), "", "");
            } catch (SiteException e) {
                failure = e;
                outcome = new State(next, List.of(), e.getMessage(), "");
            } catch (RuntimeException e) {
                failure = new SiteException(Stage.PUBLISH, "サイトを作り直せませんでした（生成処理の誤りです）。保存した内容を確かめ、"
                        + "直らなければ tsunagu:serve を -e を付けて起動し直し、表示された内容を開発者に知らせてください。", e);
                outcome = new State(next, List.of(), failure.getMessage(), "");
            } finally {
                siteLock.writeLock().unlock();
            }
            synchronized (stateLock) {
                state = outcome;
                stateLock.notifyAll();
            }
            if (result != null) {
                listener.built(result, Duration.ofNanos(System.nanoTime() - start), next == 1);
            } else if (contentErrors != null) {
                listener.contentErrors(contentErrors.report());
            } else {
                listener.failed(failure);
            }
            return outcome;
        }
    }
}
