package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.load.PlanLoader;

/** The queries a program embedding the model needs, on both content sets. */
class PlanModelQueryTests {

    @Nested
    class TheCity {
        static PlanModel model;

        @BeforeAll
        static void load() {
            model = PlanLoader.load(TestContent.city()).orElseThrow();
        }

        /** The README's example: which initiatives serve viewpoint E? */
        @Test
        void answersWhichInitiativesServeViewpointE() {
            List<Initiative> e = model.initiativesFor(ViewpointCode.of("E"));
            assertThat(e).isNotEmpty().allMatch(i -> i.serves(ViewpointCode.of("E")));
            assertThat(e).extracting(Initiative::title).contains("電子申請の拡充");
        }

        @Test
        void holdsTheSeedsFacts() {
            Plan plan = model.plan();
            assertAll(
                    () -> assertEquals("会津若松市", plan.municipality().name()),
                    () -> assertEquals("072028", plan.municipality().code().value()),
                    () -> assertEquals(java.time.YearMonth.of(2020, 3), plan.adopted()),
                    () -> assertEquals("会津若松市第7次総合計画", plan.parentPlan()),
                    () -> assertEquals("協働・共創のためのデジタルシフトの推進", plan.basicPrinciple()),
                    () -> assertThat(plan.legalBases()).extracting(LegalBasis::name).containsExactly("官民データ活用推進基本法"),
                    () -> assertThat(plan.parts()).extracting(PlanPart::name).containsExactly("基本方針", "アクションプラン", "資料編"),
                    () -> assertThat(model.viewpoints()).extracting(v -> v.code().letter())
                            .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I"),
                    () -> assertThat(model.glossary()).hasSize(15)
                            .extracting(t -> t.footnote().orElseThrow())
                            .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                    () -> assertThat(model.governance()).extracting(GovernanceBody::name)
                            .contains("会津若松市情報化推進本部", "庁内情報化推進会議", "情報セキュリティ委員会"));
        }

        @Test
        void inventsNoFigures() {
            assertThat(model.initiatives()).allMatch(i -> i.indicators().isEmpty() && i.department().isEmpty());
            assertThat(model.actionPlans()).isEmpty();
            assertThat(model.plan().ratingScale().isEmpty()).isTrue();
        }

        @Test
        void viewpointExamplesServeTheirViewpoint() {
            for (Viewpoint v : model.viewpoints()) {
                for (String id : v.exampleInitiatives()) {
                    assertThat(model.initiative(id).orElseThrow().serves(v.code())).as(v.code() + " → " + id).isTrue();
                }
            }
        }
    }

    @Nested
    class TheSampleCity {
        static PlanModel model;

        @BeforeAll
        static void load() {
            model = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        }

        @Test
        void findsInitiativesByDepartmentAndYear() {
            assertAll(
                    () -> assertThat(model.initiativesOf("joho-seisaku")).isNotEmpty()
                            .allMatch(i -> i.department().orElseThrow().equals("joho-seisaku")),
                    () -> assertThat(model.initiativesIn(FiscalYear.of(2022))).extracting(Initiative::id)
                            .contains("online-shinsei", "digital-soudan"),
                    () -> assertThat(model.actionPlans()).extracting(a -> a.fiscalYear().year()).containsExactly(2021, 2022, 2023));
        }

        @Test
        void givesAnIndicatorSeriesWithRevisedTargets() {
            Initiative online = model.initiative("online-shinsei").orElseThrow();
            Indicator kpi = online.indicators().get(0);
            IndicatorSeries series = model.series(online.id(), kpi.id()).orElseThrow();
            FiscalYear fy2022 = FiscalYear.of(2022);
            assertAll(
                    () -> assertThat(kpi.targetHistory(fy2022)).hasSizeGreaterThanOrEqualTo(2),
                    () -> assertEquals(kpi.currentTarget(fy2022).orElseThrow().value(), series.targets().get(fy2022)),
                    () -> assertThat(series.actuals()).containsKeys(FiscalYear.of(2021), fy2022, FiscalYear.of(2023)),
                    () -> assertThat(series.years().first()).isEqualTo(kpi.baseline().orElseThrow().year()));
        }

        @Test
        void measuresProgressInTheIndicatorsDirection() {
            for (Initiative i : model.initiatives()) {
                for (Indicator k : i.indicators()) {
                    IndicatorSeries s = model.series(i.id(), k.id()).orElseThrow();
                    for (FiscalYear y : s.actuals().keySet()) {
                        s.progress(y).ifPresent(p -> {
                            BigDecimal diff = p.actual().subtract(p.target());
                            boolean met = k.direction() == Direction.HIGHER_IS_BETTER ? diff.signum() >= 0 : diff.signum() <= 0;
                            assertEquals(met, p.achieved(), i.id() + "/" + k.id() + " " + y);
                            p.ratio().ifPresent(r -> assertEquals(met, r.compareTo(BigDecimal.ONE) >= 0,
                                    i.id() + "/" + k.id() + " ratio " + r));
                        });
                    }
                }
            }
        }

        @Test
        void linksCyclesAndReviewsToInitiatives() {
            String soudan = "digital-soudan";
            assertAll(
                    () -> assertThat(model.cyclesOf(soudan)).isNotEmpty()
                            .allMatch(c -> c.initiative().orElseThrow().equals(soudan)),
                    () -> assertThat(model.reviewsOf(soudan)).isNotEmpty(),
                    () -> assertThat(model.planWideCycles()).allMatch(OodaCycle::isPlanWide).isNotEmpty(),
                    () -> assertThat(model.unreviewedPlanChanges()).extracting(c -> c.initiative().orElse(""))
                            .containsExactly("ai-chatbot"));
        }
    }
}
