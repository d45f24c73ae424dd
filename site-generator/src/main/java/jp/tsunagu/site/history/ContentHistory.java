package jp.tsunagu.site.history;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The history of a content folder as its Git repository records it: for each content file, the commits that
 * changed it, newest first. The content is versioned by its commits, so the last-updated date of a page is the
 * date of the last commit that changed one of its files — never a file's modification time, so two builds of
 * one commit are byte-identical.
 * <pre>{@code
 * ContentHistory history = ContentHistory.read(Path.of("content/src/plan"));
 * history.lastUpdated("initiatives/open-data.md").ifPresent(System.out::println);
 * }</pre>
 * Without a repository (or without commits) the history is {@linkplain #isAvailable() unavailable} and
 * {@link #note()} says why, once, in Japanese. A shallow clone is read as far as it goes and says so too.
 * Renames are not followed: a renamed file's history starts at the rename. Merges count for a file only
 * when the merge itself changed it against every parent, as {@code git log -- file} shows it.
 * <p>
 * Reading walks the history once (linear in the number of commits touching the folder); the last few results
 * are cached by repository, {@code HEAD} and folder, so rebuilds while serving cost nothing until a commit.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ContentHistory {
    private static final int CACHE_SIZE = 4;
    private static final Map<String, ContentHistory> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ContentHistory> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final List<Commit> commits;
    private final Map<String, List<Commit>> byFile;
    private final Optional<String> note;

    private ContentHistory(List<Commit> commits, Optional<String> note) {
        this.commits = List.copyOf(commits);
        this.note = note;
        Map<String, List<Commit>> index = new LinkedHashMap<>();
        for (Commit c : this.commits) {
            for (String f : c.files()) {
                index.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFile = Map.copyOf(index);
    }

    /**
     * Obtains an empty, unavailable history.
     *
     * @param note  why there is no history, in Japanese, not null
     * @return the history, not null
     */
    public static ContentHistory none(String note) {
        return new ContentHistory(List.of(), Optional.of(note));
    }

    /**
     * Obtains a history from commits already known, such as in tests.
     *
     * @param commits  the commits, in any order, not null
     * @return the history, newest commit first, not null
     */
    public static ContentHistory of(List<Commit> commits) {
        return new ContentHistory(commits.stream().sorted(NEWEST_FIRST).toList(), Optional.empty());
    }

    private static final Comparator<Commit> NEWEST_FIRST = Comparator.comparing((Commit c) -> c.time().toInstant())
            .reversed().thenComparing(Commit::id);

    /**
     * Reads the history of a content folder from the Git repository that holds it (found by walking up).
     *
     * @param contentRoot  the content folder, such as {@code src/plan}, not null
     * @return the history, unavailable with a note when there is no repository, not null
     */
    public static ContentHistory read(Path contentRoot) {
        Path root;
        try {
            root = contentRoot.toRealPath();
        } catch (IOException e) {
            return none("コンテンツのフォルダ「" + contentRoot + "」がないため、更新日と変更履歴は載せません。");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return none("Git のリポジトリではないため、各ページの最終更新日と変更履歴は載せません（git init と git commit で記録を始められます）。");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                return none("Git のリポジトリに作業フォルダがないため、更新日と変更履歴は載せません。");
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            if (!root.startsWith(workTree)) {
                return none("コンテンツのフォルダが Git の作業フォルダの外にあるため、更新日と変更履歴は載せません。");
            }
            String prefix = workTree.relativize(root).toString().replace(File.separatorChar, '/');
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return none("Git のリポジトリにまだコミットがないため、更新日と変更履歴は載せません。");
            }
            boolean shallow = Files.exists(repo.getDirectory().toPath().resolve("shallow"));
            String key = repo.getDirectory().getCanonicalPath() + "\n" + head.name() + "\n" + prefix + "\n" + shallow;
            synchronized (CACHE) {
                ContentHistory cached = CACHE.get(key);
                if (cached != null) {
                    return cached;
                }
            }
            List<Commit> commits = walk(repo, head, prefix);
            ContentHistory history = new ContentHistory(commits, shallow ? Optional.of("Git のリポジトリが浅いクローン（shallow clone）のため、"
                    + "変更履歴は途中からです。CI では全履歴を取得してください（GitHub Actions は fetch-depth: 0、GitLab CI は GIT_DEPTH: 0）。")
                    : Optional.empty());
            synchronized (CACHE) {
                CACHE.put(key, history);
            }
            return history;
        } catch (IOException | RuntimeException e) {
            return none("Git の履歴を読めなかったため、更新日と変更履歴は載せません（" + (e instanceof IOException io
                    ? jp.tsunagu.site.files.IoMessages.of(io) : "リポジトリの .git が壊れているか、読めない形式です。git status と git log が動くか確かめてください")
                    + "）。");
        }
    }

    private static List<Commit> walk(Repository repo, ObjectId head, String prefix) throws IOException {
        List<Commit> out = new ArrayList<>();
        TreeFilter filter = prefix.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF);
        try (RevWalk walk = new RevWalk(repo)) {
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit c : walk) {
                Set<String> changed = null;
                if (c.getParentCount() == 0) {
                    changed = changed(repo, filter, null, c);
                } else {
                    for (RevCommit parent : c.getParents()) {
                        walk.parseHeaders(parent);
                        Set<String> against = changed(repo, filter, parent, c);
                        if (changed == null) {
                            changed = against;
                        } else {
                            changed.retainAll(against);
                        }
                    }
                }
                List<String> files = changed.stream()
                        .map(p -> prefix.isEmpty() ? p : p.substring(prefix.length() + 1))
                        .filter(p -> p.endsWith(".md")).toList();
                if (!files.isEmpty()) {
                    PersonIdent who = c.getCommitterIdent();
                    OffsetDateTime time = OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId());
                    out.add(new Commit(c.name(), c.abbreviate(7).name(), time, c.getShortMessage().strip(), files));
                }
            }
        }
        out.sort(NEWEST_FIRST);
        return out;
    }

    private static Set<String> changed(Repository repo, TreeFilter filter, RevCommit parent, RevCommit commit) throws IOException {
        Set<String> paths = new HashSet<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.setRecursive(true);
            tw.setFilter(filter);
            if (parent == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(parent.getTree());
            }
            tw.addTree(commit.getTree());
            while (tw.next()) {
                paths.add(tw.getPathString());
            }
        }
        return paths;
    }

    /**
     * Checks whether commits could be read.
     *
     * @return false when there is no repository or no commit
     */
    public boolean isAvailable() {
        return note.isEmpty() || !commits.isEmpty();
    }

    /**
     * Gets what the build should say once about the history: why there is none, or that it is partial.
     *
     * @return the note in Japanese, empty when the history is whole
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Lists every commit that changed content, newest first.
     *
     * @return the commits, not null, may be empty
     */
    public List<Commit> commits() {
        return commits;
    }

    /**
     * Lists the commits that changed a content file, newest first.
     *
     * @param file  the path relative to the content root with {@code /}, such as {@code plan.md}, not null
     * @return the commits, not null, empty if the file was never committed
     */
    public List<Commit> of(String file) {
        return byFile.getOrDefault(file, List.of());
    }

    /**
     * Lists the commits that changed any of some content files, newest first, each once.
     *
     * @param files  paths relative to the content root, not null
     * @return the commits, not null, may be empty
     */
    public List<Commit> ofAny(List<String> files) {
        Set<String> wanted = Set.copyOf(files);
        return commits.stream().filter(c -> c.files().stream().anyMatch(wanted::contains)).toList();
    }

    /**
     * Gets the date of the last commit that changed a content file, in the committer's own offset.
     *
     * @param file  the path relative to the content root, not null
     * @return the date, empty if the file was never committed
     */
    public Optional<LocalDate> lastUpdated(String file) {
        return of(file).stream().findFirst().map(c -> c.time().toLocalDate());
    }
}
