package jp.tsunagu.plan;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorSeriesTests {

    @ParameterizedTest(name = "{0}: baseline {1}, target {2}, actual {3} → ratio {4}, achieved {5}")
    @CsvSource({
            "higher, 100, 200, 150, 0.5000,  false",
            "higher, 100, 200, 200, 1.0000,  true",
            "higher, 100, 200, 250, 1.5000,  true",
            "lower,  60,  30,  45,  0.5000,  false",
            "lower,  60,  30,  25,  1.1667,  true",
            "higher, '',  200, 100, 0.5000,  false",
            "lower,  '',  30,  60,  0.5000,  false",
    })
    void measuresProgress(String direction, String baseline, String target, String actual, String ratio, boolean achieved) {
        Direction d = direction.equals("higher") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        FiscalYear fy = FiscalYear.of(2022);
        Optional<Baseline> b = baseline == null || baseline.isEmpty() ? Optional.empty()
                : Optional.of(new Baseline(FiscalYear.of(2020), new BigDecimal(baseline)));
        Indicator kpi = new Indicator("k-1", "指標", "件", d, b, List.of());
        IndicatorSeries s = new IndicatorSeries("x", kpi, new TreeMap<>(Map.of(fy, new BigDecimal(target))),
                new TreeMap<>(Map.of(fy, new BigDecimal(actual))));
        IndicatorSeries.Progress p = s.progress(fy).orElseThrow();
        assertAll(
                () -> assertEquals(new BigDecimal(ratio), p.ratio().orElseThrow()),
                () -> assertEquals(achieved, p.achieved()));
    }

    @org.junit.jupiter.api.Test
    void hasNoProgressWithoutTargetOrActual() {
        Indicator kpi = new Indicator("k-1", "指標", "件", Direction.HIGHER_IS_BETTER, Optional.empty(), List.of());
        FiscalYear fy = FiscalYear.of(2022);
        IndicatorSeries onlyTarget = new IndicatorSeries("x", kpi, new TreeMap<>(Map.of(fy, BigDecimal.TEN)), new TreeMap<>());
        assertFalse(onlyTarget.progress(fy).isPresent());
        assertTrue(onlyTarget.years().contains(fy));
    }
}
