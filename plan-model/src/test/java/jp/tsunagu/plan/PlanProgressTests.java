package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.PlanProgress.Weighted;
import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * The progress statuses: each category, both directions, missing data, editors' overrides, roll-ups, and the sample
 * city's statuses as its content gives them (the method's own worked examples are in {@code ProgressStatusDocTests}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlanProgressTests {
    private static final FiscalYear Y = FiscalYear.of(2022);
    private static final ProgressMethod DEFAULT = ProgressMethod.DEFAULT;

    private static Indicator indicator(Direction direction, String baseline, String target) {
        return new Indicator("k", "指標", "件", direction,
                Optional.ofNullable(baseline).map(b -> new Baseline(FiscalYear.of(2021), new BigDecimal(b))),
                target == null ? List.of() : List.of(new Target(Y, new BigDecimal(target), LocalDate.of(2022, 3, 1), Optional.empty())));
    }

    private static ProgressStatus measure(Indicator k, String actual) {
        return PlanProgress.measure(k, Y, Optional.ofNullable(actual).map(BigDecimal::new), Optional.empty(), DEFAULT);
    }

    @Nested
    class One_indicator {
        private final Indicator higher = indicator(Direction.HIGHER_IS_BETTER, "100", "200");
        private final Indicator lower = indicator(Direction.LOWER_IS_BETTER, "60", "30");

        @Test
        void each_category_from_the_share_of_the_way_when_higher_is_better() {
            assertThat(measure(higher, "250")).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
            assertThat(measure(higher, "200")).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
            assertThat(measure(higher, "195")).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(measure(higher, "194.99")).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(measure(higher, "160")).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(measure(higher, "159")).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(measure(higher, "100")).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(measure(higher, "99")).isEqualTo(ProgressStatus.DETERIORATION);
        }

        @Test
        void lower_is_better_turns_the_comparisons_round() {
            assertThat(measure(lower, "30")).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
            assertThat(measure(lower, "31")).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(measure(lower, "40")).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(measure(lower, "55")).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(measure(lower, "61")).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(measure(higher, "31")).as("the same value read the other way").isEqualTo(ProgressStatus.DETERIORATION);
        }

        @Test
        void missing_data_is_not_available() {
            assertThat(measure(higher, null)).as("no actual").isEqualTo(ProgressStatus.NOT_AVAILABLE);
            assertThat(measure(indicator(Direction.HIGHER_IS_BETTER, "100", null), "150")).as("no target")
                    .isEqualTo(ProgressStatus.NOT_AVAILABLE);
            assertThat(measure(indicator(Direction.HIGHER_IS_BETTER, null, "200"), "150")).as("no base")
                    .isEqualTo(ProgressStatus.NOT_AVAILABLE);
            assertThat(measure(indicator(Direction.HIGHER_IS_BETTER, null, "200"), "200")).as("met needs no base")
                    .isEqualTo(ProgressStatus.TARGET_ACHIEVED);
        }

        @Test
        void without_a_baseline_the_latest_earlier_actual_is_the_base() {
            Indicator k = indicator(Direction.HIGHER_IS_BETTER, null, "200");

            assertThat(PlanProgress.measure(k, Y, Optional.of(new BigDecimal("180")), Optional.of(new BigDecimal("100")), DEFAULT))
                    .isEqualTo(ProgressStatus.MODERATE_PROGRESS);
        }

        @Test
        void a_baseline_of_the_same_year_is_no_base() {
            Indicator k = new Indicator("k", "指標", "件", Direction.HIGHER_IS_BETTER,
                    Optional.of(new Baseline(Y, new BigDecimal("100"))),
                    List.of(new Target(Y, new BigDecimal("200"), LocalDate.of(2022, 3, 1), Optional.empty())));

            assertThat(measure(k, "150")).isEqualTo(ProgressStatus.NOT_AVAILABLE);
        }

        @Test
        void the_thresholds_are_the_plans() {
            ProgressMethod strict = new ProgressMethod(new BigDecimal("0.99"), new BigDecimal("0.9"));

            assertThat(PlanProgress.measure(higher, Y, Optional.of(new BigDecimal("196")), Optional.empty(), strict))
                    .isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(PlanProgress.measure(higher, Y, Optional.of(new BigDecimal("170")), Optional.empty(), strict))
                    .isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThatThrownBy(() -> new ProgressMethod(new BigDecimal("0.5"), new BigDecimal("0.6")))
                    .isInstanceOf(PlanModelException.class);
        }
    }

    @Nested
    class Roll_ups {
        private ProgressStatus rollUp(Object... statusAndWeight) {
            List<Weighted> w = new java.util.ArrayList<>();
            for (int i = 0; i < statusAndWeight.length; i += 2) {
                w.add(new Weighted((ProgressStatus) statusAndWeight[i], new BigDecimal(statusAndWeight[i + 1].toString())));
            }
            return PlanProgress.rollUp(w);
        }

        @Test
        void the_weighted_mean_gives_the_nearest_category_and_only_all_met_is_met() {
            assertThat(rollUp(ProgressStatus.TARGET_ACHIEVED, 1, ProgressStatus.TARGET_ACHIEVED, 2)).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
            assertThat(rollUp(ProgressStatus.TARGET_ACHIEVED, 9, ProgressStatus.MODERATE_PROGRESS, 1))
                    .isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(rollUp(ProgressStatus.TARGET_ACHIEVED, 1, ProgressStatus.DETERIORATION, 1)).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(rollUp(ProgressStatus.TARGET_ACHIEVED, 1, ProgressStatus.DETERIORATION, 3)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(rollUp(ProgressStatus.LIMITED_PROGRESS, 1, ProgressStatus.DETERIORATION, 2)).isEqualTo(ProgressStatus.DETERIORATION);
        }

        @Test
        void not_available_is_left_out_and_only_nothing_is_not_available() {
            assertThat(rollUp(ProgressStatus.NOT_AVAILABLE, 1, ProgressStatus.DETERIORATION, 1)).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(rollUp(ProgressStatus.NOT_AVAILABLE, 1)).isEqualTo(ProgressStatus.NOT_AVAILABLE);
            assertThat(rollUp()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
        }
    }

    @Nested
    class In_a_plan {
        private static final PlanModel SAMPLE = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        private static final FiscalYear FY2021 = FiscalYear.of(2021);
        private static final FiscalYear FY2022 = FiscalYear.of(2022);
        private static final FiscalYear FY2023 = FiscalYear.of(2023);

        private ProgressStatus status(String initiative, FiscalYear y) {
            return SAMPLE.progress().initiative(initiative, y).orElseThrow().status();
        }

        @Test
        void the_sample_city_has_every_category_over_its_years() {
            var seen = SAMPLE.progress().years().stream().flatMap(y -> SAMPLE.progress().initiatives(y).stream())
                    .map(PlanProgress.InitiativeProgress::status).collect(java.util.stream.Collectors.toSet());

            assertThat(seen).containsExactlyInAnyOrder(ProgressStatus.values());
            assertThat(SAMPLE.progress().years()).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void initiatives_are_rolled_up_from_their_indicators_weighted_equally_by_default() {
            var conveni = SAMPLE.progress().initiative("conveni-kofu", FY2023).orElseThrow();

            assertThat(conveni.indicators()).extracting(PlanProgress.IndicatorProgress::status)
                    .containsExactly(ProgressStatus.TARGET_ACHIEVED, ProgressStatus.MODERATE_PROGRESS);
            assertThat(conveni.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(status("kenshin-data", FY2023)).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(status("digital-soudan", FY2022)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
            assertThat(status("ai-chatbot", FY2022)).as("no indicators").isEqualTo(ProgressStatus.NOT_AVAILABLE);
        }

        @Test
        void an_editors_status_wins_and_keeps_the_computed_one_and_the_reason() {
            var jusho = SAMPLE.progress().initiative("jusho-jisho", FY2022).orElseThrow();

            assertThat(jusho.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(jusho.computed()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
            assertThat(jusho.overrideReason()).hasValueSatisfying(r -> assertThat(r).contains("数値の指標がない"));
        }

        @Test
        void the_change_compares_with_the_latest_earlier_year() {
            assertThat(SAMPLE.progress().change("paperless-kessai", FY2021)).hasValue(StatusChange.NEW);
            assertThat(SAMPLE.progress().change("paperless-kessai", FY2022)).hasValue(StatusChange.IMPROVED);
            assertThat(SAMPLE.progress().change("kenshin-data", FY2023)).hasValue(StatusChange.WORSENED);
            assertThat(SAMPLE.progress().change("online-shinsei", FY2023)).hasValue(StatusChange.UNCHANGED);
            assertThat(SAMPLE.progress().change("jusho-jisho", FY2023)).hasValue(StatusChange.NOT_COMPARABLE);
            assertThat(SAMPLE.progress().change("digital-soudan", FY2023)).as("no entry that year").isEmpty();
        }

        @Test
        void years_viewpoints_and_departments_count_their_initiatives() {
            PlanProgress p = SAMPLE.progress();
            PlanProgress.Summary year = p.year(FY2023);

            assertThat(year.total()).isEqualTo(SAMPLE.actionPlan(FY2023).orElseThrow().entries().size());
            assertThat(year.count(ProgressStatus.DETERIORATION)).isEqualTo(1);
            assertThat(year.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
            assertThat(p.byViewpoint(FY2023).get(ViewpointCode.of("H")).count(ProgressStatus.DETERIORATION)).isEqualTo(1);
            assertThat(p.byViewpoint(FY2023).values().stream().mapToInt(PlanProgress.Summary::total).sum())
                    .as("an initiative counts under each of its viewpoints")
                    .isEqualTo(p.initiatives(FY2023).stream().mapToInt(i -> SAMPLE.initiative(i.initiative()).orElseThrow().viewpoints().size()).sum());
            assertThat(p.byDepartment(FY2023).get("kenko-fukushi").status()).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(p.year(FiscalYear.of(2030)).total()).isZero();
        }

        @Test
        void a_plan_without_action_plans_has_no_years() {
            PlanModel city = PlanLoader.load(TestContent.city()).orElseThrow();

            assertThat(city.progress().years()).isEmpty();
            assertThat(city.progress().latestYear()).isEmpty();
        }
    }

    @Nested
    class In_content {
        private static final String ENTRY = "action-plans/2021/online-shinsei.md";

        @Test
        void an_indicators_status_and_reason_are_read_from_its_actual(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .replace(ENTRY, "    value: 850\n", "    value: 850\n    status: 後退\n    status_reason: 集計の方法が変わったため。\n")
                    .replace("initiatives/online-shinsei.md", "  - year: 2022\n", "  - year: 2021\n")
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            var k = result.orElseThrow().progress().indicator("online-shinsei", "kensu", FiscalYear.of(2021)).orElseThrow();
            assertThat(k.status()).isEqualTo(ProgressStatus.DETERIORATION);
            assertThat(k.computed()).as("(850 − 100) / (1,000 − 100)").isEqualTo(ProgressStatus.MODERATE_PROGRESS);
            assertThat(k.overrideReason()).hasValue("集計の方法が変わったため。");
        }

        @Test
        void a_status_without_a_reason_and_a_reason_without_a_status_are_errors(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .replace(ENTRY, "next_direction: 拡充\n", "next_direction: 拡充\nprogress_status: 後退\n")
                    .replace(ENTRY, "    value: 850\n", "    value: 850\n    status_reason: 理由だけ\n")
                    .load();

            assertThat(result.report().issues()).extracting(i -> i.code())
                    .containsExactly(ValidationCode.E_VALUE_EMPTY, ValidationCode.E_VALUE_EMPTY);
            assertThat(result.report().format()).contains("progress_reason").contains("status_reason");
        }

        @Test
        void unknown_statuses_weights_and_thresholds_are_errors_with_the_fix(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .replace(ENTRY, "next_direction: 拡充\n", "next_direction: 拡充\nprogress_status: 順調\nprogress_reason: 理由\n")
                    .replace("initiatives/online-shinsei.md", "    direction: 高いほど良い\n", "    direction: 高いほど良い\n    weight: 0\n")
                    .replace("plan.md", "\n---\n", "\nprogress:\n  substantial: 0.5\n  moderate: 0.6\n---\n")
                    .load();

            assertThat(result.report().issues()).extracting(i -> i.code()).containsExactlyInAnyOrder(
                    ValidationCode.E_VALUE_ENUM, ValidationCode.E_VALUE_INVALID, ValidationCode.E_VALUE_INVALID);
            assertThat(result.report().format()).contains("大きく前進").contains("weight").contains("substantial: 0.95");
        }

        @Test
        void weights_and_thresholds_reach_the_model(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .replace("initiatives/online-shinsei.md", "    direction: 高いほど良い\n", "    direction: 高いほど良い\n    weight: 2.5\n")
                    .replace("plan.md", "\n---\n", "\nprogress:\n  moderate: 0.5\n---\n")
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            PlanModel m = result.orElseThrow();
            assertThat(m.initiative("online-shinsei").orElseThrow().indicators().get(0).weight()).isEqualByComparingTo("2.5");
            assertThat(m.plan().progress()).isEqualTo(new ProgressMethod(new BigDecimal("0.95"), new BigDecimal("0.5")));
        }
    }
}
