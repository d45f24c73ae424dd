package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The worked examples of {@code docs/progress-status.md} are tests: every row of its two tables is checked against
 * {@link PlanProgress}, so the document and the code cannot drift apart.
 */
class ProgressStatusDocTests {
    private static final FiscalYear YEAR = FiscalYear.of(2022);

    static List<List<String>> table(String marker) throws IOException {
        String doc = Files.readString(TestContent.repoRoot().resolve("docs/progress-status.md"));
        int start = doc.indexOf("<!-- " + marker + " -->");
        int end = doc.indexOf("<!-- /" + marker + " -->");
        assertThat(start).as("table " + marker + " in docs/progress-status.md").isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (String line : doc.substring(start, end).split("\n")) {
            if (line.startsWith("|") && !line.startsWith("| ---") && !line.startsWith("| example")) {
                rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
            }
        }
        return rows;
    }

    static Stream<List<String>> indicatorExamples() throws IOException {
        return table("indicator-examples").stream();
    }

    static Stream<List<String>> rollUpExamples() throws IOException {
        return table("rollup-examples").stream();
    }

    private static Optional<BigDecimal> value(String cell) {
        return cell.equals("—") ? Optional.empty() : Optional.of(new BigDecimal(cell));
    }

    /** A plan of one viewpoint, one initiative with the indicator, and one action plan with the entry. */
    static PlanModel modelWith(Indicator k, ActionPlanEntry entry) {
        Plan plan = new Plan("p", "計画", new Municipality("つなぎ野市", MunicipalityCode.parse("990019"), Optional.empty()),
                java.time.YearMonth.of(2021, 3), "総合計画", List.of(), "理念", Optional.empty(), List.of(), List.of(),
                RatingScale.EMPTY, List.of(), List.of(), MarkdownBody.EMPTY);
        return PlanModel.builder(plan)
                .add(new Viewpoint(ViewpointCode.of("A"), "観点", "要旨", List.of(), List.of(), MarkdownBody.EMPTY))
                .add(new Initiative("i", "取組", List.of(ViewpointCode.of("A")), Optional.empty(), InitiativeStatus.ACTIVE,
                        Optional.of(new PlanPeriod(YEAR.previous(), Optional.empty())), "要旨", List.of(k), List.of(),
                        MarkdownBody.EMPTY))
                .add(new ActionPlan(YEAR, "アクションプラン", Optional.empty(), RatingScale.EMPTY, List.of(entry), MarkdownBody.EMPTY))
                .build();
    }

    @Test
    void the_document_has_an_example_of_every_status_and_both_directions() throws IOException {
        List<List<String>> rows = table("indicator-examples");

        assertThat(rows.stream().map(r -> r.get(6)).distinct()).containsExactlyInAnyOrderElementsOf(
                Labelled.labels(ProgressStatus.class));
        assertThat(rows.stream().map(r -> r.get(1)).distinct()).containsExactlyInAnyOrderElementsOf(Labelled.labels(Direction.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indicatorExamples")
    void each_indicator_example_gives_its_share_and_status(List<String> row) {
        Direction direction = Labelled.fromLabel(Direction.class, row.get(1));
        Optional<BigDecimal> baseline = value(row.get(2));
        Optional<BigDecimal> target = value(row.get(3));
        Indicator k = new Indicator("k", row.get(0), "件", direction,
                baseline.map(b -> new Baseline(YEAR.previous(), b)),
                target.map(t -> List.of(new Target(YEAR, t, LocalDate.of(2022, 3, 1), Optional.empty()))).orElse(List.of()));
        ActionPlanEntry entry = new ActionPlanEntry("i", YEAR,
                value(row.get(4)).map(a -> List.of(new Actual("k", a, Optional.empty()))).orElse(List.of()),
                Optional.empty(), Optional.empty(), MarkdownBody.EMPTY);
        PlanModel model = modelWith(k, entry);

        PlanProgress.IndicatorProgress p = model.progress().indicator("i", "k", YEAR).orElseThrow();

        assertThat(p.status().label()).isEqualTo(row.get(6));
        assertThat(p.share().map(BigDecimal::toPlainString).orElse("—")).isEqualTo(row.get(5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollUpExamples")
    void each_roll_up_example_gives_its_status(List<String> row) {
        List<PlanProgress.Weighted> statuses = new ArrayList<>();
        for (String part : row.get(1).split(",\\s*")) {
            String label = part.substring(0, part.indexOf(" ("));
            String weight = part.substring(part.indexOf('(') + 1, part.indexOf(')'));
            statuses.add(new PlanProgress.Weighted(Labelled.fromLabel(ProgressStatus.class, label), new BigDecimal(weight)));
        }

        assertThat(PlanProgress.rollUp(statuses).label()).isEqualTo(row.get(2));
    }
}
