package jp.tsunagu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.load.LoadResult;
import jp.tsunagu.plan.load.PlanLoader;

/** The README's example for Java developers, run as written (paths from the repository root). */
class ReadmeExampleTests {

    @Test
    void answersWhichInitiativesServeViewpointE() {
        LoadResult result = PlanLoader.load(TestContent.city());
        assertThat(result.report().issues()).isEmpty();
        PlanModel plan = result.orElseThrow();

        List<String> lines = new ArrayList<>();
        for (Initiative i : plan.initiativesFor(ViewpointCode.of("E"))) {
            lines.add(i.id() + " " + i.title());
        }
        assertThat(lines).containsExactly("e-application 電子申請の拡充", "multichannel-information 様々な手段による市の情報発信");
    }

    @Test
    void measuresProgressOfTheSampleCitysKpi() {
        PlanModel sample = PlanLoader.load(TestContent.sampleCity()).orElseThrow();
        Optional<IndicatorSeries.Progress> progress = sample.series("online-shinsei", "online-shinsei-kensu")
                .flatMap(s -> s.progress(FiscalYear.parse("令和4年度")));
        assertThat(progress).isPresent();
        assertThat(progress.get().target()).isEqualByComparingTo(new BigDecimal("3500"));
        assertThat(progress.get().ratio()).isPresent();
    }

    @Test
    void needsNeitherJBakeNorLucene() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jbake.app.Oven"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.lucene.index.IndexWriter"));
    }
}
