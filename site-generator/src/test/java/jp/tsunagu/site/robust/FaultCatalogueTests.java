package jp.tsunagu.site.robust;

import static jp.tsunagu.plan.validate.ValidationCode.E_BINARY;
import static jp.tsunagu.plan.validate.ValidationCode.E_DUP_ID;
import static jp.tsunagu.plan.validate.ValidationCode.E_ENCODING;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_NAME;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_PLACE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FILE_SIZE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_MISSING;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_SHAPE;
import static jp.tsunagu.plan.validate.ValidationCode.E_FRONT_MATTER_UNCLOSED;
import static jp.tsunagu.plan.validate.ValidationCode.E_ID_FILE_NAME;
import static jp.tsunagu.plan.validate.ValidationCode.E_IME_COLON;
import static jp.tsunagu.plan.validate.ValidationCode.E_IME_SPACE;
import static jp.tsunagu.plan.validate.ValidationCode.E_IO;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_DUPLICATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_REQUIRED;
import static jp.tsunagu.plan.validate.ValidationCode.E_KEY_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_LINK_OUTSIDE;
import static jp.tsunagu.plan.validate.ValidationCode.E_LINK_SCHEME;
import static jp.tsunagu.plan.validate.ValidationCode.E_NAME_CLASH;
import static jp.tsunagu.plan.validate.ValidationCode.E_OODA_ORDER;
import static jp.tsunagu.plan.validate.ValidationCode.E_PLAN_MISSING;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_CYCLE;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_INITIATIVE;
import static jp.tsunagu.plan.validate.ValidationCode.E_REF_VIEWPOINT;
import static jp.tsunagu.plan.validate.ValidationCode.E_TYPE_UNKNOWN;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_DATE;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_ENUM;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_FISCAL_YEAR;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_INVALID;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_NUMBER;
import static jp.tsunagu.plan.validate.ValidationCode.E_VALUE_SHAPE;
import static jp.tsunagu.plan.validate.ValidationCode.E_YAML_SYNTAX;
import static jp.tsunagu.plan.validate.ValidationCode.E_YAML_TAB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.load.ContentFixture;
import jp.tsunagu.plan.validate.Severity;
import jp.tsunagu.plan.validate.ValidationCode;
import jp.tsunagu.plan.validate.ValidationIssue;
import jp.tsunagu.site.BuildRequest;
import jp.tsunagu.site.ContentErrorException;
import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.SiteGenerator;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.TestFiles;

/**
 * The fault catalogue: one bad input per case, each built by the real {@link SiteGenerator#build} into an output
 * folder that holds a good site. Every case must fail with a clear Japanese error — for content, the code, file
 * and line of each error (a {@link ContentErrorException}); for the rest, the stage (a {@link SiteException}) —
 * and leave the output folder byte for byte as it was, with no staging leftovers beside it.
 * <p>
 * The plan-model suite ({@code ValidationTests}) checks each loader message in detail; this catalogue checks the
 * promise end to end, through the whole pipeline. A killed build and a full disk need a second JVM: see
 * {@link InterruptedBuildTests}.
 */
@DisplayNameGeneration(ReplaceUnderscores.class)
class FaultCatalogueTests {
    /** A small initiative, {@code initiatives/x.md}; cases change one line of it (lines as numbered). */
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

    /** A small free page, {@code pages/x.md}: its body starts at line 7, and text added to it at line 9. */
    static final String PAGE_X = """
            ---
            type: page
            id: x
            title: 試しのページ
            ---

            はじめに。

            """;

    static final String X_FILE = "initiatives/x.md";
    static final String PAGE_FILE = "pages/x.md";
    static final String ENTRY_FILE = "action-plans/2021/online-shinsei.md";

    @TempDir
    static Path shared;
    static Path goodSite;
    static Duration goodBuild;
    static Map<Stage, Duration> goodStages;
    static final Map<String, Duration> failedBuilds = Collections.synchronizedMap(new TreeMap<>());

    /** An expected error: its code, file and line, and fragments of its message. */
    record Error(ValidationCode code, String file, int line, List<String> fragments) {
    }

    /**
     * One bad input and what must come of it: content errors, or a failure of a stage.
     *
     * @param name  what is wrong
     * @param change  the change to the good project
     * @param errors  the content errors, in report order; empty for a stage failure
     * @param stage  the failing stage of a non-content failure, or null
     * @param fragments  fragments of the stage failure's message
     * @param around  prepares the output folder before the build and returns what undoes it
     */
    record Case(String name, Consumer<ContentFixture> change, List<Error> errors, Stage stage, List<String> fragments,
            java.util.function.Function<Path, AutoCloseable> around) {
        @Override
        public String toString() {
            return (stage == null ? errors.stream().map(e -> e.code().code()).distinct().collect(Collectors.joining(", "))
                    : "SiteException " + stage.label()) + ": " + name;
        }
    }

    static Case content(String name, Consumer<ContentFixture> change, Error... errors) {
        return new Case(name, change, List.of(errors), null, List.of(), out -> () -> { });
    }

    static Case failure(String name, Consumer<ContentFixture> change, Stage stage, String... fragments) {
        return new Case(name, change, List.of(), stage, List.of(fragments), out -> () -> { });
    }

    static Error error(ValidationCode code, String file, int line, String... fragments) {
        return new Error(code, file, line, List.of(fragments));
    }

    static String x(String from, String to) {
        if (X.indexOf(from) < 0 || X.indexOf(from) != X.lastIndexOf(from)) {
            throw new IllegalArgumentException(from);
        }
        return X.replace(from, to);
    }

    static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- YAML and front matter -------------------------------------------------------------------
                content("字下げの崩れた YAML", s -> s.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: 2021\n   end: 2023")),
                        error(E_YAML_SYNTAX, X_FILE, 9, "字下げがそろっていません")),
                content("タブで字下げした YAML", s -> s.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n\tstart: 2021")),
                        error(E_YAML_TAB, X_FILE, 8, "タブ文字", "半角スペース2つに置き換えてください")),
                content("閉じていない引用符", s -> s.file(X_FILE, x("title: 試しの取組", "title: \"試しの取組")),
                        error(E_YAML_SYNTAX, X_FILE, 4, "引用符が閉じていません")),
                content("閉じていないかっこ", s -> s.file(X_FILE, x("viewpoints: [A]", "viewpoints: [A")),
                        error(E_YAML_SYNTAX, X_FILE, 5, "かっこ「[」が閉じていません")),
                content("値の中のコロンと空白", s -> s.file(X_FILE, x("title: 試しの取組", "title: 試し: 取組")),
                        error(E_YAML_SYNTAX, X_FILE, 4, "値全体を「\"」で囲んでください")),
                content("全角の：", s -> s.file(X_FILE, x("title: 試しの取組", "title：試しの取組")),
                        error(E_IME_COLON, X_FILE, 4, "全角の「：」", "半角の「:」と半角スペースに直してください")),
                content("全角スペースの字下げ", s -> s.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n　start: 2021")),
                        error(E_IME_SPACE, X_FILE, 8, "全角スペース「　」")),
                content("2回書いた項目", s -> s.file(X_FILE, x("status: 計画", "status: 計画\ntitle: もう一つの名前")),
                        error(E_KEY_DUPLICATE, X_FILE, 7, "「title」が2回書かれています（最初は 4 行目）")),
                content("倍々に増えるエイリアス（billion laughs）",
                        s -> s.file(X_FILE, x("status: 計画", "status: 計画\na: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]")),
                        error(E_YAML_SYNTAX, X_FILE, 8, "エイリアス「*a」で使い回せません")),
                content("5000 段の入れ子", s -> s.file(X_FILE, x("viewpoints: [A]", "viewpoints: " + "[".repeat(5000) + "A" + "]".repeat(5000))),
                        error(E_YAML_SYNTAX, X_FILE, 5, "入れ子が深すぎます")),
                content("前付けのないファイル", s -> s.file(X_FILE, "# 試しの取組\n\n本文だけです。\n"),
                        error(E_FRONT_MATTER_MISSING, X_FILE, 1, "1行目を「---」にし")),
                content("閉じていない前付け", s -> s.file(X_FILE, "---\ntype: initiative\nid: x\n\n## 概要\n"),
                        error(E_FRONT_MATTER_UNCLOSED, X_FILE, 1, "「---」だけの行を入れてください")),
                content("空のファイル", s -> s.file(X_FILE, ""),
                        error(E_FRONT_MATTER_MISSING, X_FILE, 1, "前付け（YAML フロントマター）がありません")),
                content("空の前付け", s -> s.file(X_FILE, "---\n---\n\n本文です。\n"),
                        error(E_FRONT_MATTER_SHAPE, X_FILE, 1, "前付けが空です")),
                // ---- encodings and bytes ---------------------------------------------------------------------
                content("Shift_JIS で保存したファイル", s -> s.bytes(X_FILE, X.getBytes(Charset.forName("Shift_JIS"))),
                        error(E_ENCODING, X_FILE, 4, "Shift_JIS", "文字コードを「UTF-8」にして保存し直してください")),
                content("UTF-8 でない Latin-1 のファイル",
                        s -> s.bytes(PAGE_FILE, PAGE_X.replace("試しのページ", "café").getBytes(StandardCharsets.ISO_8859_1)),
                        error(E_ENCODING, PAGE_FILE, 4, "UTF-8 以外の文字コード", "「UTF-8」にして保存し直してください")),
                content("UTF-16LE（BOM 付き）のファイル",
                        s -> s.bytes(X_FILE, withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, X.getBytes(StandardCharsets.UTF_16LE))),
                        error(E_ENCODING, X_FILE, 1, "UTF-16 で保存されています")),
                content("UTF-16BE（BOM 付き）のファイル", s -> s.bytes(X_FILE, X.getBytes(StandardCharsets.UTF_16)),
                        error(E_ENCODING, X_FILE, 1, "UTF-16 で保存されています")),
                content("UTF-16（BOM なし）のファイル", s -> s.bytes(X_FILE, X.getBytes(StandardCharsets.UTF_16LE)),
                        error(E_ENCODING, X_FILE, 1, "UTF-16", "BOM なし", "「UTF-8」にして保存し直してください")),
                content("NUL 文字の入ったファイル", s -> s.file(X_FILE, x("status: 計画", "status: 計画\u0000")),
                        error(E_BINARY, X_FILE, 6, "NUL 文字", "テキスト（Markdown）として保存してください")),
                content("50 MB のファイル", s -> s.sized("pages/dump.md", 50L * 1024 * 1024),
                        error(E_FILE_SIZE, "pages/dump.md", 0, "ファイルが大きすぎます（51200 KB）", "2 MB までです")),
                // ---- types and values ------------------------------------------------------------------------
                content("数値の項目に文字", s -> s.replace(ENTRY_FILE, "value: 850", "value: 約850件"),
                        error(E_VALUE_NUMBER, ENTRY_FILE, 7, "「約850件」は数値ではありません", "数字だけを書いてください")),
                content("日付の項目に和暦", s -> s.replace("references/kuni-doko.md", "url: https://example.org/kuni-doko",
                        "url: https://example.org/kuni-doko\npublished: 令和3年4月1日"),
                        error(E_VALUE_DATE, "references/kuni-doko.md", 6, "「令和3年4月1日」", "「published: 2021-04-01」と書いてください")),
                content("年月の項目に和暦", s -> s.replace("plan.md", "adopted: 2021-03", "adopted: 令和3年3月"),
                        error(E_VALUE_DATE, "plan.md", 8, "西暦の「年-月」（YYYY-MM）で書いてください")),
                content("読めない年度", s -> s.file(X_FILE, x("status: 計画", "status: 計画\nperiod:\n  start: R3")),
                        error(E_VALUE_FISCAL_YEAR, X_FILE, 8, "「R3」を読めません")),
                content("1つの値の項目にリスト", s -> s.file(X_FILE, x("title: 試しの取組", "title: [試し, 取組]")),
                        error(E_VALUE_SHAPE, X_FILE, 4, "1つの値を書いてください")),
                content("選べない状況", s -> s.file(X_FILE, x("status: 計画", "status: 実施")),
                        error(E_VALUE_ENUM, X_FILE, 6, "「実施中」の書き間違いではありませんか")),
                content("先頭の 0 が消えた団体コード", s -> s.replace("plan.md", "code: \"072028\"", "code: 72028"),
                        error(E_VALUE_INVALID, "plan.md", 7, "先頭の 0 が消えていませんか")),
                // ---- keys, types, ids and references ----------------------------------------------------------
                content("書き間違えた項目名", s -> s.file(X_FILE, x("title: 試しの取組", "titel: 試しの取組")),
                        error(E_KEY_REQUIRED, X_FILE, 2, "「title」がありません"),
                        error(E_KEY_UNKNOWN, X_FILE, 4, "「title」の書き間違いではありませんか")),
                content("書き間違えた type", s -> s.file(PAGE_FILE, PAGE_X.replace("type: page", "type: pgae")),
                        error(E_TYPE_UNKNOWN, PAGE_FILE, 2, "「page」の書き間違い")),
                content("ない観点への参照", s -> s.file(X_FILE, x("viewpoints: [A]", "viewpoints: [A, Z]")),
                        error(E_REF_VIEWPOINT, X_FILE, 5, "観点「Z」は定義されていません")),
                content("ない取組への参照", s -> s.replace(ENTRY_FILE, "initiative: online-shinsei", "initiative: online-shinse"),
                        error(E_REF_INITIATIVE, ENTRY_FILE, 3, "「online-shinsei」の書き間違い")),
                content("2つのファイルで同じ ID", s -> s.file("departments/joho.md", "---\ntype: department\nid: joho-seisaku\nname: 情報課\n---\n"),
                        error(E_DUP_ID, "departments/joho.md", 3, "departments/joho-seisaku.md:3 でも使われています")),
                content("たどると戻る parent", s -> s.file("departments/a.md", "---\ntype: department\nid: a\nname: A課\nparent: b\n---\n")
                        .file("departments/b.md", "---\ntype: department\nid: b\nname: B課\nparent: a\n---\n"),
                        error(E_REF_CYCLE, "departments/a.md", 5, "（a → b → a）"),
                        error(E_REF_CYCLE, "departments/b.md", 5, "（b → a → b）")),
                content("逆順の OODA の日付", s -> s.replace("ooda/online-shinsei/2021-07-01-form.md", "oriented: 2021-06-15", "oriented: 2021-05-15"),
                        error(E_OODA_ORDER, "ooda/online-shinsei/2021-07-01-form.md", 10, "observed（2021-06-01）より前")),
                content("plan.md がない", s -> s.without("plan.md"),
                        error(E_PLAN_MISSING, "plan.md", 0, "type: plan の plan.md を作ってください")),
                // ---- file names and places -------------------------------------------------------------------
                content("日本語のファイル名の取組（id と違う）", s -> s.file("initiatives/ペーパーレス.md", x("id: x", "id: paperless")),
                        error(E_ID_FILE_NAME, "initiatives/ペーパーレス.md", 3, "ファイル名「ペーパーレス.md」", "ファイル名を「paperless.md」にするか")),
                content("空白のあるファイル名", s -> s.file("pages/お 知らせ.md", PAGE_X),
                        error(E_FILE_NAME, "pages/お 知らせ.md", 0, "空白があります", "「-」を使うなどして")),
                content("URL を壊す記号のあるファイル名", s -> s.file("pages/Q&A#1?.md", PAGE_X),
                        error(E_FILE_NAME, "pages/Q&A#1?.md", 0, "「#」があります")),
                content("大文字と小文字だけが違う2つのファイル",
                        s -> s.file("pages/Paperless.md", PAGE_X.replace("id: x", "id: paperless-a"))
                                .file("pages/paperless.md", PAGE_X.replace("id: x", "id: paperless-b")),
                        error(E_NAME_CLASH, "pages/paperless.md", 0, "「pages/Paperless.md」", "上書きします")),
                content("同じ URL になる2つのファイル（濁点の組み立てだけが違う名前）",
                        s -> s.file("pages/がいよう.md", PAGE_X.replace("id: x", "id: gaiyo-a"))
                                .file("pages/か\u3099いよう.md", PAGE_X.replace("id: x", "id: gaiyo-b")),
                        error(E_NAME_CLASH, "pages/がいよう.md", 0, "文字の組み立て")),
                content("自動で作る一覧と同じ URL になる取組（id: index）", s -> s.file("initiatives/index.md", x("id: x", "id: index")),
                        error(E_NAME_CLASH, "initiatives/index.md", 3, "「initiatives/index.html」", "サイトが自動で作るページ",
                                "id（とファイル名）を別の名前に変えてください")),
                content("コンテンツのフォルダの外を指すリンク（symlink）",
                        s -> s.linkOutside("pages/secret.md", PAGE_X.replace("id: x", "id: secret")),
                        error(E_FILE_PLACE, "pages/secret.md", 0, "フォルダの外を指すリンクです")),
                content("リンク先のないリンク", s -> s.symlink("pages/gone.md", "nothing.md"),
                        error(E_IO, "pages/gone.md", 0, "ファイルかリンク先がありません")),
                content("決まった場所にないファイル", s -> s.file("notes/memo.md", PAGE_X),
                        error(E_FILE_PLACE, "notes/memo.md", 0, "決まった場所にありません")),
                // ---- links in Markdown ----------------------------------------------------------------------
                content("サイトの外に出る ../ のリンク", s -> s.file(PAGE_FILE, PAGE_X + "[設定](../../../etc/passwd) を見る。\n"),
                        error(E_LINK_OUTSIDE, PAGE_FILE, 9, "「../../../etc/passwd」はサイトの外を指しています", "「pages/x.html」から")),
                content("サイトの外に出る ../ の画像（生の HTML）", s -> s.file(PAGE_FILE, PAGE_X + "<img src=\"../../logo.png\" alt=\"ロゴ\">\n"),
                        error(E_LINK_OUTSIDE, PAGE_FILE, 9, "「../../logo.png」")),
                content("javascript: のリンク", s -> s.file(PAGE_FILE, PAGE_X + "[申請](javascript:alert(document.cookie))\n"),
                        error(E_LINK_SCHEME, PAGE_FILE, 9, "「javascript:」で始まるリンクは使えません")),
                content("data: のリンク", s -> s.file(PAGE_FILE, PAGE_X + "[表](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"),
                        error(E_LINK_SCHEME, PAGE_FILE, 9, "「data:」")),
                content("文字参照で隠した javascript: の生の HTML", s -> s.file(PAGE_FILE, PAGE_X + "<a href=\"&#106;avascript&colon;alert(1)\">x</a>\n"),
                        error(E_LINK_SCHEME, PAGE_FILE, 9, "「javascript:」")),
                // ---- templates and the output folder ---------------------------------------------------------
                failure("ないテンプレートを読み込むテンプレート",
                        s -> s.template("home.ftlh", "<#import \"missing-layout.ftlh\" as l>\n<@l.page>x</@l.page>\n"),
                        Stage.RENDER, "missing-layout.ftlh"),
                failure("書き間違えたテンプレート", s -> s.template("page.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page>${content.page.title</@l.page>\n"),
                        Stage.RENDER, "page.ftlh"),
                new Case("書き込めない出力先", s -> { }, List.of(), Stage.PUBLISH,
                        List.of("出力先のフォルダに書き込めませんでした", "公開中のサイトはそのままです"), FaultCatalogueTests::unwritableParent));
    }

    @BeforeAll
    static void buildTheGoodSite() {
        long start = System.nanoTime();
        var result = SiteGenerator.build(BuildRequest.of(ContentFixture.project(shared.resolve("good")).writeProject(), shared.resolve("good-site")));
        goodSite = result.outputDirectory();
        goodStages = result.stageTimes();
        goodBuild = Duration.ofNanos(System.nanoTime() - start);
    }

    @AfterAll
    static void reportTimes() {
        System.out.println("[fault catalogue] good build " + goodBuild.toMillis() + " ms " + goodStages + "; failed builds (ms): "
                + failedBuilds.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toMillis()).collect(Collectors.joining(", ")));
    }

    @Test
    void has_at_least_40_cases_and_names_every_new_code() {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().flatMap(c -> c.errors().stream()).map(Error::code).collect(Collectors.toSet()))
                .contains(E_LINK_OUTSIDE, E_LINK_SCHEME, E_NAME_CLASH, E_FILE_NAME);
    }

    @SuppressWarnings("try") // the resource is held open for the body, not called
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fails_with_a_clear_error_and_leaves_the_published_site_as_it_was(Case c, @TempDir Path dir) throws Exception {
        ContentFixture site = ContentFixture.project(dir.resolve("project"));
        c.change().accept(site);
        Path project = site.writeProject();
        Path out = TestFiles.copy(goodSite, dir.resolve("out").resolve("site"));
        Map<String, byte[]> before = SiteFiles.snapshot(out);

        long start = System.nanoTime();
        Throwable thrown;
        try (AutoCloseable undo = c.around().apply(out)) {
            thrown = catchThrowable(() -> SiteGenerator.build(BuildRequest.of(project, out)));
        }
        failedBuilds.put(c.toString(), Duration.ofNanos(System.nanoTime() - start));

        if (c.stage() == null) {
            assertThat(thrown).isInstanceOf(ContentErrorException.class);
            ContentErrorException e = (ContentErrorException) thrown;
            List<ValidationIssue> errors = e.report().issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
            assertThat(errors).as(e.report().format())
                    .extracting(ValidationIssue::code, ValidationIssue::file, ValidationIssue::line)
                    .containsExactlyElementsOf(c.errors().stream().map(x -> tuple(x.code(), x.file(), x.line())).toList());
            assertAll(c.name(), IntStream.range(0, errors.size()).mapToObj(i -> (Executable) () ->
                    assertThat(errors.get(i).message()).as(errors.get(i).format()).contains(c.errors().get(i).fragments())));
            assertThat(e.getMessage()).startsWith("validate: コンテンツにエラーがあるため、サイトを作れませんでした（公開中のサイトはそのままです）。")
                    .contains(errors.get(0).format());
        } else {
            assertThat(thrown).isInstanceOf(SiteException.class).isNotInstanceOf(ContentErrorException.class);
            assertThat(((SiteException) thrown).stage()).as(thrown.getMessage()).isEqualTo(c.stage());
            assertThat(thrown.getMessage()).startsWith(c.stage().label() + ": ").contains(c.fragments());
        }
        assertThat(SiteFiles.differences(before, SiteFiles.snapshot(out))).as("files changed in the published site").isEmpty();
        try (Stream<Path> beside = Files.list(out.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("leftovers beside the site").containsExactly("site");
        }
    }

    /**
     * Makes the folder holding the site unwritable: immutable ({@code chattr +i}; even root cannot add to it), or,
     * where the file system has no such flag, read-only for a user who is not root. Returns what undoes it.
     */
    static AutoCloseable unwritableParent(Path out) {
        Path parent = out.getParent();
        if (run("chattr", "+i", parent.toString())) {
            return () -> run("chattr", "-i", parent.toString());
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            try {
                Files.setPosixFilePermissions(parent, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return () -> Files.setPosixFilePermissions(parent, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        throw new IllegalStateException("cannot make " + parent + " unwritable: chattr +i failed and the tests run as root");
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
