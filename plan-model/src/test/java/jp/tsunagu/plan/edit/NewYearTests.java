package jp.tsunagu.plan.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.ValidationIssue;

/** {@code tsunagu:new-year}'s engine on a copy of the sample city. */
class NewYearTests {

    @Test
    void theNextYearOfTheSampleCityValidatesWithTheContinuingInitiatives(@TempDir Path tmp) throws IOException {
        Path plan = TestContent.copy(TestContent.sampleCity(), tmp.resolve("plan"));
        PlanModel model = PlanLoader.load(plan).orElseThrow();
        FiscalYear last = model.actionPlans().get(model.actionPlans().size() - 1).fiscalYear();
        FiscalYear year = last.next();
        Map<String, String> before = PlanImportTests.snapshot(plan);
        List<String> issuesBefore = PlanLoader.load(plan).report().issues().stream().map(ValidationIssue::format).toList();

        NewYear.Result result = NewYear.of(model, plan).scaffold(year);

        assertThat(result.problems()).isEmpty();
        assertThat(PlanImportTests.snapshot(plan)).as("scaffolding writes nothing itself").isEqualTo(before);
        for (ContentChange f : result.files()) {
            assertThat(f.before()).isEmpty();
            Files.createDirectories(plan.resolve(f.path()).getParent());
            Files.writeString(plan.resolve(f.path()), f.after());
        }
        LoadResult loaded = PlanLoader.load(plan);
        assertThat(loaded.report().hasErrors()).isFalse();
        assertThat(loaded.report().issues()).as("no issue beyond the sample city's own").extracting(ValidationIssue::format)
                .containsExactlyElementsOf(issuesBefore);
        ActionPlan made = loaded.orElseThrow().actionPlan(year).orElseThrow();
        ActionPlan previous = model.actionPlan(last).orElseThrow();
        assertThat(made.title()).isEqualTo(previous.title().replace(last.toWareki(), year.toWareki()));
        assertThat(made.published()).isEmpty();
        assertThat(made.ratingScale()).isEqualTo(previous.ratingScale());
        // continuing: 計画 or 実施中, running in the year, not abolished the year before
        assertThat(made.entries()).extracting(ActionPlanEntry::initiative).containsExactlyElementsOf(previous.entries().stream()
                .filter(e -> NewYear.continues(model.initiative(e.initiative()).orElseThrow(), e, year))
                .map(ActionPlanEntry::initiative).toList());
        assertThat(made.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actuals()).isEmpty();
            assertThat(e.rating()).isEmpty();
            assertThat(e.nextDirection()).isEmpty();
            assertThat(e.body().section("計画")).isEqualTo(previous.entry(e.initiative()).orElseThrow().body().section("次年度の方向性"));
        });
        assertThat(model.initiatives()).filteredOn(i -> made.entry(i.id()).isEmpty() && previous.entry(i.id()).isPresent())
                .allSatisfy(i -> assertThat(NewYear.continues(i, previous.entry(i.id()).orElseThrow(), year)).isFalse());
        assertThat(result.notes()).isNotEmpty().allSatisfy(n -> assertThat(n).contains(year.toWareki()));
    }

    @Test
    void refusesToOverwriteAYearAndToStartWithoutTheYearBefore(@TempDir Path tmp) throws IOException {
        Path plan = TestContent.copy(TestContent.sampleCity(), tmp.resolve("plan"));
        PlanModel model = PlanLoader.load(plan).orElseThrow();
        FiscalYear last = model.actionPlans().get(model.actionPlans().size() - 1).fiscalYear();

        NewYear.Result existing = NewYear.of(model, plan).scaffold(last);
        assertThat(existing.files()).isEmpty();
        assertThat(existing.problems()).singleElement().asString()
                .startsWith("action-plans/" + last.year() + "/ はもうあります。").contains("上書きしません");

        Files.createDirectories(plan.resolve("action-plans/" + (last.year() + 1)));
        assertThat(NewYear.of(model, plan).scaffold(last.next()).problems()).singleElement().asString().contains("上書きしません");

        NewYear.Result gap = NewYear.of(model, plan).scaffold(last.next().next().next());
        assertThat(gap.files()).isEmpty();
        assertThat(gap.problems()).singleElement().asString().contains("のアクションプランがないため").contains("-Dtsunagu.year");
    }
}
