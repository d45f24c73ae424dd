package jp.tsunagu.plan.load;

import static jp.tsunagu.plan.load.Fault.fault;
import static jp.tsunagu.plan.load.Fault.issue;
import static jp.tsunagu.plan.validate.ValidationCode.E_BINARY;
import static jp.tsunagu.plan.validate.ValidationCode.E_BODY_HEADING;
import static jp.tsunagu.plan.validate.ValidationCode.E_DUP_ID;
import static jp.tsunagu.plan.validate.ValidationCode.E_ENCODING;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_NAME;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_PLACE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_SIZE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_MISSING;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_SHAPE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_UNCLOSED;
import static jp.tsunagu.plan.validate.ValidationCode.E_FY_FOLDER;
import static jp.tsunagu.plan.validate.ValidationCode.E_FY_PERIOD;
import static jp.tsunagu.plan.validate.ValidationCode.E_ID_FILE_NAME;
import static jp.tsunagu.plan.validate.ValidationCode.E_IME_COLON;
import static jp.tsunagu.plan.validate.ValidationCode.E_IME_SPACE;
import static jp.tsunagu.plan.validate.ValidationCode.E_IO;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_DUPLICATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_REQUIRED;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_LINK_SCHEME;
import static jp.tsunagu.plan.validate.ValidationCode.E_NAME_CLASH;
import static jp.tsunagu.plan.validate.ValidationCode.E_OODA_ORDER;
import static jp.tsunagu.plan.validate.ValidationCode.E_PLAN_MISSING;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_CYCLE;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_DEPARTMENT;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_DIRECTION;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_GLOSSARY;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_GOVERNANCE;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_INDICATOR;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_INITIATIVE;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_OODA;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_RATING;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_VIEWPOINT;
import static jp.tsunagu.plan.validate.ValidationCode.E_TARGET_DUPLICATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_TYPE_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_DATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_EMPTY;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_ENUM;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_FISCAL_YEAR;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_ID;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_INVALID;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_NUMBER;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_SHAPE;
import static jp.tsunagu.plan.validate.ValidationCode.E_LANGUAGE_DUPLICATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_LANGUAGE_MALFORMED;
import static jp.tsunagu.plan.validate.ValidationCode.E_LANGUAGE_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_VARIANT_LANGUAGE;
import static jp.tsunagu.plan.validate.ValidationCode.E_VARIANT_ORIGINAL;
import static jp.tsunagu.plan.validate.ValidationCode.E_YAML_SYNTAX;
import static jp.tsunagu.plan.validate.ValidationCode.E_YAML_TAB;
import static jp.tsunagu.plan.validate.ValidationCode.W_BODY_HEADING;
import static jp.tsunagu.plan.validate.ValidationCode.W_OODA_UNREVIEWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.Variant;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Every validation code, fed the bad input it exists for: the issue must name the code, the file, the exact
 * line, and say in Japanese what to fix. Each group lists its {@link Fault}s; {@link #allFaults()} gathers them,
 * so that a code without a fault fails the build. Most faults add a small file such as {@link #X} to the
 * minimal valid content of {@link ContentFixture}.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class ValidationTests {
    /** A small valid initiative, {@code initiatives/x.md}; faults change one line of it. */
    static final String X = """
            ---
            type: initiative
            id: x
            title: 試しの取組
            viewpoints: [A]
            status: 計画
            summary: 試しです。
            ---
            """;

    /** A small valid OODA cycle, {@code ooda/_plan/2021-07-01-x.md}, that changes nothing in the plan. */
    static final String CYCLE = """
            ---
            type: ooda_cycle
            id: x-cycle
            title: 試しのサイクル
            decision_level: 所属
            requires_plan_revision: false
            observed: 2021-06-01
            oriented: 2021-06-15
            decided: 2021-07-01
            ---

            ## 観察

            見た。

            ## 情勢判断

            考えた。

            ## 意思決定

            決めた。
            """;

    /** {@link ContentFixture#ENTRY} without body, written out here so that its lines can be counted. */
    static final String ENTRY = """
            ---
            type: action_plan_entry
            initiative: online-shinsei
            actuals:
              - indicator: kensu
                value: 850
            rating: A
            next_direction: 拡充
            ---
            """;

    static final String X_FILE = "initiatives/x.md";
    static final String CYCLE_FILE = "ooda/_plan/2021-07-01-x.md";
    static final String ENTRY_FILE = "action-plans/2021/online-shinsei.md";

    /** @return {@link #X} with one text replaced, failing if it is not there exactly once */
    static String x(String from, String to) {
        return replaceOnce(X, from, to);
    }

    /** @return {@link #CYCLE} with one text replaced */
    static String cycle(String from, String to) {
        return replaceOnce(CYCLE, from, to);
    }

    /** @return {@link #ENTRY} with one text replaced */
    static String entry(String from, String to) {
        return replaceOnce(ENTRY, from, to);
    }

    private static String replaceOnce(String text, String from, String to) {
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            throw new IllegalArgumentException("«" + from + "» must occur exactly once");
        }
        return text.replace(from, to);
    }

    static byte[] utf8BomCrlf(String text) {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    static byte[] utf16LeWithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    /** @return every fault of every group */
    static Stream<Fault> allFaults() {
        return Stream.of(Encoding.faults(), Front_matter_and_yaml.faults(), Keys.faults(), Values.faults(),
                Ids_and_places.faults(), References.faults(), Fiscal_years.faults(), Bodies_and_ooda_cycles.faults(),
                Names_and_links.faults(), Language_variants.faults())
                .flatMap(List::stream);
    }

    @Test
    void the_minimal_content_loads_without_any_issue(@TempDir Path dir) {
        LoadResult result = ContentFixture.minimal(dir).load();
        assertThat(result.report().issues()).as(result.report().format()).isEmpty();
        assertThat(result.model()).isPresent();
    }

    @Test
    void every_validation_code_has_a_fault() {
        Set<ValidationCode> covered = allFaults().flatMap(f -> f.expected().stream()).map(Fault.Expected::code)
                .collect(Collectors.toSet());
        // E-LINK-OUTSIDE needs the address of the page a text appears on: the site generator reports it, and its
        // fault catalogue (jp.tsunagu.site.build.FaultCatalogueTests) feeds it. The body limits and the formats of
        // stock JBake projects are the site generator's too (jp.tsunagu.site.robust.BodyLimitsTests, JBakeFormatsTests),
        // and so are a file's time and memory in the stages after loading (FileBudgetTests).
        // The yearly cycle's warnings depend on today's date; YearChecksTests feeds them with an injected clock.
        // Whether the site has chrome in a declared language is the site generator's to know
        // (jp.tsunagu.site.build.LanguageFallbackSiteTests).
        Set<ValidationCode> siteCodes = Set.of(ValidationCode.E_LINK_OUTSIDE, ValidationCode.E_BODY_NESTING,
                ValidationCode.E_BODY_MARKUP, ValidationCode.W_FORMAT_UNSUPPORTED, ValidationCode.E_FILE_TIME,
                ValidationCode.E_FILE_MEMORY, ValidationCode.W_ENTRY_MISSING, ValidationCode.W_ACTUAL_MISSING,
                ValidationCode.W_LANGUAGE_MESSAGES);
        assertThat(covered).as("codes with a fault").containsExactlyInAnyOrderElementsOf(
                Stream.of(ValidationCode.values()).filter(c -> !siteCodes.contains(c)).toList());
    }

    @Nested
    class Encoding {
        static List<Fault> faults() {
            return List.of(
                    fault("Shift_JIS で保存した取組",
                            f -> f.bytes(X_FILE, X.getBytes(Charset.forName("Shift_JIS"))),
                            issue(E_ENCODING, X_FILE, 4, "Shift_JIS", "文字コードを「UTF-8」にして保存し直してください")),
                    fault("UTF-16（BOM 付き）で保存した取組",
                            f -> f.bytes(X_FILE, X.getBytes(StandardCharsets.UTF_16)),
                            issue(E_ENCODING, X_FILE, 1, "UTF-16 で保存されています", "「UTF-8」にして保存し直してください")),
                    fault("UTF-16LE（BOM 付き）で保存した取組",
                            f -> f.bytes(X_FILE, utf16LeWithBom(X)),
                            issue(E_ENCODING, X_FILE, 1, "UTF-16 で保存されています", "「UTF-8」にして保存し直してください")),
                    fault("UTF-16LE（BOM なし）で保存した取組",
                            f -> f.bytes(X_FILE, X.getBytes(StandardCharsets.UTF_16LE)),
                            issue(E_ENCODING, X_FILE, 1, "UTF-16（リトルエンディアン）（BOM なし）", "「UTF-8」にして保存し直してください")),
                    fault("UTF-16BE（BOM なし）で保存した取組",
                            f -> f.bytes(X_FILE, X.getBytes(StandardCharsets.UTF_16BE)),
                            issue(E_ENCODING, X_FILE, 1, "UTF-16（ビッグエンディアン）（BOM なし）", "「UTF-8」にして保存し直してください")),
                    fault("NUL 文字の入った取組",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\u0000")),
                            issue(E_BINARY, X_FILE, 6, "NUL 文字", "テキスト（Markdown）として保存してください")),
                    fault("2 MiB を超える取組",
                            f -> f.file(X_FILE, X + "あ".repeat(700_000)),
                            issue(E_FILE_SIZE, X_FILE, 0, "ファイルが大きすぎます", "2 MB までです", "内容を分ける")),
                    fault("リンク先のないリンク",
                            f -> f.symlink(X_FILE, "gone.md"),
                            issue(E_IO, X_FILE, 0, "ファイルかリンク先がありません", "リンク先が存在するかを確認してください")),
                    fault("UTF-8（BOM 付き）と CRLF の取組でも行番号は正しい",
                            f -> f.bytes(X_FILE, utf8BomCrlf(x("title: 試しの取組", "titel: 試しの取組"))),
                            issue(E_KEY_REQUIRED, X_FILE, 2, "「title」がありません"),
                            issue(E_KEY_UNKNOWN, X_FILE, 4, "「titel」は使えません")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void utf8_with_bom_and_crlf_line_ends_loads_like_plain_utf8(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .bytes("initiatives/online-shinsei.md", utf8BomCrlf(ContentFixture.INITIATIVE))
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            var initiative = result.orElseThrow().initiative("online-shinsei").orElseThrow();
            assertAll("initiative",
                    () -> assertThat(initiative.title()).isEqualTo("行政手続のオンライン化"),
                    () -> assertThat(initiative.body().section("概要")).hasValue("手続のオンライン化を進めます。\n"));
        }

        @Test
        void a_file_of_exactly_2_mib_is_still_read(@TempDir Path dir) {
            String page = ContentFixture.PAGE;
            int size = page.getBytes(StandardCharsets.UTF_8).length;
            LoadResult result = ContentFixture.minimal(dir)
                    .file("pages/about.md", page + "a".repeat((int) SourceFile.MAX_BYTES - size))
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
        }

        @Test
        void a_missing_content_folder_is_reported_not_thrown(@TempDir Path dir) {
            Path missing = dir.resolve("no-such-folder");
            LoadResult result = PlanLoader.load(missing);

            assertThat(result.report().issues()).singleElement().satisfies(i -> assertAll("issue",
                    () -> assertThat(i.code()).isEqualTo(E_IO),
                    () -> assertThat(i.file()).isEqualTo(missing.toString()),
                    () -> assertThat(i.line()).isZero(),
                    () -> assertThat(i.message()).contains("plan.md のあるフォルダを指定してください")));
            assertThat(result.model()).isEmpty();
        }
    }

    @Nested
    class Front_matter_and_yaml {
        static List<Fault> faults() {
            return List.of(
                    fault("前付けのない取組",
                            f -> f.file(X_FILE, "# 試しの取組\n\n本文だけです。\n"),
                            issue(E_FRONT_MATTER_MISSING, X_FILE, 1, "前付け（YAML フロントマター）がありません", "1行目を「---」にし")),
                    fault("空のファイル",
                            f -> f.file(X_FILE, ""),
                            issue(E_FRONT_MATTER_MISSING, X_FILE, 1, "1行目を「---」にし")),
                    fault("閉じていない前付け",
                            f -> f.file(X_FILE, """
                                    ---
                                    type: initiative
                                    id: x

                                    ## 概要
                                    """),
                            issue(E_FRONT_MATTER_UNCLOSED, X_FILE, 1, "前付けが閉じていません", "「---」だけの行を入れてください")),
                    fault("空の前付け",
                            f -> f.file(X_FILE, "---\n---\n\n本文です。\n"),
                            issue(E_FRONT_MATTER_SHAPE, X_FILE, 1, "前付けが空です", "「type: …」から始まる項目を書いてください")),
                    fault("リストだけの前付け",
                            f -> f.file(X_FILE, "---\n- type\n- initiative\n---\n"),
                            issue(E_FRONT_MATTER_SHAPE, X_FILE, 2, "「項目名: 値」の組で書いてください", "今はリストになっています")),
                    fault("リストを項目名にした前付け",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\n? [a, b]\n: c")),
                            issue(E_FRONT_MATTER_SHAPE, X_FILE, 7, "項目名はリストや組ではなく、半角英字の名前にしてください")),
                    fault("閉じていない引用符",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title: \"試しの取組")),
                            issue(E_YAML_SYNTAX, X_FILE, 4, "引用符が閉じていません")),
                    fault("深すぎる字下げ",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: 2021\n   end: 2023")),
                            issue(E_YAML_SYNTAX, X_FILE, 9, "字下げがそろっていません", "同じ数の半角スペースで字下げしてください")),
                    fault("浅すぎる字下げ",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n    start: 2021\n  end: 2023")),
                            issue(E_YAML_SYNTAX, X_FILE, 9, "字下げがそろっていません")),
                    fault("値の中のコロンと空白",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title: 試し: 取組")),
                            issue(E_YAML_SYNTAX, X_FILE, 4, "値の中に「: 」（コロンと空白）があります", "値全体を「\"」で囲んでください")),
                    fault("閉じていないかっこ",
                            f -> f.file(X_FILE, x("viewpoints: [A]", "viewpoints: [A")),
                            issue(E_YAML_SYNTAX, X_FILE, 5, "かっこ「[」が閉じていません")),
                    fault("深すぎる入れ子",
                            f -> f.file(X_FILE, x("viewpoints: [A]", "viewpoints: " + "[".repeat(5000) + "A" + "]".repeat(5000))),
                            issue(E_YAML_SYNTAX, X_FILE, 5, "入れ子が深すぎます", "かっこ「[」「{」の閉じ忘れを確認してください")),
                    fault("自分自身を指すエイリアス",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nloop: &loop [*loop]")),
                            issue(E_YAML_SYNTAX, X_FILE, 7, "エイリアス「*loop」で使い回せません", "値をそれぞれの場所にそのまま書いてください")),
                    fault("倍々に増えるエイリアス",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\na: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]")),
                            issue(E_YAML_SYNTAX, X_FILE, 8, "エイリアス「*a」で使い回せません")),
                    fault("タブで字下げ",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n\tstart: 2021")),
                            issue(E_YAML_TAB, X_FILE, 8, "タブ文字", "半角スペース2つに置き換えてください")),
                    fault("項目名の後の全角コロン",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title：試しの取組")),
                            issue(E_IME_COLON, X_FILE, 4, "「title」のあとが全角の「：」", "半角の「:」と半角スペースに直してください")),
                    fault("全角スペースで字下げ",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n　start: 2021")),
                            issue(E_IME_SPACE, X_FILE, 8, "全角スペース「　」", "字下げは半角スペースで書いてください")),
                    fault("日本語入力の誤りが2行",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title：試しの取組")
                                    .replace("status: 計画", "status: 計画\nperiod:\n\tstart: 2021")),
                            issue(E_IME_COLON, X_FILE, 4, "「title」"),
                            issue(E_YAML_TAB, X_FILE, 8, "タブ文字")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void full_width_colons_and_spaces_inside_values_are_text(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(X_FILE, x("title: 試しの取組", "title: 時刻：10時　開始"))
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            assertThat(result.orElseThrow().initiative("x").orElseThrow().title()).isEqualTo("時刻：10時　開始");
        }

        @Test
        void an_alias_of_a_single_value_is_allowed(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(X_FILE, x("title: 試しの取組", "title: &t 試しの取組").replace("summary: 試しです。", "summary: *t"))
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            assertThat(result.orElseThrow().initiative("x").orElseThrow().summary()).isEqualTo("試しの取組");
        }
    }

    @Nested
    class Keys {
        static List<Fault> faults() {
            return List.of(
                    fault("書き間違えた項目名 titel",
                            f -> f.file(X_FILE, x("title: 試しの取組", "titel: 試しの取組")),
                            issue(E_KEY_REQUIRED, X_FILE, 2, "必須の項目「title」がありません", "「title: 取組の名前」のように書いてください"),
                            issue(E_KEY_UNKNOWN, X_FILE, 4, "項目「titel」は使えません", "「title」の書き間違いではありませんか",
                                    "使える項目: type, id, title")),
                    fault("組の中で書き間違えた項目名",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: 2021\n  ende: 2023")),
                            issue(E_KEY_UNKNOWN, X_FILE, 9, "「period」の項目「ende」は使えません", "「end」の書き間違い", "使える項目: start, end")),
                    fault("必須の summary がない",
                            f -> f.file(X_FILE, x("summary: 試しです。\n", "")),
                            issue(E_KEY_REQUIRED, X_FILE, 2, "必須の項目「summary」がありません", "「summary: 取組の要旨を一文で」")),
                    fault("type がない",
                            f -> f.file(X_FILE, x("type: initiative\n", "")),
                            issue(E_KEY_REQUIRED, X_FILE, 2, "必須の項目「type」がありません", "「type: initiative」と書いてください")),
                    fault("観点のない取組",
                            f -> f.file(X_FILE, x("viewpoints: [A]\n", "")),
                            issue(E_KEY_REQUIRED, X_FILE, 2, "観点が1つ以上必要です", "「viewpoints: [A]」")),
                    fault("2回書いた項目",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\ntitle: もう一つの名前")),
                            issue(E_KEY_DUPLICATE, X_FILE, 7, "「title」が2回書かれています（最初は 4 行目）", "どちらか一方を消してください")),
                    fault("書き間違えた type",
                            f -> f.file("pages/x.md", "---\ntype: pgae\nid: x\ntitle: 試し\n---\n"),
                            issue(E_TYPE_UNKNOWN, "pages/x.md", 2, "type「pgae」という種類はありません", "「page」の書き間違い",
                                    "「type: page」です")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }
    }

    @Nested
    class Values {
        static final String REFERENCE = """
                ---
                type: reference_material
                id: x
                title: 試しの資料
                published: 2021-04-01
                ---
                """;

        static List<Fault> faults() {
            return List.of(
                    fault("1つの値の項目にリスト",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title: [試し, 取組]")),
                            issue(E_VALUE_SHAPE, X_FILE, 4, "「title」には1つの値を書いてください（今はリストになっています）")),
                    fault("組の項目に1つの値",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod: 2021")),
                            issue(E_VALUE_SHAPE, X_FILE, 7, "「period」は字下げした「項目名: 値」の組で書いてください")),
                    fault("選ぶ値の項目にリスト",
                            f -> f.file(X_FILE, x("status: 計画", "status: [計画]")),
                            issue(E_VALUE_SHAPE, X_FILE, 6, "「status」には1つの値を書いてください")),
                    fault("空の title",
                            f -> f.file(X_FILE, x("title: 試しの取組", "title:")),
                            issue(E_VALUE_EMPTY, X_FILE, 4, "項目「title」が空です", "「title: 取組の名前」のように値を書いてください")),
                    fault("空の status",
                            f -> f.file(X_FILE, x("status: 計画", "status:")),
                            issue(E_VALUE_EMPTY, X_FILE, 6, "項目「status」が空です", "「status: 取組例」のように値を書いてください")),
                    fault("空の initiative のアクションプラン",
                            f -> f.file(ENTRY_FILE, entry("initiative: online-shinsei", "initiative:")),
                            issue(E_VALUE_EMPTY, ENTRY_FILE, 3, "項目「initiative」が空です", "「initiative: online-shinsei」")),
                    fault("説明のない用語",
                            f -> f.file("glossary/dx.md", "---\ntype: glossary_term\nid: dx\nterm: DX\nreading: ディーエックス\n---\n"),
                            issue(E_VALUE_EMPTY, "glossary/dx.md", 7, "用語「DX」の説明がありません", "前付けの後に、用語の説明文を書いてください")),
                    fault("和暦の日付",
                            f -> f.file("references/x.md", REFERENCE.replace("2021-04-01", "令和3年4月1日")),
                            issue(E_VALUE_DATE, "references/x.md", 5, "「令和3年4月1日」は 西暦の「年-月-日」（YYYY-MM-DD）で書いてください",
                                    "「published: 2021-04-01」と書いてください")),
                    fault("和暦の年月",
                            f -> f.replace("plan.md", "adopted: 2021-03", "adopted: 令和3年3月"),
                            issue(E_VALUE_DATE, "plan.md", 8, "「令和3年3月」は 西暦の「年-月」（YYYY-MM）で書いてください")),
                    fault("年度にならない OODA の決定日",
                            f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true")
                                    .replace("2021-", "1980-")),
                            issue(E_VALUE_DATE, CYCLE_FILE, 9, "「1980-07-01」からは年度を決められません", "1989-04-01 から 3000-03-31 までの日付")),
                    fault("単位の付いた数値",
                            f -> f.file(ENTRY_FILE, entry("value: 850", "value: 約850件")),
                            issue(E_VALUE_NUMBER, ENTRY_FILE, 6, "「約850件」は数値ではありません", "数字だけを書いてください")),
                    fault("数字でない表示順",
                            f -> f.replace("pages/about.md", "title: このサイトについて", "title: このサイトについて\norder: 一"),
                            issue(E_VALUE_NUMBER, "pages/about.md", 5, "「一」は整数（半角数字）で書いてください", "「order: 1」")),
                    fault("読めない年度",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: R3")),
                            issue(E_VALUE_FISCAL_YEAR, X_FILE, 8, "「start」の年度「R3」を読めません", "西暦の年（例: 2021）か和暦（例: 令和3年度）")),
                    fault("選べない status",
                            f -> f.file(X_FILE, x("status: 計画", "status: 実施")),
                            issue(E_VALUE_ENUM, X_FILE, 6, "「status」の「実施」は使えません", "「実施中」の書き間違いではありませんか",
                                    "取組例、計画、実施中、完了、休止、廃止")),
                    fault("はい・いいえでない真偽",
                            f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: たぶん")),
                            issue(E_VALUE_ENUM, CYCLE_FILE, 6, "「たぶん」は true か false（はい・いいえ）で書いてください")),
                    fault("大文字と下線の ID",
                            f -> f.file("departments/x.md", "---\ntype: department\nid: Soumu_Ka\nname: 総務課\n---\n"),
                            issue(E_VALUE_ID, "departments/x.md", 3, "ID「Soumu_Ka」", "半角の英小文字・数字・「-」だけを使ってください")),
                    fault("先頭の 0 が消えた団体コード",
                            f -> f.replace("plan.md", "code: \"072028\"", "code: 72028"),
                            issue(E_VALUE_INVALID, "plan.md", 7, "団体コード「72028」", "先頭の 0 が消えていませんか",
                                    "「\"072028\"」のように引用符で囲んでください")),
                    fault("検査数字の違う団体コード",
                            f -> f.replace("plan.md", "code: \"072028\"", "code: \"072021\""),
                            issue(E_VALUE_INVALID, "plan.md", 7, "団体コード「072021」", "6桁目の検査数字は 8 のはずです")),
                    fault("全角の観点",
                            f -> f.file(X_FILE, x("viewpoints: [A]", "viewpoints: [Ａ]")),
                            issue(E_VALUE_INVALID, X_FILE, 5, "観点「Ａ」は半角英大文字1字で書いてください（「A」）")),
                    fault("ローマ字の読み",
                            f -> f.replace("glossary/ict.md", "reading: アイシーティー", "reading: ICT"),
                            issue(E_VALUE_INVALID, "glossary/ict.md", 5, "読み「ICT」はひらがなかカタカナで書いてください")),
                    fault("https でない url",
                            f -> f.replace("references/kuni-doko.md", "url: https://example.org/kuni-doko", "url: example.org/kuni-doko"),
                            issue(E_VALUE_INVALID, "references/kuni-doko.md", 5, "https:// で始まる正しいアドレスにしてください")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @ParameterizedTest(name = "published: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                令和3年4月1日   | 「published: 2021-04-01」と書いてください
                令和元年5月1日  | 「published: 2019-05-01」と書いてください
                平成31年4月30日 | 「published: 2019-04-30」と書いてください
                2021/4/1       | 「published: 2021-04-01」と書いてください
                2021.04.01     | 「published: 2021-04-01」と書いてください
                2021年4月1日    | 「published: 2021-04-01」と書いてください
                21-04-01       | 「published: 2021-04-01」のように書いてください
                2021-02-30     | ありえない日付です。月と日を確認してください
                2021-13-01     | ありえない日付です
                """)
        void a_date_must_be_a_western_yyyy_mm_dd(String written, String fix, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file("references/x.md", REFERENCE.replace("2021-04-01", written))
                    .load();

            assertOnlyIssue(result, E_VALUE_DATE, "references/x.md", 5, "「" + written + "」", fix);
        }

        @ParameterizedTest(name = "value: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                約850     | 単位や「約」などの文字は書かず、数字だけを書いてください
                850件     | 数字だけを書いてください
                ８５０     | 全角の数字は半角に直してください（「850」）
                8,50      | 数字だけを書いてください
                1.2.3     | 数字だけを書いてください
                """)
        void a_number_must_be_digits(String written, String fix, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file(ENTRY_FILE, entry("value: 850", "value: " + written)).load();

            assertOnlyIssue(result, E_VALUE_NUMBER, ENTRY_FILE, 6, "「" + written + "」は数値ではありません", fix);
        }

        @ParameterizedTest(name = "value: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                850       | 850
                1,200     | 1200
                1，200    | 1200
                -3.5      | -3.5
                +7        | 7
                """)
        void a_number_may_have_separators_sign_and_decimals(String written, BigDecimal expected, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file(ENTRY_FILE, entry("value: 850", "value: " + written)).load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            BigDecimal value = result.orElseThrow().actionPlans().get(0).entries().get(0).actuals().get(0).value();
            assertThat(value).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "start: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                R3          | 「R3」を読めません
                令和3       | 「令和3」を読めません
                平成32年度   | 「平成32年度」を読めません
                令和0年度    | 「令和0年度」を読めません
                1988        | 「1988」を読めません
                21          | 「21」を読めません
                """)
        void a_fiscal_year_must_be_western_or_wareki(String written, String fix, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: " + written))
                    .load();

            assertOnlyIssue(result, E_VALUE_FISCAL_YEAR, X_FILE, 8, fix, "西暦の年（例: 2021）か和暦（例: 令和3年度）で書いてください");
        }

        @ParameterizedTest(name = "start: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                2021        | 2021
                2021年度     | 2021
                令和3年度    | 2021
                令和元年度   | 2019
                平成31年度   | 2019
                平成元年度   | 1989
                """)
        void a_fiscal_year_may_be_western_or_wareki(String written, int year, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: " + written))
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            assertThat(result.orElseThrow().initiative("x").orElseThrow().period()).hasValueSatisfying(
                    p -> assertThat(p.start()).isEqualTo(FiscalYear.of(year)));
        }

        @ParameterizedTest(name = "code: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                72028        | 先頭の 0 が消えていませんか。値を「"072028"」のように引用符で囲んでください
                "72028"      | 先頭の 0 が消えていませんか
                072021       | 6桁目の検査数字は 8 のはずです
                "072020"     | 6桁目の検査数字は 8 のはずです
                07202A       | 6桁の半角数字
                ０７２０２８   | 6桁の半角数字
                0720288      | 6桁の半角数字
                """)
        void a_municipality_code_has_six_digits_and_a_check_digit(String written, String fix, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).replace("plan.md", "code: \"072028\"", "code: " + written).load();

            assertOnlyIssue(result, E_VALUE_INVALID, "plan.md", 7, "団体コード", fix);
        }

        @ParameterizedTest(name = "code: {0}")
        @CsvSource(delimiterString = "|", quoteCharacter = '`', textBlock = """
                "072028"
                '072028'
                072028
                """)
        void a_municipality_code_stays_text_with_its_leading_zero(String written, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).replace("plan.md", "code: \"072028\"", "code: " + written).load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            PlanModel model = result.orElseThrow();
            assertAll("code",
                    () -> assertThat(model.plan().municipality().code().value()).isEqualTo("072028"),
                    () -> assertThat(model.plan().municipality().code().prefectureCode()).isEqualTo("07"));
        }

        @ParameterizedTest(name = "status: {0}")
        @CsvSource(delimiterString = "|", textBlock = """
                実施     | 「実施中」の書き間違いではありませんか
                完了済み  | 「完了」の書き間違いではありませんか
                done    | 次のどれかを書いてください: 取組例、計画、実施中、完了、休止、廃止
                """)
        void a_status_must_be_one_of_the_labels(String written, String fix, @TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file(X_FILE, x("status: 計画", "status: " + written)).load();

            assertOnlyIssue(result, E_VALUE_ENUM, X_FILE, 6, "「" + written + "」は使えません", fix);
        }
    }

    @Nested
    class Ids_and_places {
        static List<Fault> faults() {
            return List.of(
                    fault("2つのファイルで同じ所属 ID",
                            f -> f.file("departments/joho.md", "---\ntype: department\nid: joho-seisaku\nname: 情報課\n---\n"),
                            issue(E_DUP_ID, "departments/joho.md", 3, "所属の ID「joho-seisaku」は departments/joho-seisaku.md:3 でも使われています",
                                    "どちらかを別の名前に変えてください")),
                    fault("2つのフォルダで同じ OODA サイクル ID",
                            f -> f.file(CYCLE_FILE, cycle("id: x-cycle", "id: online-shinsei-form")),
                            issue(E_DUP_ID, "ooda/online-shinsei/2021-07-01-form.md", 3,
                                    "OODAサイクルの ID「online-shinsei-form」は ooda/_plan/2021-07-01-x.md:3 でも使われています")),
                    fault("取組の中で同じ指標 ID",
                            f -> f.file(X_FILE, x("summary: 試しです。", """
                                    summary: 試しです。
                                    indicators:
                                      - id: kensu
                                        name: 件数
                                        unit: 件
                                        direction: 高いほど良い
                                      - id: kensu
                                        name: 件数（再掲）
                                        unit: 件
                                        direction: 高いほど良い""")),
                            issue(E_DUP_ID, X_FILE, 13, "指標の id「kensu」はこの取組の 9 行目でも使われています")),
                    fault("同じ指標の実績が2回",
                            f -> f.file(ENTRY_FILE, entry("    value: 850", "    value: 850\n  - indicator: kensu\n    value: 900")),
                            issue(E_DUP_ID, ENTRY_FILE, 7, "指標「kensu」の実績が2回書かれています", "1つにまとめてください")),
                    fault("評価の尺度で同じ code が2回",
                            f -> f.file("action-plans/2021/_index.md", """
                                    ---
                                    type: action_plan
                                    fiscal_year: 2021
                                    title: 令和3年度アクションプラン
                                    rating_scale:
                                      - code: A
                                        label: 達成
                                      - code: A
                                        label: 未達成
                                    ---
                                    """),
                            issue(E_DUP_ID, "action-plans/2021/_index.md", 8, "評価の code「A」が rating_scale に2回あります")),
                    fault("ファイル名と違う取組 id",
                            f -> f.file("initiatives/y.md", X),
                            issue(E_ID_FILE_NAME, "initiatives/y.md", 3, "取組の id「x」とファイル名「y.md」が違います",
                                    "ファイル名を「x.md」にするか、id を直してください")),
                    fault("ファイル名と違う観点 code",
                            f -> f.file("viewpoints/B.md", ContentFixture.VIEWPOINT.replace("code: A", "code: C")),
                            issue(E_ID_FILE_NAME, "viewpoints/B.md", 3, "観点の code「C」とファイル名「B.md」が違います",
                                    "ファイル名を「C.md」にするか")),
                    fault("plan.md がない",
                            f -> f.without("plan.md"),
                            issue(E_PLAN_MISSING, "plan.md", 0, "「plan.md」がありません", "type: plan の plan.md を作ってください")),
                    fault("plan.md がフォルダ",
                            f -> f.without("plan.md").file("plan.md/.keep", ""),
                            issue(E_PLAN_MISSING, "plan.md", 0, "「plan.md」がありません")),
                    fault("決まった場所にないファイル",
                            f -> f.file("notes/memo.md", ContentFixture.PAGE),
                            issue(E_FILE_PLACE, "notes/memo.md", 0, "決まった場所にありません", "pages/ のどこかに置いてください")),
                    fault("直下に置いた plan.md 以外のファイル",
                            f -> f.file("index.md", ContentFixture.PAGE),
                            issue(E_FILE_PLACE, "index.md", 0, "決まった場所にありません")),
                    fault("フォルダに合わない type",
                            f -> f.file("pages/joho.md", ContentFixture.DEPARTMENT),
                            issue(E_FILE_PLACE, "pages/joho.md", 2, "type「department」のファイルはこの場所に置けません",
                                    "この場所のファイルは「type: page」です")),
                    fault("コンテンツのフォルダの外を指すリンク",
                            f -> f.linkOutside("pages/outside.md", ContentFixture.PAGE.replace("id: about", "id: outside")),
                            issue(E_FILE_PLACE, "pages/outside.md", 0, "フォルダの外を指すリンクです", "ファイルそのものをフォルダ内に置いてください")),
                    fault("_index.md のない年度のアクションプラン",
                            f -> f.without("action-plans/2021/_index.md"),
                            issue(E_FILE_PLACE, ENTRY_FILE, 0, "2021年度のアクションプランの「_index.md」がありません",
                                    "type: action_plan の _index.md を作ってください")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void a_link_to_a_file_inside_the_content_folder_is_read(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(".drafts/news.md", ContentFixture.PAGE.replace("id: about", "id: news"))
                    .symlink("pages/news.md", "../.drafts/news.md")
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            assertThat(result.orElseThrow().pages()).extracting(p -> p.id()).containsExactlyInAnyOrder("about", "news");
        }

        @Test
        void a_linked_content_folder_loads_like_the_folder_itself(@TempDir Path dir) throws Exception {
            ContentFixture content = ContentFixture.minimal(dir);
            Path link = Files.createSymbolicLink(dir.resolve("linked"), content.write());

            LoadResult result = PlanLoader.load(link);

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            assertThat(result.sourceOf("initiative/online-shinsei")).hasValue("initiatives/online-shinsei.md");
        }
    }

    @Nested
    class References {
        static List<Fault> faults() {
            return List.of(
                    fault("ない観点",
                            f -> f.file(X_FILE, x("viewpoints: [A]", "viewpoints: [A, Z]")),
                            issue(E_REF_VIEWPOINT, X_FILE, 5, "観点「Z」は定義されていません", "viewpoints/ にその ID のファイルを作ってください",
                                    "使える値: A")),
                    fault("ない所属",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\ndepartment: johoseisaku")),
                            issue(E_REF_DEPARTMENT, X_FILE, 7, "所属「johoseisaku」は定義されていません", "「joho-seisaku」の書き間違い")),
                    fault("ない取組",
                            f -> f.file(ENTRY_FILE, entry("initiative: online-shinsei", "initiative: online-shinse")),
                            issue(E_REF_INITIATIVE, ENTRY_FILE, 3, "取組「online-shinse」は定義されていません", "「online-shinsei」の書き間違い")),
                    fault("取組にない指標",
                            f -> f.file(ENTRY_FILE, entry("indicator: kensu", "indicator: kensuu")),
                            issue(E_REF_INDICATOR, ENTRY_FILE, 5, "指標「kensuu」は取組「online-shinsei」にありません", "「kensu」の書き間違い",
                                    "使える指標: kensu")),
                    fault("ない推進体制",
                            f -> f.file(CYCLE_FILE, cycle("decision_level: 所属", "decision_level: 所属\ndecided_by: honb")),
                            issue(E_REF_GOVERNANCE, CYCLE_FILE, 6, "推進体制の組織・役職「honb」は定義されていません", "「honbu」の書き間違い",
                                    "governance/ にその ID のファイルを作ってください")),
                    fault("ない用語",
                            f -> f.file(X_FILE, x("summary: 試しです。", "summary: 試しです。\nglossary: [ict, iot]")),
                            issue(E_REF_GLOSSARY, X_FILE, 8, "用語「iot」は定義されていません", "「ict」の書き間違い")),
                    fault("ない OODA サイクル",
                            f -> f.replace("reviews/2021.md", "ooda_cycles: [online-shinsei-form]", "ooda_cycles: [online-shinsei-forms]"),
                            issue(E_REF_OODA, "reviews/2021.md", 5, "OODAサイクル「online-shinsei-forms」は定義されていません",
                                    "「online-shinsei-form」の書き間違い")),
                    fault("尺度にない評価",
                            f -> f.file(ENTRY_FILE, entry("rating: A", "rating: S")),
                            issue(E_REF_RATING, ENTRY_FILE, 7, "評価「S」は評価の尺度にありません", "使える評価: A、B")),
                    fault("計画にない方向性",
                            f -> f.file(ENTRY_FILE, entry("next_direction: 拡充", "next_direction: 拡大")),
                            issue(E_REF_DIRECTION, ENTRY_FILE, 8, "方向性「拡大」は計画で定められていません", "「拡充」の書き間違い",
                                    "使える値: 拡充、継続、廃止")),
                    fault("たどると戻る所属の parent",
                            f -> f.file("departments/a.md", "---\ntype: department\nid: a\nname: A課\nparent: b\n---\n")
                                    .file("departments/b.md", "---\ntype: department\nid: b\nname: B課\nparent: a\n---\n"),
                            issue(E_REF_CYCLE, "departments/a.md", 5, "所属の parent がたどると元に戻ります（a → b → a）"),
                            issue(E_REF_CYCLE, "departments/b.md", 5, "（b → a → b）", "どこかの parent を上位の組織に直してください")),
                    fault("自分を parent にした推進体制",
                            f -> f.replace("governance/honbu.md", "head: 市長", "head: 市長\nparent: honbu"),
                            issue(E_REF_CYCLE, "governance/honbu.md", 7, "推進体制の parent がたどると元に戻ります（honbu → honbu）")),
                    fault("読めなかった取組への参照は重ねて報告しない",
                            f -> f.bytes("initiatives/online-shinsei.md", ContentFixture.INITIATIVE.getBytes(Charset.forName("Shift_JIS"))),
                            issue(E_ENCODING, "initiatives/online-shinsei.md", 4, "Shift_JIS")),
                    fault("読めなかった計画の尺度と方向性は重ねて報告しない",
                            f -> f.replace("plan.md", "title: 試験市情報化推進計画", "title：試験市情報化推進計画"),
                            issue(E_IME_COLON, "plan.md", 4, "「title」")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }
    }

    @Nested
    class Fiscal_years {
        static List<Fault> faults() {
            return List.of(
                    // an unreadable end is not an open end: the target is not also reported as outside a guessed period
                    fault("読めない期間の終わり",
                            f -> f.file(X_FILE, x("summary: 試しです。", """
                                    summary: 試しです。
                                    period:
                                      start: 2021
                                      end: 令和十年度
                                    indicators:
                                      - id: kensu
                                        name: 件数
                                        unit: 件
                                        direction: 高いほど良い
                                        targets:
                                          - year: 2019
                                            value: 100
                                            decided: 2021-03-26""")),
                            issue(E_VALUE_FISCAL_YEAR, X_FILE, 10, "「end」の年度「令和十年度」を読めません")),
                    fault("フォルダと違う年度の _index.md",
                            f -> f.replace("action-plans/2021/_index.md", "fiscal_year: 2021", "fiscal_year: 2022"),
                            issue(E_FY_FOLDER, "action-plans/2021/_index.md", 3, "fiscal_year（2022年度・令和4年度）がフォルダ名「2021」と違います",
                                    "ファイルを正しい年度のフォルダに移すか、fiscal_year を 2021 に直してください")),
                    fault("フォルダと違う年度のアクションプランの取組",
                            f -> f.file(ENTRY_FILE, entry("initiative: online-shinsei", "initiative: online-shinsei\nfiscal_year: 令和4年度")),
                            issue(E_FY_FOLDER, ENTRY_FILE, 4, "fiscal_year（2022年度・令和4年度）がフォルダ名「2021」と違います")),
                    fault("ファイル名と違う年度の年次評価",
                            f -> f.replace("reviews/2021.md", "fiscal_year: 2021", "fiscal_year: 2020"),
                            issue(E_FY_FOLDER, "reviews/2021.md", 3, "fiscal_year（2020年度・令和2年度）がファイル名「2021」と違います",
                                    "ファイル名を正しい年度にするか、fiscal_year を 2021 に直してください")),
                    fault("年度でないフォルダ名",
                            f -> f.file("action-plans/next/_index.md", ContentFixture.ACTION_PLAN),
                            issue(E_FY_FOLDER, "action-plans/next/_index.md", 2, "フォルダ名の「next」が年度になっていません",
                                    "西暦の年度（例: 2021）にしてください")),
                    fault("期間の外の目標年度",
                            f -> f.file(X_FILE, x("summary: 試しです。", """
                                    summary: 試しです。
                                    period:
                                      start: 2021
                                      end: 2023
                                    indicators:
                                      - id: kensu
                                        name: 件数
                                        unit: 件
                                        direction: 高いほど良い
                                        targets:
                                          - year: 2025
                                            value: 100
                                            decided: 2021-03-26""")),
                            issue(E_FY_PERIOD, X_FILE, 17, "指標「kensu」の目標年度 2025 は取組の期間 2021–2023 の外です",
                                    "目標年度を期間内にするか、period を直してください")),
                    fault("期間の外の年度のアクションプランの取組",
                            f -> f.replace("initiatives/online-shinsei.md", "start: 2021", "start: 2022"),
                            issue(E_FY_PERIOD, ENTRY_FILE, 3, "2021年度は取組「online-shinsei」の期間 2022–2023 の外です",
                                    "このファイルを期間内の年度のフォルダに移してください")),
                    fault("始まりより前の期間の終わり",
                            f -> f.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: 2023\n  end: 2021")),
                            issue(E_FY_PERIOD, X_FILE, 9, "期間の終わり（2021年度）が始まり（2023年度）より前です", "start と end を確認してください")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }
    }

    @Nested
    class Bodies_and_ooda_cycles {
        static List<Fault> faults() {
            return List.of(
                    fault("逆順の OODA の日付",
                            f -> f.file(CYCLE_FILE, cycle("oriented: 2021-06-15", "oriented: 2021-05-15")),
                            issue(E_OODA_ORDER, CYCLE_FILE, 8, "oriented（2021-05-15）が observed（2021-06-01）より前になっています",
                                    "観察 → 情勢判断 → 意思決定 → 行動 の順に日付を直してください")),
                    fault("必須の見出しのない本文",
                            f -> f.file(CYCLE_FILE, cycle("## 意思決定", "## 決定")),
                            issue(E_BODY_HEADING, CYCLE_FILE, 12, "本文に見出し「## 意思決定」がありません", "「## 意思決定」の行を書き"),
                            issue(W_BODY_HEADING, CYCLE_FILE, 20, "見出し「## 決定」はこの種類のページの決まった見出しではありません",
                                    "「意思決定」の書き間違い")),
                    fault("決まっていない見出し",
                            f -> f.file(X_FILE, X + "\n## 背景\n\n試しです。\n"),
                            issue(W_BODY_HEADING, X_FILE, 10, "見出し「## 背景」", "使える見出し: 概要、内容、課題", "小見出しにするなら「### 背景」")),
                    fault("同じ日に2回決めた目標",
                            f -> f.file(X_FILE, x("summary: 試しです。", """
                                    summary: 試しです。
                                    indicators:
                                      - id: kensu
                                        name: 件数
                                        unit: 件
                                        direction: 高いほど良い
                                        targets:
                                          - year: 2022
                                            value: 100
                                            decided: 2021-03-26
                                          - year: 2022
                                            value: 120
                                            decided: 2021-03-26""")),
                            issue(E_TARGET_DUPLICATE, X_FILE, 19, "2022 年度の目標が同じ日（2021-03-26）に2回決められています（14 行目）",
                                    "decided を見直した日にしてください")),
                    fault("年次評価で取り上げていない計画の見直し",
                            f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true")),
                            issue(W_OODA_UNREVIEWED, CYCLE_FILE, 6, "「x-cycle」は計画の見直しが必要とされていますが",
                                    "令和3年度以降の年次評価（reviews/）で取り上げられていません", "ooda_cycles にこの ID を加えてください")),
                    // the review that takes the cycle up is broken: its own error is reported, not the cycle as unreviewed
                    fault("計画の見直しを取り上げた年次評価に誤りがある",
                            f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true"))
                                    .replace("reviews/2021.md", "ooda_cycles: [online-shinsei-form]", "ooda_cycles: [online-shinsei-form, x-cycle]")
                                    .replace("reviews/2021.md", "reviewed: 2022-05-20", "reviewed: 2022-05-40"),
                            issue(E_VALUE_DATE, "reviews/2021.md", 4, "2022-05-40")),
                    // a broken review of an earlier year could not take the cycle up even once fixed
                    fault("計画の見直しを前の年度の誤りのある年次評価だけが取り上げている",
                            f -> f.file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true"))
                                    .file("reviews/2020.md", ContentFixture.REVIEW.replace("fiscal_year: 2021", "fiscal_year: 2020")
                                            .replace("ooda_cycles: [online-shinsei-form]", "ooda_cycles: [x-cycle]")
                                            .replace("reviewed: 2022-05-20", "reviewed: 2021-05-40")),
                            issue(W_OODA_UNREVIEWED, CYCLE_FILE, 6, "「x-cycle」は計画の見直しが必要とされていますが"),
                            issue(E_VALUE_DATE, "reviews/2020.md", 4, "2021-05-40")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void a_plan_revision_taken_up_by_a_later_review_is_not_reported(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file(CYCLE_FILE, cycle("requires_plan_revision: false", "requires_plan_revision: true"))
                    .replace("reviews/2021.md", "ooda_cycles: [online-shinsei-form]", "ooda_cycles: [online-shinsei-form, x-cycle]")
                    .load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
        }
    }

    @Nested
    class Names_and_links {
        static final String PAGE_X = """
                ---
                type: page
                id: x
                title: 試しのページ
                ---

                はじめに。

                ## 詳しく

                """;

        static List<Fault> faults() {
            return List.of(
                    fault("空白のあるファイル名",
                            f -> f.file("pages/お 知らせ.md", PAGE_X),
                            issue(E_FILE_NAME, "pages/お 知らせ.md", 0, "ファイル名かフォルダ名に空白があります", "「-」を使うなどして")),
                    fault("全角スペースのあるファイル名",
                            f -> f.file("pages/お知らせ\u3000一覧.md", PAGE_X),
                            issue(E_FILE_NAME, "pages/お知らせ\u3000一覧.md", 0, "全角スペースがあります")),
                    fault("URL を壊す記号のあるファイル名",
                            f -> f.file("pages/100%達成#1.md", PAGE_X),
                            issue(E_FILE_NAME, "pages/100%達成#1.md", 0, "「%」があります", "\\ : * ? \" < > | # % は使えません")),
                    fault("空白のあるフォルダ名",
                            f -> f.file("ooda/_plan x/2021-07-01-x.md", CYCLE),
                            issue(E_FILE_NAME, "ooda/_plan x/2021-07-01-x.md", 0, "空白があります")),
                    fault("大文字と小文字だけが違う2つのファイル",
                            f -> f.file("pages/Paperless.md", PAGE_X.replace("id: x", "id: paperless-a"))
                                    .file("pages/paperless.md", PAGE_X.replace("id: x", "id: paperless-b")),
                            issue(E_NAME_CLASH, "pages/paperless.md", 0, "「pages/Paperless.md」と大文字・小文字か文字の組み立てだけが違います",
                                    "一方のページがもう一方を上書きします", "どちらかのファイルの名前を変える")),
                    fault("濁点の組み立てだけが違う2つのファイル（Mac で作った名前）",
                            f -> f.file("pages/がいよう.md", PAGE_X.replace("id: x", "id: gaiyo-a"))
                                    .file("pages/か\u3099いよう.md", PAGE_X.replace("id: x", "id: gaiyo-b")),
                            issue(E_NAME_CLASH, "pages/がいよう.md", 0, "文字の組み立て（濁点などを1文字で書くか、2文字に分けるか）だけが違います")),
                    fault("javascript: のリンク",
                            f -> f.file("pages/x.md", PAGE_X + "[申請](javascript:alert(1)) はこちら。\n"),
                            issue(E_LINK_SCHEME, "pages/x.md", 11, "「javascript:」で始まるリンクは使えません",
                                    "ブラウザでプログラムを動かしたり", "https:// で始まるアドレス")),
                    fault("data: の画像",
                            f -> f.file("pages/x.md", PAGE_X + "![図](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n"),
                            issue(E_LINK_SCHEME, "pages/x.md", 11, "「data:」で始まるリンクは使えません", "assets フォルダに置き")),
                    fault("文字参照で隠した javascript: の参照リンク",
                            f -> f.file("pages/x.md", PAGE_X + "[申請][a]\n\n[a]: jav&#x61;script&colon;alert(1)\n"),
                            issue(E_LINK_SCHEME, "pages/x.md", 13, "「javascript:」")),
                    fault("生の HTML の href と src",
                            f -> f.file("pages/x.md", PAGE_X + "<a href=\" JaVaScRiPt:alert(1)\">a</a>\n<iframe src='vbscript:x'></iframe>\n"),
                            issue(E_LINK_SCHEME, "pages/x.md", 11, "「javascript:」"),
                            issue(E_LINK_SCHEME, "pages/x.md", 12, "「vbscript:」")),
                    fault("山かっこのリンクと、文字参照のタブで割った scheme",
                            f -> f.file("pages/x.md", PAGE_X + "<file:///etc/passwd> と <a href=\"java&#9;script:alert(1)\">x</a>\n"),
                            issue(E_LINK_SCHEME, "pages/x.md", 11, "「file:」"),
                            issue(E_LINK_SCHEME, "pages/x.md", 11, "「javascript:」")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void safe_links_and_links_shown_as_code_are_not_reported(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file("pages/x.md", PAGE_X + """
                    [市のサイト](https://www.city.example.jp/) [問い合わせ](mailto:joho@city.example.jp) [電話](tel:0242-39-1111)
                    [方針](../policy.html) [上へ](#top) <https://example.org/a> <a href="/x">x</a>

                    `[危ない例](javascript:alert(1))` は使えません。

                    ```
                    <a href="javascript:alert(1)">コードとして見せるだけ</a>
                    ```
                    """).load();

            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
        }
    }

    @Nested
    class Language_variants {
        static final String EN = """
                ---
                title: Digital by default
                summary: Procedures can be completed online.
                ---

                ## Description

                Fewer trips to the counter.
                """;

        static List<Fault> faults() {
            return List.of(
                    fault("元のファイルがない英語版",
                            f -> f.file("viewpoints/B.en.md", EN),
                            issue(E_VARIANT_ORIGINAL, "viewpoints/B.en.md", 0, "英語版の元になるファイル「viewpoints/B.md」がありません",
                                    "同じフォルダに、同じ名前で")),
                    fault("元のファイルがないやさしい日本語版",
                            f -> f.file("pages/aboutt.easy.md", EN),
                            issue(E_VARIANT_ORIGINAL, "pages/aboutt.easy.md", 0, "やさしい日本語版の元になるファイル「pages/aboutt.md」",
                                    "「pages/about.md」ではありませんか", "「about.easy.md」に直して")),
                    fault("宣言していない言語の言語版",
                            f -> f.file("viewpoints/A.zh.md", EN),
                            issue(E_VARIANT_LANGUAGE, "viewpoints/A.zh.md", 0, "「.zh.md」は中国語の言語版の印ですが",
                                    "plan.md の「languages:」にこの言語がありません（今の言語は easy、en です）",
                                    "languages: [easy, en, zh]")),
                    fault("宣言した言語にない言語版",
                            f -> declare(f, "[en, vi]").file("viewpoints/A.ko.md", EN).file("viewpoints/A.easy.md", EN),
                            issue(E_VARIANT_LANGUAGE, "viewpoints/A.easy.md", 0, "やさしい日本語の言語版の印ですが", "「easy」を加えて"),
                            issue(E_VARIANT_LANGUAGE, "viewpoints/A.ko.md", 0, "韓国語の言語版の印ですが", "今の言語は en、vi です",
                                    "languages: [en, vi, ko]")),
                    fault("形の崩れた言語タグのファイル名",
                            f -> f.file("viewpoints/A.pt_BR.md", EN),
                            issue(E_LANGUAGE_MALFORMED, "viewpoints/A.pt_BR.md", 0, "「.pt_BR.md」は言語版の印ですが",
                                    "言語タグ「pt_BR」は使えません", "（「pt-BR」）", "「-pt_BR」などに変えて")),
                    fault("知られていない言語のファイル名",
                            f -> f.file("viewpoints/A.xx.md", EN),
                            issue(E_LANGUAGE_UNKNOWN, "viewpoints/A.xx.md", 0, "言語の部分「xx」は、知られている言語の略号ではありません",
                                    "ISO 639")),
                    fault("languages の形の崩れた言語タグ",
                            f -> declare(f, "[en, pt_BR]"),
                            issue(E_LANGUAGE_MALFORMED, "plan.md", 9, "「languages」の言語タグ「pt_BR」は使えません",
                                    "BCP 47 の言語タグの形になっていません", "（「pt-BR」）", "例: en（英語）")),
                    fault("languages の知られていない文字",
                            f -> declare(f, "\n  - en\n  - zh-Hanz"),
                            issue(E_LANGUAGE_UNKNOWN, "plan.md", 11, "言語タグ「zh-Hanz」は使えません", "文字の部分「Hanz」", "Hans、Hant")),
                    fault("languages の知られていない地域",
                            f -> declare(f, "[pt-XX]"),
                            issue(E_LANGUAGE_UNKNOWN, "plan.md", 9, "地域の部分「XX」", "ISO 3166")),
                    fault("languages の知られていない言語",
                            f -> declare(f, "[english]"),
                            issue(E_LANGUAGE_UNKNOWN, "plan.md", 9, "言語の部分「english」")),
                    fault("languages に日本語",
                            f -> declare(f, "[ja, en]"),
                            issue(E_LANGUAGE_UNKNOWN, "plan.md", 9, "日本語は元のファイルの言語", "「easy」")),
                    fault("languages に同じ言語が2回",
                            f -> declare(f, "[en, zh-Hans, EN]"),
                            issue(E_LANGUAGE_DUPLICATE, "plan.md", 9, "言語「EN」（英語）が2回あります")),
                    fault("title のない言語版",
                            f -> f.file("viewpoints/A.en.md", EN.replace("title: Digital by default\n", "")),
                            issue(E_KEY_REQUIRED, "viewpoints/A.en.md", 2, "必須の項目「title」がありません")),
                    fault("言語版に元の項目を書いた",
                            f -> f.file("viewpoints/A.easy.md", EN.replace("summary:", "name: A\nsummary:")),
                            issue(E_KEY_UNKNOWN, "viewpoints/A.easy.md", 3, "項目「name」は使えません", "title, summary, description")),
                    fault("元と違う type の言語版",
                            f -> f.file("viewpoints/A.en.md", EN.replace("title:", "type: page\ntitle:")),
                            issue(E_VALUE_INVALID, "viewpoints/A.en.md", 2, "元のファイル「viewpoints/A.md」の種類と違います",
                                    "「type: viewpoint」")),
                    fault("言語版の javascript: のリンク",
                            f -> f.file("plan.en.md", EN + "[x](javascript:alert(1))\n"),
                            issue(E_LINK_SCHEME, "plan.en.md", 9, "「javascript:」で始まるリンクは使えません")));
        }

        static ContentFixture declare(ContentFixture f, String languages) {
            return f.replace("plan.md", "adopted: 2021-03", "adopted: 2021-03\nlanguages: " + languages);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("faults")
        void is_reported_with_code_file_line_and_fix(Fault fault, @TempDir Path dir) {
            fault.assertReportedIn(dir);
        }

        @Test
        void declared_languages_are_loaded_in_their_canonical_case_and_in_switch_order(@TempDir Path dir) {
            LoadResult result = declare(ContentFixture.minimal(dir), "[zh-hans, vi, easy, pt-br]")
                    .file("viewpoints/A.zh-Hans.md", "---\ntitle: 数字优先\n---\n\n网上办理。\n")
                    .file("viewpoints/A.vi.md", "---\ntitle: Ưu tiên số\n---\n\nLàm thủ tục trực tuyến.\n")
                    .file("viewpoints/A.pt-BR.md", "---\ntitle: Digital em primeiro lugar\n---\n")
                    .load();
            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            PlanModel model = result.orElseThrow();
            Language zh = Language.forTag("zh-Hans");
            assertAll(() -> assertThat(model.plan().languages()).extracting(Language::suffix)
                            .containsExactly("zh-Hans", "vi", "easy", "pt-BR"),
                    () -> assertThat(model.variant("viewpoint/A", zh).orElseThrow().title()).isEqualTo("数字优先"),
                    () -> assertThat(model.variantsOf("viewpoint/A")).extracting(v -> v.language().hreflang())
                            .containsExactlyInAnyOrder("zh-Hans", "vi", "pt-BR"),
                    () -> assertThat(zh.lang()).isEqualTo("zh-Hans"),
                    () -> assertThat(zh.locale().getScript()).isEqualTo("Hans"));
        }

        @Test
        void a_plan_without_languages_offers_easy_japanese_and_english(@TempDir Path dir) {
            PlanModel model = ContentFixture.minimal(dir).load().orElseThrow();
            assertThat(model.plan().languages()).containsExactly(Language.EASY_JAPANESE, Language.ENGLISH);
        }

        @Test
        void an_empty_languages_list_declares_no_variant(@TempDir Path dir) {
            LoadResult result = declare(ContentFixture.minimal(dir), "[]").file("viewpoints/A.en.md", EN).load();
            assertOnlyIssue(result, E_VARIANT_LANGUAGE, "viewpoints/A.en.md", 0, "今は言語版を1つも宣言していません");
        }

        @Test
        void variants_are_loaded_beside_their_originals(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir)
                    .file("viewpoints/A.en.md", EN.replace("title:", "type: viewpoint\ntitle:"))
                    .file("viewpoints/A.easy.md", "---\ntitle: オンライン で できる\n---\n\nまどぐち に こなくても いいです。\n")
                    .file("plan.en.md", "---\ntitle: Information Plan\ndescription: The plan in English.\n---\n")
                    .load();
            assertThat(result.report().issues()).as(result.report().format()).isEmpty();
            PlanModel model = result.orElseThrow();
            assertThat(model.variantsOf("viewpoint/A")).extracting(Variant::language)
                    .containsExactly(Language.EASY_JAPANESE, Language.ENGLISH);
            Variant en = model.variant("viewpoint/A", Language.ENGLISH).orElseThrow();
            assertAll(() -> assertThat(en.title()).isEqualTo("Digital by default"),
                    () -> assertThat(en.summary()).contains("Procedures can be completed online."),
                    () -> assertThat(en.descriptionOrSummary()).contains("Procedures can be completed online."),
                    () -> assertThat(en.body().section("Description")).contains("Fewer trips to the counter.\n"));
            assertThat(model.variant("plan", Language.ENGLISH).orElseThrow().descriptionOrSummary()).contains("The plan in English.");
            assertThat(model.itemsIn(Language.ENGLISH)).containsExactly("plan", "viewpoint/A");
            assertThat(model.itemsIn(Language.EASY_JAPANESE)).containsExactly("viewpoint/A");
            assertThat(model.variantsOf("viewpoint/B")).isEmpty();
            assertThat(result.sources()).doesNotContainValue("viewpoints/A.en.md");
        }

        @Test
        void a_variant_of_a_broken_original_adds_no_issue_of_its_own(@TempDir Path dir) {
            LoadResult result = ContentFixture.minimal(dir).file(X_FILE, x("status: 計画", "status: けいかく"))
                    .file("initiatives/x.en.md", EN).load();
            assertThat(result.report().issues()).extracting(i -> i.file()).containsOnly(X_FILE);
        }

        @Test
        void language_tags_are_valid_bcp47_and_easy_japanese_reads_as_japanese() {
            assertAll(() -> assertThat(new java.util.Locale.Builder().setLanguageTag(Language.EASY_JAPANESE.hreflang()).build()
                            .getLanguage()).isEqualTo("ja"),
                    () -> assertThat(Language.EASY_JAPANESE.lang()).isEqualTo("ja"),
                    () -> assertThat(Language.ENGLISH.hreflang()).isEqualTo("en"),
                    () -> assertThat(Language.ofSuffix("easy")).contains(Language.EASY_JAPANESE),
                    () -> assertThat(Language.ofSuffix("zh")).isEmpty(),
                    () -> assertThat(Language.forTag("en")).isSameAs(Language.ENGLISH),
                    () -> assertThat(Language.forTag("easy")).isSameAs(Language.EASY_JAPANESE),
                    () -> assertThat(Language.forTag("PT-br").hreflang()).isEqualTo("pt-BR"),
                    () -> assertThat(Language.problemOf("zh-Hant")).isEmpty(),
                    () -> assertThat(Language.problemOf("es-419")).isEmpty(),
                    () -> assertThat(Language.problemOf("zh-")).contains(Language.Problem.MALFORMED),
                    () -> assertThat(Language.problemOf("pt_BR")).contains(Language.Problem.MALFORMED),
                    () -> assertThat(Language.problemOf("xx")).contains(Language.Problem.UNKNOWN_LANGUAGE),
                    () -> assertThat(Language.problemOf("ja-x-easy")).contains(Language.Problem.JAPANESE),
                    () -> assertThatThrownBy(() -> Language.forTag("zh-Hanz")).isInstanceOf(PlanModelException.class));
        }

        @Test
        void languages_name_themselves_in_their_own_language() {
            assertAll(() -> assertThat(Language.forTag("ne").autonym()).isEqualTo("नेपाली"),
                    () -> assertThat(Language.forTag("tl").autonym()).isEqualTo("Tagalog"),
                    () -> assertThat(Language.forTag("vi").autonym()).isEqualTo("Tiếng Việt"),
                    () -> assertThat(Language.forTag("pt-BR").autonym()).isEqualTo("Português (Brasil)"),
                    () -> assertThat(Language.forTag("ko").japaneseName()).isEqualTo("韓国語"));
        }
    }

    static void assertOnlyIssue(LoadResult result, ValidationCode code, String file, int line, String... fragments) {
        assertThat(result.report().issues()).as(result.report().format()).singleElement().satisfies(i -> assertAll(i.format(),
                () -> assertThat(i.code()).isEqualTo(code),
                () -> assertThat(i.file()).isEqualTo(file),
                () -> assertThat(i.line()).isEqualTo(line),
                () -> assertThat(i.message()).contains(fragments)));
        assertThat(result.model()).isEmpty();
    }
}
