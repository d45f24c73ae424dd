package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.function.Executable;

import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * A bad input for the loader and exactly the issues it must produce, in report order, each with its code,
 * file, line and fragments of its message (what is wrong and how to fix it).
 * <pre>{@code
 * fault("書き間違えた type",
 *         f -> f.file("pages/x.md", "---\ntype: pgae\n---\n"),
 *         issue(E_TYPE_UNKNOWN, "pages/x.md", 2, "「page」の書き間違い"))
 * }</pre>
 *
 * @param name  what is wrong, in the words of the issue tracker
 * @param input  the change to the minimal valid content
 * @param expected  the issues, in report order (file, then line)
 */
record Fault(String name, Consumer<ContentFixture> input, List<Expected> expected) {

    /** One expected issue. */
    record Expected(ValidationCode code, String file, int line, List<String> fragments) {
    }

    static Fault fault(String name, Consumer<ContentFixture> input, Expected... expected) {
        return new Fault(name, input, List.of(expected));
    }

    static Expected issue(ValidationCode code, String file, int line, String... fragments) {
        return new Expected(code, file, line, List.of(fragments));
    }

    /** Builds the content in a folder and loads it. */
    LoadResult load(Path dir) {
        ContentFixture content = ContentFixture.minimal(dir);
        input.accept(content);
        return content.load();
    }

    /** Loads the content and checks that exactly the expected issues come out, and a model only without errors. */
    void assertReportedIn(Path dir) {
        LoadResult result = load(dir);
        List<ValidationIssue> issues = result.report().issues();
        String report = result.report().format();
        assertThat(issues).as(report)
                .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                .containsExactlyElementsOf(expected.stream().map(e -> tuple(e.code(), e.file(), e.line())).toList());
        boolean errors = expected.stream().anyMatch(e -> e.code().severity() == Severity.ERROR);
        assertAll(name, IntStream.range(0, expected.size()).mapToObj(i -> (Executable) () ->
                assertThat(issues.get(i).message()).as(issues.get(i).format()).contains(expected.get(i).fragments())));
        assertThat(result.model()).as(report).matches(m -> m.isPresent() != errors, errors ? "empty" : "present");
    }

    @Override
    public String toString() {
        return expected.stream().map(e -> e.code().code()).distinct().collect(Collectors.joining(", ")) + ": " + name;
    }
}
