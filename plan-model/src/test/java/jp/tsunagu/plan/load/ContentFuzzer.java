package jp.tsunagu.plan.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes random content files from one seed, so that any file it made can be made again: front matter and Markdown
 * built from the pieces editors (and the Japanese IME, and attackers) actually type, valid files with a few random
 * edits, and random bytes.
 * <pre>{@code
 * ContentFuzzer fuzzer = new ContentFuzzer(20260301L);
 * String text = fuzzer.text();
 * }</pre>
 * Not thread-safe.
 */
final class ContentFuzzer {
    static final List<String> PLACES = List.of("plan.md", "viewpoints/A.md", "viewpoints/B.md", "initiatives/online-shinsei.md",
            "initiatives/x.md", "departments/joho-seisaku.md", "departments/x.md", "governance/honbu.md", "governance/x.md",
            "action-plans/2021/_index.md", "action-plans/2021/online-shinsei.md", "action-plans/2022/_index.md",
            "ooda/online-shinsei/2021-07-01-form.md", "ooda/_plan/2021-07-01-x.md", "reviews/2021.md", "reviews/2022.md",
            "glossary/ict.md", "glossary/x.md", "references/kuni-doko.md", "references/x.md", "pages/about.md", "pages/x.md",
            "pages/お知らせ.md");

    private static final List<String> KEYS = List.of("type", "id", "title", "viewpoints", "status", "summary", "period", "start",
            "end", "indicators", "name", "unit", "direction", "baseline", "year", "value", "targets", "decided", "note", "glossary",
            "department", "code", "term", "reading", "aliases", "footnote", "order", "fiscal_year", "initiative", "actuals",
            "indicator", "rating", "next_direction", "observed", "oriented", "acted", "decision_level", "requires_plan_revision",
            "decided_by", "municipality", "adopted", "parent_plan", "basic_principle", "vision", "parts", "revisions", "date",
            "rating_scale", "label", "description", "directions", "legal_bases", "article", "url", "published", "kind", "head",
            "parent", "short_name", "ooda_cycles", "reviewed", "reviewed_by", "example_initiatives", "titel", "キー", "Type", "_",
            "a-b", "x.y", "\"quoted\"", "? complex", "[a]", "&anchor key", "*alias", "!!str tagged", "<<");

    private static final List<String> VALUES = List.of("", "x", "試し", "試しの取組", "page", "initiative", "plan", "ooda_cycle",
            "glossary_term", "action_plan_entry", "action_plan", "annual_review", "department", "governance_body", "viewpoint",
            "reference_material", "pgae", "A", "Z", "Ａ", "[A]", "[A, E]", "[A, Z, A]", "[]", "{}", "[", "]", "{a: b}", "{a",
            "online-shinsei", "joho-seisaku", "honbu", "ict", "kensu", "Soumu_Ka", "2021", "2022", "1988", "3001", "21", "R3",
            "令和3年度", "令和元年度", "平成31年度", "令和0年度", "2021年度", "2021-04-01", "2021-02-30", "2021-13-01", "令和3年4月1日",
            "2021/4/1", "2021-03", "令和2年3月", "0000-00-00", "9999-12-31", "1,200", "1，200", "-3.5", "+7", "約850件", "８５０",
            "1e999", "0x1F", "1.2.3", "NaN", "-0", "9".repeat(400), "true", "false", "はい", "いいえ", "たぶん", "null", "~",
            "実施中", "実施", "計画", "取組例", "高いほど良い", "低いほど良い", "所属", "推進本部", "組織", "会議", "役職", "拡充",
            "\"072028\"", "72028", "072021", "アイシーティー", "ICT", "https://example.org/", "example.org", "javascript:alert(1)",
            "\"unclosed", "'single'", "'it''s'", "\"esc \\\" \\u0041 \\x41 \\q\"", "&a shared", "*a", "*nothing", "!!str x", "!!binary x",
            "!custom x", "|", "|-", ">", ">+", "? x", "- x", "# comment", "x # comment", "%YAML 1.2", "@at", "`tick`", "x: y", "a：b",
            "時刻：10時　開始", "　全角", "\t", "<script>alert(1)</script>", "${7*7}", "<#assign x=1>", "{{7*7}}", "😀", "\u2028",
            "\uFEFF", "\u200B", "\u202E", "e\u0301", "か\u3099", "ｱｲｳ", "Ⅳ", "\\", "%", "#", "'", "\"", ",", ":", "-", "---", "...");

    private static final List<String> HEADINGS = List.of("概要", "内容", "課題", "説明", "観察", "情勢判断", "意思決定", "行動", "評価",
            "改善", "計画の目的", "計画の位置付け", "役割", "計画", "実績", "次年度の方向性", "背景", "決定", "", "#", "<b>太字</b>");

    private static final List<String> DESTINATIONS = List.of("https://example.org/", "http://example.org/a?b=c#d", "mailto:a@example.jp",
            "tel:0242-39-1111", "../policy.html", "../../x", "../../../../etc/passwd", "/x", "//evil.example", "#top", "",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x61;script:alert(1)", "java&#9;script:x", "javascript&colon;x",
            "data:text/html,<script>alert(1)</script>", "data:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd",
            "%6Aavascript:x", "\\javascript:x", " javascript:x", "ja\nvascript:x", "x:y", "<javascript:x>", "https://例え.jp/",
            "(", ")", "<", ">", "\"", "'", "&amp;#x6a;avascript:x");

    private static final List<String> INLINE = List.of("本文です。", "情報化を進めます。", "ICT", "**強調**", "*斜体*", "~~取消~~", "`code`",
            "``code ` span``", "`", "``", "```", "<b>太字</b>", "<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<a href='https://example.org/'>x</a>",
            "<iframe src=\"data:text/html,x\"></iframe>", "<!-- comment -->", "<", ">", "&", "&amp;", "&#0;", "&#x110000;",
            "&#99999999;", "&colon;", "&unknown;", "https://example.jp/をご覧ください。", "info@example.jpまで", "\\", "[", "]", "(",
            ")", "![", "[x]", "[x][y]", "[^1]", "${content}", "<#list x as y>", "|", "$$", "\u0000", "\u0007", "\t", "　", "😀",
            "\uD83D", "\u202E", "a".repeat(300));

    private static final List<String> MUTATION_TOKENS = List.of(":", "：", " ", "　", "\t", "\n", "-", "- ", "---", "\"", "'", "[", "]",
            "{", "}", "&", "*", "!", "|", ">", "#", "%", "@", "`", "?", ",", "\\", "<", "x", "あ", "\n  ", "\n- ", "\n## 概要\n");

    private final Random random;

    /**
     * Creates a fuzzer.
     *
     * @param seed  the seed; the same seed makes the same files
     */
    ContentFuzzer(long seed) {
        this.random = new Random(seed);
    }

    /** @return one of the places content files go */
    String place() {
        return pick(PLACES);
    }

    /** @return a content file as text: built from pieces, or a valid file with random edits */
    String text() {
        return random.nextInt(2) == 0 ? built() : mutated();
    }

    /** @return bytes: random, or a file's text in a random encoding, or text with random bytes in it */
    byte[] bytes() {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(2000)];
                random.nextBytes(b);
                return b;
            }
            case 1 -> {
                String charset = pick(List.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "windows-1252"));
                return text().getBytes(java.nio.charset.Charset.forName(charset));
            }
            case 2 -> {
                for (int k = 0; k < 1 + random.nextInt(4) && text.length > 0; k++) {
                    text[random.nextInt(text.length)] = (byte) random.nextInt(256);
                }
                return text;
            }
            default -> {
                byte[] bom = random.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
                byte[] out = Arrays.copyOf(bom, bom.length + text.length);
                System.arraycopy(text, 0, out, bom.length, text.length);
                return out;
            }
        }
    }

    private String built() {
        StringBuilder s = new StringBuilder();
        if (random.nextInt(10) > 0) {
            s.append(pick(List.of("---", "---", "---", "--- ", "----", "—", "---\r"))).append('\n');
        }
        int lines = random.nextInt(16);
        for (int i = 0; i < lines; i++) {
            s.append(frontMatterLine()).append('\n');
        }
        if (random.nextInt(10) > 0) {
            s.append(pick(List.of("---", "---", "---", "...", "--- #", " ---"))).append('\n');
        }
        int body = random.nextInt(12);
        for (int i = 0; i < body; i++) {
            s.append(bodyLine()).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
        }
        return s.toString();
    }

    private String frontMatterLine() {
        String indent = random.nextInt(3) == 0 ? indent() : "";
        String key = pick(KEYS);
        String value = pick(VALUES);
        return switch (random.nextInt(12)) {
            case 0 -> indent + "- " + value;
            case 1 -> indent + "- " + key + ": " + value;
            case 2 -> indent + key + ":";
            case 3 -> indent + key + ":" + value;
            case 4 -> indent + key + "：" + value;
            case 5 -> indent + key + ": [" + value + ", " + pick(VALUES) + "]";
            case 6 -> indent + key + ": &" + pick(List.of("a", "b", "loop")) + " " + value;
            case 7 -> pick(INLINE);
            default -> indent + key + ": " + value;
        };
    }

    private String indent() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            s.append(pick(List.of(" ", " ", " ", "\t", "　")));
        }
        return s.toString();
    }

    private String bodyLine() {
        return switch (random.nextInt(10)) {
            case 0 -> pick(List.of("## ", "##", "### ", "# ", "    ## ")) + pick(HEADINGS);
            case 1 -> pick(List.of("```", "~~~", "````", "``` js"));
            case 2 -> "[" + pick(INLINE) + "](" + pick(DESTINATIONS) + (random.nextBoolean() ? " \"title\"" : "") + ")";
            case 3 -> "![" + pick(INLINE) + "](" + pick(DESTINATIONS) + ")";
            case 4 -> "[" + pick(List.of("a", "x", "参照")) + "]: " + pick(DESTINATIONS);
            case 5 -> "<" + pick(DESTINATIONS) + ">";
            case 6 -> "| " + pick(INLINE) + " | " + pick(INLINE) + " |\n|---|:-:|";
            case 7 -> pick(List.of("", "> ", "- ", "1. ", "    ", "---", "***", "<div>", "</div>")) + pick(INLINE);
            default -> pick(INLINE) + pick(INLINE) + pick(INLINE);
        };
    }

    private String mutated() {
        String text = pick(new ArrayList<>(ContentFixture.MINIMAL.values()));
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, pick(MUTATION_TOKENS));
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> s.insert(at, pick(VALUES));
                case 3 -> {
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    int i = random.nextInt(lines.size());
                    lines.add(i, lines.get(random.nextInt(lines.size())));
                    s = new StringBuilder(String.join("\n", lines));
                }
                case 4 -> {
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    int i = random.nextInt(lines.size());
                    lines.set(i, indent() + lines.get(i));
                    s = new StringBuilder(String.join("\n", lines));
                }
                default -> s.insert(at, "\n" + bodyLine() + "\n");
            }
        }
        return s.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
