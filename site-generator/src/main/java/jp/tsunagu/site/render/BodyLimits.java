package jp.tsunagu.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.plan.validate.ValidationReport;

/**
 * The limits a Markdown body must keep so that rendering it (flexmark, then jsoup's cleaner) takes bounded stack
 * and time, checked over every Markdown file before anything is rendered so that every offender is reported at
 * once, with file and line.
 * <p>
 * flexmark renders nested block quotes, lists and emphasis by recursion, and its inline parser slows down with the
 * square of the markup in one paragraph: a body of a few thousand {@code >} or {@code *} stops a build's JVM with a
 * {@link StackOverflowError}, and a paragraph of ten thousand {@code <span>} or {@code &amp;} takes minutes. The
 * limits are far above what a plan's text uses:
 * <ul>
 *   <li>{@value #MAX_DEPTH} levels of block quotes and lists together on one line ({@code E-BODY-NESTING});</li>
 *   <li>{@value #MAX_DEPTH} levels of raw HTML elements ({@code E-BODY-NESTING});</li>
 *   <li>{@value #MAX_MARKS} inline markup characters ({@code * _ ~ ` [ < &}, not counting those escaped with
 *       {@code \}) in one paragraph, or in one row of a table, and {@value #MAX_FILE_MARKS} in the whole body
 *       ({@code E-BODY-MARKUP}).</li>
 * </ul>
 * Text inside fenced code blocks is not counted. Example:
 * <pre>{@code
 * ValidationReport report = BodyLimits.check(Path.of("src/plan"), loaded.report());
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class BodyLimits {
    /** The deepest nesting of block quotes and lists, and of raw HTML elements. */
    public static final int MAX_DEPTH = 32;
    /** The most inline markup characters in one paragraph or table row. */
    public static final int MAX_MARKS = 500;
    /** The most inline markup characters in one body. */
    public static final int MAX_FILE_MARKS = 20_000;

    /** Files larger than this are refused by the loader ({@code E-FILE-SIZE}) and not read here. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:\\s[^<>]*)?(/?)>");
    private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,}).*");
    /** Elements without content or whose end tag may be left out: they never nest in an editor's text. */
    private static final Set<String> UNNESTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "rt",
            "rp", "option", "colgroup", "caption");

    private BodyLimits() {
    }

    /**
     * Checks every Markdown file ({@code *.md}, {@code *.markdown}) under a content folder and adds the offenders to a report.
     * Files the loader refuses (over 2 MB, not UTF-8) are left to its report.
     *
     * @param contentRoot  the content folder, not null
     * @param report  the loader's report, not null
     * @return the report with an issue for each file over a limit, not null
     */
    public static ValidationReport check(Path contentRoot, ValidationReport report) {
        return check(contentRoot, contentRoot, report);
    }

    /**
     * Checks every Markdown file under a folder, naming them relative to another (a JBake project's {@code content/}
     * folder, named from the project folder).
     *
     * @param root  the folder the files are named from, not null
     * @param folder  the folder checked, root or inside it, not null
     * @param report  the report so far, not null
     * @return the report with an issue for each file over a limit, not null
     */
    public static ValidationReport check(Path root, Path folder, ValidationReport report) {
        // each file on its own, on all processors; the issues are taken in file order
        List<ValidationIssue> found = markdownFiles(folder).parallel().map(f -> checkFile(root, f)).flatMap(List::stream).toList();
        if (found.isEmpty()) {
            return report;
        }
        List<ValidationIssue> all = new ArrayList<>(report.issues());
        all.addAll(found);
        return new ValidationReport(all);
    }

    /**
     * Checks one file's text: its body after the front matter (a YAML block between {@code ---} lines, or JBake's
     * header ending with {@code ~~~~~~}).
     *
     * @param file  the file's name as reported, relative to the content folder, not null
     * @param text  the whole text of the file, not null
     * @return at most one issue for each limit, the first line over it, not null, may be empty
     */
    public static List<ValidationIssue> checkText(String file, String text) {
        return new Scan(file).run(lines(text));
    }

    /** The text's lines, split at CRLF, CR or LF like {@code text.split("\r\n|\r|\n", -1)}, without a regex. */
    private static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    private static Stream<Path> markdownFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)"))
                    .filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException | UncheckedIOException e) {
            return Stream.empty(); // a folder that cannot be read: the loader reports E-IO
        }
    }

    private static List<ValidationIssue> checkFile(Path root, Path file) {
        String name = root.relativize(file).toString().replace('\\', '/');
        try {
            if (Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return checkText(name, text);
        } catch (CharacterCodingException e) {
            return List.of(); // the loader reports E-ENCODING
        } catch (IOException e) {
            return List.of(); // the loader reports E-IO
        }
    }

    /** The first line after the front matter or JBake header, 0-based; 0 when there is none. */
    private static int bodyStart(String[] lines) {
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    return i + 1;
                }
            }
            return lines.length;
        }
        for (int i = 0; i < lines.length && i < 100; i++) {
            if (lines[i].strip().matches("~{6,}")) {
                return i + 1;
            }
            if (!lines[i].contains("=")) {
                break;
            }
        }
        return 0;
    }

    /** One pass over a body, line by line. */
    private static final class Scan {
        private final String file;
        private final List<ValidationIssue> issues = new ArrayList<>();
        private boolean nestingReported;
        private boolean htmlReported;
        private boolean marksReported;
        private boolean inParagraph;
        private String fence;
        private int marks;
        private int paragraphLine;
        private int htmlDepth;
        private int fileMarks;

        Scan(String file) {
            this.file = file;
        }

        List<ValidationIssue> run(String[] lines) {
            for (int i = bodyStart(lines); i < lines.length; i++) {
                line(lines[i], i + 1);
            }
            return issues;
        }

        private void line(String line, int number) {
            int quotes = 0;
            int lists = 0;
            int pos = 0;
            int indent = -1;
            if (fence == null && !isThematicBreak(line)) {
                while (true) {
                    int start = pos;
                    while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
                        pos++;
                    }
                    if (indent < 0) {
                        indent = pos - start;
                    }
                    if (pos < line.length() && line.charAt(pos) == '>') {
                        quotes++;
                        pos++;
                        continue;
                    }
                    int marker = listMarker(line, pos);
                    if (marker > pos) {
                        lists++;
                        pos = marker;
                        continue;
                    }
                    break;
                }
            }
            int depth = quotes + lists + (quotes + lists > 0 ? indent / 2 : 0);
            if (depth > MAX_DEPTH && !nestingReported) {
                nestingReported = true;
                String what = quotes > 0 && lists > 0 ? "引用（>）とリスト" : quotes > 0 ? "引用（>）" : "リスト";
                issues.add(new ValidationIssue(ValidationCode.E_BODY_NESTING, file, number, what + "の入れ子が深すぎます（"
                        + depth + " 段。最大 " + MAX_DEPTH + " 段）。行頭の「>」「-」「1.」や字下げが重なりすぎていないか確認し、"
                        + "入れ子を浅くしてください。"));
            }
            String rest = line.substring(Math.min(pos, line.length()));
            if (fence != null) {
                String t = rest.strip();
                if (t.startsWith(fence) && t.chars().allMatch(c -> c == fence.charAt(0))) {
                    fence = null;
                }
                return;
            }
            String stripped = rest.strip();
            Matcher f = stripped.startsWith("```") || stripped.startsWith("~~~") ? FENCE.matcher(stripped) : null;
            if (f != null && f.matches() && (f.group(1).charAt(0) == '~' || !rest.strip().substring(f.group(1).length()).contains("`"))) {
                fence = f.group(1);
                marks = 0;
                inParagraph = false;
                return;
            }
            if (rest.isBlank()) {
                marks = 0;
                inParagraph = false;
                return;
            }
            html(rest, number);
            int count = marks(rest);
            fileMarks += count;
            if (rest.indexOf('|') >= 0) {
                over(count, number, "表のこの行");
            } else {
                if (!inParagraph) {
                    inParagraph = true;
                    paragraphLine = number;
                }
                marks += count;
                over(marks, paragraphLine, paragraphLine == number ? "この段落" : paragraphLine + " 行目から始まる段落");
            }
            if (fileMarks > MAX_FILE_MARKS && !marksReported) {
                marksReported = true;
                issues.add(new ValidationIssue(ValidationCode.E_BODY_MARKUP, file, number, "本文の書式の記号（* _ ~ ` [ < &）が多すぎます（1ファイルに "
                        + MAX_FILE_MARKS + " 個まで。この行で超えました）。ページを分けるか、記号をへらしてください。"));
            }
        }

        private void over(int count, int line, String where) {
            if (count > MAX_MARKS && !marksReported) {
                marksReported = true;
                issues.add(new ValidationIssue(ValidationCode.E_BODY_MARKUP, file, line, where + "に書式の記号（* _ ~ ` [ < &）が多すぎます（"
                        + MAX_MARKS + " 個まで）。段落を分けるか、記号をへらしてください。"
                        + "記号を文字として書くときは「\\*」のように前に「\\」を付けます。"));
            }
        }

        private void html(String text, int number) {
            if (text.indexOf('<') < 0) {
                return; // no tag (the pattern starts with "<")
            }
            Matcher m = TAG.matcher(text);
            while (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (UNNESTED.contains(name) || !m.group(3).isEmpty()) {
                    continue;
                }
                if (m.group(1).isEmpty()) {
                    htmlDepth++;
                } else if (htmlDepth > 0) {
                    htmlDepth--;
                }
                if (htmlDepth > MAX_DEPTH && !htmlReported) {
                    htmlReported = true;
                    issues.add(new ValidationIssue(ValidationCode.E_BODY_NESTING, file, number, "HTML の要素（<div> など）の入れ子が深すぎます（最大 "
                            + MAX_DEPTH + " 段）。閉じタグ（</div> など）の書き忘れがないか確認し、入れ子を浅くしてください。"));
                }
            }
        }

        private static int marks(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '*' || c == '_' || c == '~' || c == '`' || c == '[' || c == '<' || c == '&') {
                    n++;
                }
            }
            return n;
        }

        /** {@code * * *}, {@code ---}, {@code ___}: three or more of one of these characters, spaces between (no regex). */
        private static boolean isThematicBreak(String line) {
            char kind = 0;
            int count = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ' || c == '\t') {
                    continue;
                }
                if ((c != '-' && c != '*' && c != '_') || (kind != 0 && c != kind)) {
                    return false;
                }
                kind = c;
                count++;
            }
            return count >= 3;
        }

        /** The position after a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at pos, or pos. */
        private static int listMarker(String line, int pos) {
            if (pos >= line.length()) {
                return pos;
            }
            char c = line.charAt(pos);
            int end = pos;
            if (c == '-' || c == '+' || c == '*') {
                end = pos + 1;
            } else {
                while (end < line.length() && end - pos < 9 && Character.isDigit(line.charAt(end)) && line.charAt(end) < 128) {
                    end++;
                }
                if (end == pos || end >= line.length() || (line.charAt(end) != '.' && line.charAt(end) != ')')) {
                    return pos;
                }
                end++;
            }
            if (end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t') {
                return end;
            }
            return pos;
        }
    }
}
