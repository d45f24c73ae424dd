package jp.tsunagu.site.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.load.PlanLoader;
import jp.tsunagu.site.BuiltSites;

/** Each year's action plan against the previous year's, on the sample city's three years. */
class ActionPlanChangesTests {
    private final PlanModel model = PlanLoader.load(BuiltSites.source(BuiltSites.SAMPLE).resolve("plan")).orElseThrow();

    @Test
    void comparesEachYearWithThePreviousOne() {
        assertThat(ActionPlanChanges.all(model)).extracting(c -> c.current().year()).containsExactly(2022, 2023);
    }

    @Test
    void initiativesDroppedFromAPlanAreRemoved() {
        ActionPlanChanges c = ActionPlanChanges.between(model, FiscalYear.of(2022), FiscalYear.of(2023)).orElseThrow();
        assertThat(c.removed()).containsExactly("digital-soudan");
        assertThat(c.added()).isEmpty();
        assertThat(c.kept()).hasSize(7);
    }

    @Test
    void targetsDecidedBetweenThePublicationsAreChangesWithTheirEarlierValue() {
        ActionPlanChanges c = ActionPlanChanges.between(model, FiscalYear.of(2021), FiscalYear.of(2022)).orElseThrow();
        List<ActionPlanChanges.TargetChange> raised = c.targets().stream()
                .filter(t -> t.initiative().equals("online-shinsei") && t.year().equals(FiscalYear.of(2022))).toList();
        assertThat(raised).singleElement().satisfies(t -> {
            assertThat(t.before()).contains(new BigDecimal("3000"));
            assertThat(t.after().value()).isEqualByComparingTo("3500");
            assertThat(t.after().decided()).hasToString("2022-05-27");
        });
        ActionPlanChanges later = ActionPlanChanges.between(model, FiscalYear.of(2022), FiscalYear.of(2023)).orElseThrow();
        assertThat(later.targets()).extracting(ActionPlanChanges.TargetChange::initiative).containsExactly("rpa-jidoka");
    }

    @Test
    void aYearWithoutAnActionPlanHasNoComparison() {
        assertThat(ActionPlanChanges.between(model, FiscalYear.of(2019), FiscalYear.of(2020))).isEmpty();
    }
}
