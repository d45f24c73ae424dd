package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.validate.Severity;

class ContentSetsTests {

    @Test
    void cityLoadsWithoutIssues() {
        LoadResult r = PlanLoader.load(TestContent.city());
        assertThat(r.report().issues()).as(r.report().format()).isEmpty();
        assertThat(r.model()).isPresent();
    }

    @Test
    void sampleCityLoadsWithOnlyTheIntendedWarning() {
        LoadResult r = PlanLoader.load(TestContent.sampleCity());
        assertThat(r.report().atLeast(Severity.WARNING)).as(r.report().format())
                .extracting(i -> i.code().code()).containsExactly("W-OODA-UNREVIEWED");
        assertThat(r.model()).isPresent();
    }
}
