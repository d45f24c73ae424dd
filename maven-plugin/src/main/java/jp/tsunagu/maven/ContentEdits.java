package jp.tsunagu.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.edit.ContentChange;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.files.AtomicText;

/**
 * What {@code tsunagu:import} and {@code tsunagu:new-year} share: the plan loaded without errors, and the changes
 * either shown as a unified diff (a dry run) or written, each file in one step.
 */
final class ContentEdits {
    private ContentEdits() {
    }

    /** @return the plan of a folder; its errors end the goal as every content error does */
    static PlanModel load(Path plan) {
        LoadResult loaded = PlanLoader.load(plan);
        if (loaded.model().isEmpty()) {
            throw new ContentErrorException(loaded.report());
        }
        return loaded.model().get();
    }

    /** Shows the changes as a unified diff ({@code git diff}'s form, paths relative to the plan folder). */
    static void showDiff(Log log, List<ContentChange> changes) throws MojoExecutionException {
        for (ContentChange c : changes) {
            log.info(diff(c).stripTrailing());
        }
    }

    static String diff(ContentChange c) throws MojoExecutionException {
        RawText a = new RawText(c.before().getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(c.after().getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM).diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out)) {
            out.write(("--- " + (c.before().isEmpty() ? "/dev/null" : "a/" + c.path()) + "\n+++ b/" + c.path() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            f.format(edits, a, b);
        } catch (IOException e) {
            throw new MojoExecutionException("差分を表示できませんでした（" + c.path() + "）。", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes every change, each file in one step. */
    static void write(Path plan, List<ContentChange> changes) throws MojoExecutionException {
        for (ContentChange c : changes) {
            try {
                AtomicText.write(plan.resolve(c.path()), c.after());
            } catch (IOException e) {
                throw new MojoExecutionException("「" + c.path() + "」を書き込めませんでした。フォルダに書く権限があるか、ディスクに空きがあるかを確かめてください"
                        + "（それより前のファイルは書き込み済みです）。", e);
            }
        }
    }
}
