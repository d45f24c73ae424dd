package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.TestContent;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;

/** The yearly cycle's warnings, on a copy of the sample city (action plans for 令和3–5年度) with an injected clock. */
class YearChecksTests {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path tmp;

    private Path plan() throws IOException {
        return TestContent.copy(TestContent.sampleCity(), tmp.resolve("plan"));
    }

    private static List<String> yearly(Path plan, String date) {
        Clock clock = Clock.fixed(LocalDate.parse(date).atStartOfDay(TOKYO).toInstant(), TOKYO);
        return PlanLoader.load(plan, null, clock).report().issues().stream()
                .filter(i -> i.code() == ValidationCode.W_ENTRY_MISSING || i.code() == ValidationCode.W_ACTUAL_MISSING)
                .map(ValidationIssue::format).toList();
    }

    @Test
    void theSampleCityHasEveryEntryAndActualItOwes() throws IOException {
        Path plan = plan();
        assertThat(yearly(plan, "2023-06-01")).isEmpty();
        assertThat(yearly(plan, "2024-04-01")).isEmpty();
    }

    @Test
    void aRunningInitiativeWithoutAnEntryInTheCurrentYearIsWarnedOf() throws IOException {
        Path plan = plan();
        Files.delete(plan.resolve("action-plans/2023/online-shinsei.md"));

        assertThat(yearly(plan, "2023-04-01")).containsExactly("initiatives/online-shinsei.md:7: 警告 W-ENTRY-MISSING: "
                + "今年度（令和5年度）のアクションプランにこの取組「online-shinsei」の項目がありません。action-plans/2023/online-shinsei.md を作るか、"
                + "取組が今年度は行われないなら status（完了・休止・廃止）か period を直してください。");
        assertThat(yearly(plan, "2023-03-31")).as("令和4年度 is still current").isEmpty();
        assertThat(yearly(plan, "2024-04-01")).as("令和6年度 has no action plan yet").isEmpty();
    }

    @Test
    void anIndicatorWithATargetAndNoActualInAClosedYearIsWarnedOf() throws IOException {
        Path plan = plan();
        Path entry = plan.resolve("action-plans/2023/kenshin-data.md");
        String text = Files.readString(entry);
        Files.writeString(entry, text.replaceFirst("actuals:\n  - indicator: tokutei-kenshin-jushinritsu\n    value: [0-9.]+\n(    note: .*\n)?", ""));

        assertThat(yearly(plan, "2024-03-31")).as("令和5年度 is not over").isEmpty();
        assertThat(yearly(plan, "2024-04-01")).singleElement().asString()
                .startsWith("action-plans/2023/kenshin-data.md:3: 警告 W-ACTUAL-MISSING: 令和5年度は終わっていますが、指標「tokutei-kenshin-jushinritsu」")
                .contains("mvn tsunagu:import");
    }
}
