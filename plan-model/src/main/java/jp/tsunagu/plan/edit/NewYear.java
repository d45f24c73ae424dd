package jp.tsunagu.plan.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Indicator;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.InitiativeStatus;
import jp.tsunagu.plan.PlanModel;

/**
 * Scaffolds a fiscal year's action plan from the year before: {@code action-plans/<year>/_index.md} from the
 * previous one (its own rating scale and comments kept; year and title changed; publication date and overview left
 * for the editor), and one entry per continuing initiative — status 計画 or 実施中, a period that includes the year,
 * and a previous direction other than 廃止 — with no actuals, rating or direction yet, and the previous year's
 * 「次年度の方向性」 carried over as the new 「計画」. Targets stay in the initiatives' files; the result lists, for each
 * continuing indicator, the year's target or that it has none ({@link Result#notes()}).
 * <pre>{@code
 * NewYear.Result r = NewYear.of(model, plan).scaffold(FiscalYear.of(2024));
 * r.problems();   // refused: the year exists, or the year before has no action plan
 * r.files();      // the new files (ContentChange with an empty "before")
 * }</pre>
 * A year that already has an action plan, or a folder, is never overwritten. This class is immutable and
 * thread-safe; it never writes.
 */
public final class NewYear {
    /** The direction after which an initiative does not continue. */
    static final String ABOLISH = "廃止";

    private final PlanModel model;
    private final Path planFolder;

    private NewYear(PlanModel model, Path planFolder) {
        this.model = model;
        this.planFolder = planFolder;
    }

    /**
     * Obtains the scaffolding for a plan.
     *
     * @param model  the plan loaded from {@code planFolder} without errors, not null
     * @param planFolder  the folder holding {@code plan.md}, not null
     * @return the scaffolding, not null
     */
    public static NewYear of(PlanModel model, Path planFolder) {
        return new NewYear(Objects.requireNonNull(model, "model"), Objects.requireNonNull(planFolder, "planFolder"));
    }

    /**
     * The new year's files, or why there are none.
     *
     * @param problems  why nothing can be made, in Japanese with the fix; empty if the files can be written
     * @param files  the new files, empty if there are problems
     * @param notes  what the editor should look at next (targets of the year), in Japanese
     */
    public record Result(List<String> problems, List<ContentChange> files, List<String> notes) {
        /**
         * Copies the lists.
         *
         * @param problems  the problems, may be empty
         * @param files  the files, may be empty
         * @param notes  the notes, may be empty
         */
        public Result {
            problems = List.copyOf(problems);
            files = problems.isEmpty() ? List.copyOf(files) : List.of();
            notes = List.copyOf(notes);
        }
    }

    /**
     * Works out the files of a year's action plan.
     *
     * @param year  the new fiscal year, not null
     * @return the files or the problems, not null
     * @throws UncheckedIOException if the previous year's files cannot be read
     */
    public Result scaffold(FiscalYear year) {
        String folder = "action-plans/" + year.year();
        FiscalYear previous = year.previous();
        if (model.actionPlan(year).isPresent() || Files.exists(planFolder.resolve(folder))) {
            return refused(folder + "/ はもうあります。今あるアクションプランは上書きしません。作り直すときは、このフォルダを消すか別の場所に移してから、"
                    + "もう一度実行してください。");
        }
        Optional<ActionPlan> last = model.actionPlan(previous);
        if (last.isEmpty()) {
            return refused(previous.toWareki() + "（" + previous.year() + "年度）のアクションプランがないため、" + year.toWareki()
                    + "のアクションプランを作れません。action-plans/" + previous.year() + "/ を先に作るか、"
                    + "今あるいちばん新しい年度の次の年度を -Dtsunagu.year で指定してください。");
        }
        List<ContentChange> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        files.add(new ContentChange(folder + "/_index.md", "", index(previous, year)));
        for (ActionPlanEntry e : last.get().entries()) {
            Optional<Initiative> i = model.initiative(e.initiative());
            if (i.isEmpty() || !continues(i.get(), e, year)) {
                continue;
            }
            files.add(new ContentChange(folder + "/" + e.initiative() + ".md", "", entry(e, year)));
            for (Indicator k : i.get().indicators()) {
                notes.add(k.currentTarget(year)
                        .map(t -> "取組「" + e.initiative() + "」の指標「" + k.name() + "」の" + year.toWareki() + "の目標値: "
                                + t.value().toPlainString() + k.unit())
                        .orElse("取組「" + e.initiative() + "」の指標「" + k.name() + "」に" + year.toWareki() + "の目標値がありません。"
                                + "initiatives/" + e.initiative() + ".md の targets に year: " + year.year() + " の目標値を足してください。"));
            }
        }
        return new Result(List.of(), files, notes);
    }

    /** Whether an initiative continues into the year: 計画 or 実施中, its period includes the year, not abolished. */
    static boolean continues(Initiative i, ActionPlanEntry last, FiscalYear year) {
        boolean running = i.status() == InitiativeStatus.PLANNED || i.status() == InitiativeStatus.ACTIVE;
        return running && i.runsIn(year) && !last.nextDirection().filter(ABOLISH::equals).isPresent();
    }

    private static Result refused(String problem) {
        return new Result(List.of(problem), List.of(), List.of());
    }

    /** The previous {@code _index.md} with the new year and title, no publication date, and an empty overview. */
    private String index(FiscalYear previous, FiscalYear year) {
        String text = read("action-plans/" + previous.year() + "/_index.md");
        FrontMatterText t = FrontMatterText.of(text).orElseThrow(() -> new UncheckedIOException(
                new IOException("action-plans/" + previous.year() + "/_index.md has no front matter")));
        List<String> order = List.of("type", "fiscal_year", "title", "published", "rating_scale");
        Optional<String> oldYear = FrontMatterText.entry(t.root(), "fiscal_year").map(e -> ((ScalarNode) e.value()).getValue());
        boolean wareki = oldYear.map(y -> !y.strip().matches("[0-9]+")).orElse(false);
        t.set(t.root(), "fiscal_year", wareki ? year.toWareki() : String.valueOf(year.year()), order);
        String title = model.actionPlan(previous).orElseThrow().title();
        String newTitle = title.contains(previous.toWareki()) ? title.replace(previous.toWareki(), year.toWareki())
                : title.contains(String.valueOf(previous.year())) ? title.replace(String.valueOf(previous.year()), String.valueOf(year.year()))
                : year.toWareki() + " アクションプラン";
        t.set(t.root(), "title", newTitle, order);
        t.remove(t.root(), "published");
        t.replaceBody("\n## 概要\n\n");
        return t.text();
    }

    /** A continuing initiative's new entry: no values yet, the previous year's direction as its plan. */
    private String entry(ActionPlanEntry last, FiscalYear year) {
        String carried = last.body().section("次年度の方向性").map(String::strip).orElse("");
        String text = "---\n"
                + "type: action_plan_entry\n"
                + "initiative: " + FrontMatterText.scalar(last.initiative(), ScalarStyle.PLAIN) + "\n"
                + "fiscal_year: " + year.year() + "\n"
                + "---\n"
                + "\n"
                + "## 計画\n"
                + "\n"
                + (carried.isEmpty() ? "" : carried + "\n\n")
                + "## 実績\n"
                + "\n"
                + "## 評価\n"
                + "\n"
                + "## 次年度の方向性\n";
        String previousText = read("action-plans/" + last.fiscalYear().year() + "/" + last.initiative() + ".md");
        return previousText.contains("\r\n") ? text.replace("\n", "\r\n") : text;
    }

    private String read(String path) {
        try {
            return new String(Files.readAllBytes(planFolder.resolve(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + path, e);
        }
    }
}
