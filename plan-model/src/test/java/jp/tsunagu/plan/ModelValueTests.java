package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tsunagu.plan.load.PlanLoader;

/** Model types are immutable values: collections copied, no setters, equal by value. */
class ModelValueTests {

    private static Target target(int year, String value, String decided) {
        return new Target(FiscalYear.of(year), new BigDecimal(value), LocalDate.parse(decided), Optional.empty());
    }

    @Test
    void aSectionWrittenInItsBodyEqualsTheSameSectionMadeAlone() {
        MarkdownBody.Section alone = new MarkdownBody.Section("説明", "本文の一行目\n");
        MarkdownBody body = new MarkdownBody("前書き\n## 説明\n本文の一行目\n", "前書き\n", List.of(alone));
        MarkdownBody.Section kept = body.sections().get(0);

        assertThat(kept).isEqualTo(alone).hasSameHashCodeAs(alone).hasToString(alone.toString());
        assertThat(kept.markdown()).isEqualTo("本文の一行目\n");
        assertThat(body.section("説明")).contains("本文の一行目\n");
        assertThat(new MarkdownBody("別の本文\n", "", List.of(alone)).sections()).containsExactly(alone);
        assertNotEquals(new MarkdownBody.Section("説明", "本文\n"), kept);
    }

    @Test
    void listsAreCopiedOnTheWayIn() {
        List<ViewpointCode> viewpoints = new ArrayList<>(List.of(ViewpointCode.of("A")));
        Initiative i = new Initiative("paperless", "ペーパーレス化", viewpoints, Optional.empty(), InitiativeStatus.EXAMPLE,
                Optional.empty(), "紙を減らす", List.of(), List.of(), MarkdownBody.EMPTY);
        viewpoints.add(ViewpointCode.of("E"));
        assertEquals(List.of(ViewpointCode.of("A")), i.viewpoints());
        assertThatThrownBy(() -> i.viewpoints().add(ViewpointCode.of("B"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} has no setters and only final fields")
    @ValueSource(classes = {Plan.class, Viewpoint.class, Initiative.class, Indicator.class, Target.class, ActionPlan.class,
            ActionPlanEntry.class, OodaCycle.class, AnnualReview.class, GovernanceBody.class, GlossaryTerm.class,
            ReferenceMaterial.class, Page.class, Department.class, FiscalYear.class, PlanModel.class, MarkdownBody.class,
            PlanPeriod.class, MunicipalityCode.class, IndicatorSeries.class})
    void typesAreImmutable(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("final class").isTrue();
        assertThat(type.getDeclaredFields()).filteredOn(f -> !f.isSynthetic())
                .allMatch(f -> Modifier.isFinal(f.getModifiers()), "all fields final");
        assertThat(type.getMethods()).noneMatch(m -> m.getName().startsWith("set"));
    }

    @Test
    void recordsWithListsExposeUnmodifiableCopies() {
        PlanModel model = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        List<Object> values = new ArrayList<>();
        values.add(model.plan());
        values.addAll(model.initiatives());
        values.addAll(model.actionPlans());
        values.addAll(model.reviews());
        values.addAll(model.viewpoints());
        for (Object v : values) {
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                if (List.class.isAssignableFrom(c.getType())) {
                    List<?> list = (List<?>) invoke(c, v);
                    assertThatThrownBy(() -> list.add(null)).as(v.getClass().getSimpleName() + "." + c.getName())
                            .isInstanceOf(UnsupportedOperationException.class);
                }
            }
        }
        assertThatThrownBy(() -> model.initiatives().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Object invoke(RecordComponent c, Object target) {
        try {
            return c.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void equalByValue() {
        PlanModel a = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        PlanModel b = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        assertAll(
                () -> assertEquals(a, b),
                () -> assertEquals(a.hashCode(), b.hashCode()),
                () -> assertEquals(a.initiatives(), b.initiatives()),
                () -> assertNotEquals(a, PlanLoader.load(TestContent.city()).orElseThrow()),
                () -> assertEquals(PlanPeriod.of(2025, 2028), PlanPeriod.of(2025, 2028)),
                () -> assertNotEquals(PlanPeriod.of(2025, 2028), PlanPeriod.from(2025)));
    }

    @Test
    void withMethodsReturnChangedCopies() {
        Indicator kpi = new Indicator("k-1", "電子申請件数", "件", Direction.HIGHER_IS_BETTER, Optional.empty(),
                List.of(target(2022, "100", "2021-03-01")));
        Indicator revised = kpi.withTarget(target(2022, "120", "2021-09-01"));
        assertAll(
                () -> assertEquals(new BigDecimal("100"), kpi.currentTarget(FiscalYear.of(2022)).orElseThrow().value()),
                () -> assertEquals(new BigDecimal("120"), revised.currentTarget(FiscalYear.of(2022)).orElseThrow().value()),
                () -> assertEquals(2, revised.targetHistory(FiscalYear.of(2022)).size()),
                () -> assertEquals(1, revised.currentTargets().size()));
    }

    @Test
    void constructorsNameTheBadValue() {
        assertAll(
                () -> assertThatThrownBy(() -> new Initiative("cloud-first", "クラウド", List.of(), Optional.empty(),
                        InitiativeStatus.PLANNED, Optional.empty(), "要旨", List.of(), List.of(), MarkdownBody.EMPTY))
                        .hasMessage("Invalid initiative 'cloud-first': at least one viewpoint is required"),
                () -> assertThatThrownBy(() -> PlanPeriod.of(2028, 2025))
                        .hasMessage("Invalid period: end 2025 precedes start 2028"),
                () -> assertThatThrownBy(() -> ViewpointCode.of("a"))
                        .hasMessage("Invalid viewpoint code (valid values: one letter A - Z): 'a'"),
                () -> assertThatThrownBy(() -> new Indicator("Bad Id", "x", "件", Direction.HIGHER_IS_BETTER,
                        Optional.empty(), List.of()))
                        .hasMessage("Invalid indicator id (valid values: lower-case ASCII letters, digits and '-'): 'Bad Id'"),
                () -> assertThatThrownBy(() -> new OodaCycle("c-1", "t", Optional.empty(), DecisionLevel.FIELD,
                        Optional.empty(), false, LocalDate.parse("2021-05-02"), LocalDate.parse("2021-05-01"),
                        LocalDate.parse("2021-05-03"), Optional.empty(), MarkdownBody.EMPTY))
                        .hasMessageContaining("dates must be in order"));
    }
}
