package jp.tsunagu.plan.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.plan.validate.ValidationIssue;

/**
 * Fuzzes the loader: random front matter and Markdown (and random bytes) in place of one file of the minimal
 * valid content. Whatever the file holds, {@link PlanLoader#load} must return — never throw, never hang — with
 * either a model or errors, and every issue must name a real file and a line inside it, on one line in the
 * compiler format.
 * <p>
 * Reproducible: case {@code n} is made from seed {@code tsunagu.fuzz.seed + n} (default 20260301), so a failing
 * case is re-run by its seed; {@code -Dtsunagu.fuzz.cases=N} runs more (default 300 text and 100 byte cases), and
 * {@code -Dtsunagu.fuzz.seed=random} explores new ones. A failing input is shrunk line by line before it is shown.
 * <p>
 * A small harness of our own rather than jqwik: from 1.10 jqwik carries an anti-AI usage clause, and this code is
 * written with a coding agent.
 */
class LoaderFuzzTests {
    private static final String FORMAT = "[^\\n]+?(:[1-9]\\d*)?: (エラー|警告) [EW](-[A-Z0-9]+)+: [^\\n]+";
    private static final Duration SLOW = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> any_text_in_any_file_gives_a_model_or_issues_with_real_lines() {
        return seeds(300, 0).mapToObj(seed -> {
            ContentFuzzer fuzzer = new ContentFuzzer(seed);
            String place = fuzzer.place();
            String text = fuzzer.text();
            return dynamicTest("seed " + seed + ": " + place, () -> {
                Optional<String> problem = problem(place, text.getBytes(StandardCharsets.UTF_8), seed);
                if (problem.isPresent()) {
                    String smallest = shrink(place, text, seed);
                    throw new AssertionError(problem.get() + "\nplace: " + place + "\nshrunk input (Java string): \"" + escape(smallest)
                            + "\"\nwhole input (Java string): \"" + escape(text) + "\"");
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> any_bytes_in_any_file_give_a_model_or_issues_with_real_lines() {
        return seeds(100, 1_000_000).mapToObj(seed -> {
            ContentFuzzer fuzzer = new ContentFuzzer(seed);
            String place = fuzzer.place();
            byte[] bytes = fuzzer.bytes();
            return dynamicTest("seed " + seed + ": " + place, () -> {
                Optional<String> problem = problem(place, bytes, seed);
                if (problem.isPresent()) {
                    throw new AssertionError(problem.get() + "\nplace: " + place + "\nbytes: " + Arrays.toString(bytes));
                }
            });
        });
    }

    private static LongStream seeds(int defaultCases, long offset) {
        String configured = System.getProperty("tsunagu.fuzz.seed", "20260301");
        long base = configured.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(configured);
        int cases = Integer.getInteger("tsunagu.fuzz.cases", defaultCases);
        return LongStream.range(0, cases).map(n -> base + offset + n);
    }

    /** Loads the content with the file in place; describes what is wrong, if anything. */
    private static Optional<String> problem(String place, byte[] content, long seed) {
        Path root = dir.resolve("case-" + seed + "-" + System.nanoTime());
        ContentFixture fixture = ContentFixture.minimal(root).bytes(place, content);
        long start = System.nanoTime();
        LoadResult result;
        try {
            result = fixture.load();
        } catch (Throwable e) {
            return Optional.of("the loader threw " + e);
        } finally {
            delete(root);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(SLOW) > 0) {
            return Optional.of("the loader took " + took.toMillis() + " ms");
        }
        if (result.model().isPresent() == result.report().hasErrors()) {
            return Optional.of("a model must be present exactly when there are no errors:\n" + result.report().format());
        }
        int lines = new String(content, StandardCharsets.UTF_8).split("\n", -1).length;
        List<String> known = new ArrayList<>(ContentFixture.MINIMAL.keySet());
        known.add(place);
        for (ValidationIssue issue : result.report().issues()) {
            if (!issue.format().matches(FORMAT)) {
                return Optional.of("an issue is not one line in the compiler format: «" + issue.format() + "»");
            }
            if (!known.contains(issue.file()) && !issue.file().equals("plan.md")) {
                return Optional.of("an issue names a file that is not there: " + issue.format());
            }
            if (issue.file().equals(place) && issue.line() > lines) {
                return Optional.of("an issue names line " + issue.line() + " of a file of " + lines + " lines: " + issue.format());
            }
            if (issue.message().contains("Exception") || issue.message().contains("\tat ")) {
                return Optional.of("an issue shows Java's insides: " + issue.format());
            }
        }
        return Optional.empty();
    }

    /** Drops lines, then characters, for as long as the problem stays. */
    private static String shrink(String place, String text, long seed) {
        String current = text;
        for (int pass = 0; pass < 3; pass++) {
            List<String> lines = new ArrayList<>(List.of(current.split("\n", -1)));
            for (int i = lines.size() - 1; i >= 0 && lines.size() > 1; i--) {
                List<String> fewer = new ArrayList<>(lines);
                fewer.remove(i);
                if (problem(place, String.join("\n", fewer).getBytes(StandardCharsets.UTF_8), seed).isPresent()) {
                    lines = fewer;
                }
            }
            current = String.join("\n", lines);
        }
        return current;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c == '\n' ? "\\n" : c == '"' ? "\\\"" : c == '\\' ? "\\\\"
                : c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
