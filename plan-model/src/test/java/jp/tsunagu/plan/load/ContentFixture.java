package jp.tsunagu.plan.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content folder built in a temporary directory from inline text, the way Hugo's integration tests build
 * tiny sites: a minimal valid plan with one file of every type, and per-test overrides.
 * <pre>{@code
 * LoadResult r = ContentFixture.minimal(dir)
 *         .file("initiatives/x.md", """
 *                 ---
 *                 type: initiative
 *                 …
 *                 """)
 *         .load();
 * }</pre>
 * Text is written as UTF-8 with LF line ends; use {@link #bytes} for anything else. The content root is
 * {@code <dir>/content}, so that {@link #linkOutside} has somewhere outside it to point at. The minimal set
 * loads with no issue at all (see {@code ValidationTests}), so every issue a test sees comes from its overrides.
 * <p>
 * The site generator's end-to-end tests use the same fixture as a whole project ({@link #project}): the content
 * root is then {@code <dir>/src/plan}, with the project's own {@link #template templates} beside it, and
 * {@link #writeProject} gives the folder a build starts from. They get it through this module's test jar
 * ({@code <type>test-jar</type>}), so there is one minimal plan to keep valid.
 */
public final class ContentFixture {
    static final String PLAN = """
            ---
            type: plan
            id: test-plan
            title: 試験市情報化推進計画
            municipality:
              name: 試験市
              code: "072028"
            adopted: 2021-03
            parent_plan: 第7次試験市総合計画
            basic_principle: 協働・共創のためのデジタルシフトの推進
            rating_scale:
              - code: A
                label: 目標を達成
              - code: B
                label: 目標に届かず
            directions: [拡充, 継続, 廃止]
            ---

            ## 計画の目的

            市民サービスの向上を図ります。

            ## 計画の位置付け

            総合計画の下位計画です。
            """;

    static final String VIEWPOINT = """
            ---
            type: viewpoint
            code: A
            name: デジタル・バイ・デフォルト
            summary: 手続をオンラインで完結できることを基本とします。
            example_initiatives: [online-shinsei]
            ---

            ## 説明

            窓口に来なくても済む手続を増やします。
            """;

    static final String INITIATIVE = """
            ---
            type: initiative
            id: online-shinsei
            title: 行政手続のオンライン化
            viewpoints: [A]
            department: joho-seisaku
            status: 実施中
            period:
              start: 2021
              end: 2023
            summary: 申請や届出をオンラインで行えるようにします。
            indicators:
              - id: kensu
                name: 電子申請の件数
                unit: 件
                direction: 高いほど良い
                baseline:
                  year: 2020
                  value: 100
                targets:
                  - year: 2022
                    value: 1,000
                    decided: 2021-03-26
            glossary: [ict]
            ---

            ## 概要

            手続のオンライン化を進めます。
            """;

    static final String DEPARTMENT = """
            ---
            type: department
            id: joho-seisaku
            name: 情報政策課
            ---
            """;

    static final String GOVERNANCE = """
            ---
            type: governance_body
            id: honbu
            name: 試験市情報化推進本部
            kind: 組織
            head: 市長
            ---

            ## 役割

            計画の決定と見直しを行います。
            """;

    static final String ACTION_PLAN = """
            ---
            type: action_plan
            fiscal_year: 2021
            title: 令和3年度アクションプラン
            published: 2021-04-01
            ---

            ## 概要

            計画初年度のアクションプランです。
            """;

    static final String ENTRY = """
            ---
            type: action_plan_entry
            initiative: online-shinsei
            fiscal_year: 2021
            actuals:
              - indicator: kensu
                value: 850
            rating: A
            next_direction: 拡充
            ---

            ## 実績

            電子申請は 850 件でした。
            """;

    static final String OODA = """
            ---
            type: ooda_cycle
            id: online-shinsei-form
            title: 申請フォームの見直し
            initiative: online-shinsei
            decision_level: 所属
            decided_by: honbu
            requires_plan_revision: false
            observed: 2021-06-01
            oriented: 2021-06-15
            decided: 2021-07-01
            acted: 2021-08-01
            ---

            ## 観察

            入力の途中でやめる人が多い。

            ## 情勢判断

            入力項目が多すぎる。

            ## 意思決定

            項目を半分にする。
            """;

    static final String REVIEW = """
            ---
            type: annual_review
            fiscal_year: 2021
            reviewed: 2022-05-20
            ooda_cycles: [online-shinsei-form]
            reviewed_by: honbu
            ---

            ## 評価

            おおむね順調です。

            ## 改善

            フォームをさらに短くします。
            """;

    static final String GLOSSARY = """
            ---
            type: glossary_term
            id: ict
            term: ICT
            reading: アイシーティー
            ---

            情報通信技術のことです。
            """;

    static final String REFERENCE = """
            ---
            type: reference_material
            id: kuni-doko
            title: 国の動向
            url: https://example.org/kuni-doko
            ---

            国の情報化施策の動きをまとめた資料です。
            """;

    static final String PAGE = """
            ---
            type: page
            id: about
            title: このサイトについて
            ---

            試験用のサイトです。
            """;

    /** The minimal valid set, by path. */
    static final Map<String, String> MINIMAL = minimalSet();

    private final Path dir;
    private final Path root;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();
    private final Map<String, byte[]> outside = new LinkedHashMap<>();
    private final Map<String, Long> sparse = new LinkedHashMap<>();

    private ContentFixture(Path dir, Path root) {
        this.dir = dir;
        this.root = root;
    }

    private static Map<String, String> minimalSet() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("plan.md", PLAN);
        m.put("viewpoints/A.md", VIEWPOINT);
        m.put("initiatives/online-shinsei.md", INITIATIVE);
        m.put("departments/joho-seisaku.md", DEPARTMENT);
        m.put("governance/honbu.md", GOVERNANCE);
        m.put("action-plans/2021/_index.md", ACTION_PLAN);
        m.put("action-plans/2021/online-shinsei.md", ENTRY);
        m.put("ooda/online-shinsei/2021-07-01-form.md", OODA);
        m.put("reviews/2021.md", REVIEW);
        m.put("glossary/ict.md", GLOSSARY);
        m.put("references/kuni-doko.md", REFERENCE);
        m.put("pages/about.md", PAGE);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Starts from the minimal valid set.
     *
     * @param dir  an empty folder, usually a {@code @TempDir}
     * @return the fixture
     */
    public static ContentFixture minimal(Path dir) {
        return minimalAt(dir, dir.resolve("content"));
    }

    /**
     * Starts from nothing.
     *
     * @param dir  an empty folder, usually a {@code @TempDir}
     * @return the fixture
     */
    public static ContentFixture empty(Path dir) {
        return new ContentFixture(dir, dir.resolve("content"));
    }

    /**
     * Starts a whole project for the site generator from the minimal valid set: the content in
     * {@code <dir>/src/plan}, templates (if any) in {@code <dir>/src/templates}.
     *
     * @param dir  an empty folder, usually a {@code @TempDir}
     * @return the fixture
     */
    public static ContentFixture project(Path dir) {
        return minimalAt(dir, dir.resolve("src").resolve("plan"));
    }

    private static ContentFixture minimalAt(Path dir, Path root) {
        ContentFixture f = new ContentFixture(dir, root);
        MINIMAL.forEach(f::file);
        return f;
    }

    /** @return the content root */
    public Path root() {
        return root;
    }

    /** @return the folder that holds the content root (and, in a {@link #project}, its templates) */
    public Path project() {
        return root.getParent();
    }

    /** Adds or replaces a file with UTF-8 text. */
    public ContentFixture file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a file with raw bytes. */
    public ContentFixture bytes(String path, byte[] content) {
        links.remove(path);
        sparse.remove(path);
        files.put(path, content.clone());
        return this;
    }

    /** Adds a file of this size full of zeros, written sparse (a 50 MB file costs nothing on disk). */
    public ContentFixture sized(String path, long size) {
        files.remove(path);
        links.remove(path);
        sparse.put(path, size);
        return this;
    }

    /** Adds a template of the {@link #project}, overriding the theme's one of the same name. */
    public ContentFixture template(String name, String text) {
        return file("../templates/" + name, text);
    }

    /** Replaces the one occurrence of a text in a file; fails if there is none or more, so a stale edit cannot pass. */
    public ContentFixture replace(String path, String from, String to) {
        String before = text(path);
        if (before.indexOf(from) < 0 || before.indexOf(from) != before.lastIndexOf(from)) {
            throw new IllegalArgumentException(path + " must hold «" + from + "» exactly once");
        }
        return file(path, before.replace(from, to));
    }

    /** Removes a file. */
    public ContentFixture without(String path) {
        if (files.remove(path) == null && links.remove(path) == null && sparse.remove(path) == null) {
            throw new IllegalArgumentException("no file " + path);
        }
        return this;
    }

    /** Adds a symbolic link, written as {@code ln -s target path} would write it (relative to the link's folder). */
    public ContentFixture symlink(String path, String target) {
        files.remove(path);
        sparse.remove(path);
        links.put(path, target);
        return this;
    }

    /** Adds a symbolic link to a file with this text outside the content root. */
    public ContentFixture linkOutside(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        outside.put(name, text.getBytes(StandardCharsets.UTF_8));
        return symlink(path, root().resolve(path).getParent().relativize(dir.resolve("outside").resolve(name)).toString());
    }

    /** @return the text of a file of the fixture */
    public String text(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new IllegalArgumentException("no file " + path);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** @return the content root, with every file written */
    public Path write() {
        try {
            Files.createDirectories(root());
            for (Map.Entry<String, byte[]> e : outside.entrySet()) {
                write(dir.resolve("outside").resolve(e.getKey()), e.getValue());
            }
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                write(root().resolve(e.getKey()).normalize(), e.getValue());
            }
            for (Map.Entry<String, Long> e : sparse.entrySet()) {
                Path p = root().resolve(e.getKey());
                Files.createDirectories(p.getParent());
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(e.getValue());
                }
            }
            for (Map.Entry<String, String> e : links.entrySet()) {
                Path p = root().resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.deleteIfExists(p);
                Files.createSymbolicLink(p, Path.of(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root();
    }

    /** @return the {@link #project} folder, with every file written */
    public Path writeProject() {
        write();
        return project();
    }

    private static void write(Path p, byte[] content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    /** Writes the folder and loads it. */
    public LoadResult load() {
        return PlanLoader.load(write());
    }
}
