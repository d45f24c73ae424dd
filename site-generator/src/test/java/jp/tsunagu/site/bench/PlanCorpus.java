package jp.tsunagu.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jp.tsunagu.site.TestFiles;
import jp.tsunagu.site.files.Folders;

/**
 * Generates a plan of the fictional sample city with N extra initiatives, for the build benchmark: the sample
 * city's plan, viewpoints, departments, glossary, action plans, OODA cycles and reviews are copied as they are,
 * and {@code initiatives/bench-00001.md} … are written next to its own initiatives. Each generated initiative
 * has front matter (viewpoints, department, period, one indicator with baseline and targets in one case of
 * three), Japanese prose built from {@link MunicipalCorpus}'s sentences, a list, a Markdown table and links to
 * three other generated initiatives.
 * <p>
 * The same N gives byte-identical files (one fixed seed per N, no dates or machine values); the files are
 * written in a fixed order with LF line ends.
 */
public final class PlanCorpus {
    private static final String[] DEPARTMENTS = {"joho-seisaku", "kenko-fukushi", "shimin", "somu"};
    private static final String[] STATUS = {"計画", "実施中", "実施中", "完了"};
    private static final String[] STATUS_NEXT = {"継続", "拡充", "縮小", "改善"};
    private static final String[] ITEMS = {"対象となる手続の洗い出し", "関係課との調整", "利用者アンケートの実施",
        "操作説明会の開催", "システムの試行運用", "マニュアルの整備", "効果の検証", "やさしい日本語での案内の作成",
        "オープンデータとしての公開", "窓口での案内の継続"};

    private PlanCorpus() {
    }

    /**
     * Writes the corpus as a project source folder ({@code <root>/plan/…}); an existing folder is replaced.
     *
     * @param sampleCity  the sample city's source folder ({@code test-fixtures/sample-city/src}), not null
     * @param root  the source folder to write, not null
     * @param initiatives  how many initiatives to add
     * @return the source folder
     */
    public static Path write(Path sampleCity, Path root, int initiatives) throws IOException {
        return write(sampleCity, root, initiatives, 0, false);
    }

    /**
     * Writes the corpus with, besides the initiatives, free pages ({@code pages/bench-page-00001.md} …, listed on the
     * home page and the site map) and, if asked, an entry of every generated initiative in the sample city's 2023
     * action plan (rows of its table). The initiatives are those of {@link #write(Path, Path, int)}, byte for byte.
     *
     * @param sampleCity  the sample city's source folder ({@code test-fixtures/sample-city/src}), not null
     * @param root  the source folder to write, not null
     * @param initiatives  how many initiatives to add
     * @param pages  how many free pages to add
     * @param entries  whether each added initiative gets a 2023 action-plan entry
     * @return the source folder
     */
    public static Path write(Path sampleCity, Path root, int initiatives, int pages, boolean entries) throws IOException {
        Folders.delete(root);
        TestFiles.copy(sampleCity, root);
        Path folder = root.resolve("plan/initiatives");
        Random random = new Random(7_000L + initiatives);
        for (int n = 1; n <= initiatives; n++) {
            Files.writeString(folder.resolve(id(n) + ".md"), initiative(random, n, initiatives), StandardCharsets.UTF_8);
        }
        Random more = new Random(9_000L + initiatives + pages);
        for (int n = 1; n <= pages; n++) {
            String topic = MunicipalCorpus.pick(more, MunicipalCorpus.TOPICS);
            StringBuilder md = new StringBuilder("---\ntype: page\nid: ").append(String.format("bench-page-%05d", n))
                    .append("\ntitle: ").append(topic).append("のお知らせ（").append(n).append("）\norder: ").append(100 + n)
                    .append("\n---\n\n");
            for (int k = 0, count = 3 + more.nextInt(4); k < count; k++) {
                md.append(MunicipalCorpus.sentence(more, topic, MunicipalCorpus.pick(more, MunicipalCorpus.DEPARTMENTS)));
            }
            md.append('\n');
            Files.writeString(root.resolve("plan/pages/" + String.format("bench-page-%05d", n) + ".md"), md.toString(),
                    StandardCharsets.UTF_8);
        }
        for (int n = 1; entries && n <= initiatives; n++) {
            Files.writeString(root.resolve("plan/action-plans/2023/" + id(n) + ".md"), "---\ntype: action_plan_entry\ninitiative: "
                    + id(n) + "\nfiscal_year: 2023\nrating: " + "ABC".charAt(more.nextInt(3)) + "\nnext_direction: "
                    + STATUS_NEXT[more.nextInt(STATUS_NEXT.length)] + "\n---\n\n## 計画\n\n"
                    + MunicipalCorpus.sentence(more, MunicipalCorpus.pick(more, MunicipalCorpus.TOPICS), "市") + "\n",
                    StandardCharsets.UTF_8);
        }
        return root;
    }

    /**
     * Edits one file of a written corpus as an editor would: a sentence is added to the body of the first generated
     * initiative. The same corpus gives the same edit; a second call adds a second sentence.
     *
     * @param root  the source folder {@link #write} wrote, not null
     * @return the edited file
     * @throws IOException if the file cannot be read or written
     */
    public static Path editOne(Path root) throws IOException {
        Path file = root.resolve("plan/initiatives").resolve(id(1) + ".md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + "\n令和8年度は、地域の声を聞きながら手順を見直します。\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Writes one corpus from the command line.
     *
     * @param args  the sample city's source folder, the folder to write, N; optionally the number of free pages and
     *              {@code entries} for a 2023 action-plan entry per initiative
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 0,
                args.length > 4 && args[4].equals("entries"));
    }

    private static String id(int n) {
        return String.format("bench-%05d", n);
    }

    private static String initiative(Random random, int n, int total) {
        String topic = MunicipalCorpus.pick(random, MunicipalCorpus.TOPICS);
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        String title = topic + MunicipalCorpus.pick(random, new String[] {"の推進", "の充実", "のデジタル化", "の見直し", "の取組"})
                + "（" + MunicipalCorpus.pick(random, MunicipalCorpus.PLACES) + "・" + n + "）";
        char first = (char) ('A' + random.nextInt(9));
        char second = (char) ('A' + (first - 'A' + 1 + random.nextInt(8)) % 9);
        int start = 2021 + random.nextInt(3);
        StringBuilder md = new StringBuilder("---\n")
                .append("type: initiative\n")
                .append("id: ").append(id(n)).append('\n')
                .append("title: ").append(title).append('\n')
                .append("viewpoints: [").append(first).append(", ").append(second).append("]\n")
                .append("department: ").append(department).append('\n')
                .append("status: ").append(STATUS[random.nextInt(STATUS.length)]).append('\n')
                .append("period:\n  start: ").append(start).append('\n')
                .append("summary: ").append(MunicipalCorpus.sentence(random, topic, "市")).append('\n');
        if (n % 3 == 0) {
            int baseline = 100 + random.nextInt(900);
            md.append("indicators:\n")
                    .append("  - id: ").append(id(n)).append("-kensu\n")
                    .append("    name: ").append(topic).append("の利用件数\n")
                    .append("    unit: 件\n")
                    .append("    direction: 高いほど良い\n")
                    .append("    baseline:\n      year: 2020\n      value: ").append(baseline).append('\n')
                    .append("    targets:\n");
            for (int year = start; year <= start + 2; year++) {
                md.append("      - year: ").append(year).append("\n        value: ")
                        .append(baseline + (year - 2020) * (50 + random.nextInt(100)))
                        .append("\n        decided: 2021-03-26\n");
            }
        }
        md.append("---\n\n## 概要\n\n");
        for (int k = 0, count = 3 + random.nextInt(4); k < count; k++) {
            md.append(MunicipalCorpus.sentence(random, k == 0 ? topic : MunicipalCorpus.pick(random, MunicipalCorpus.TOPICS),
                    MunicipalCorpus.pick(random, MunicipalCorpus.DEPARTMENTS)));
        }
        md.append("\n\n## 内容\n\n");
        for (int k = 0, count = 2 + random.nextInt(4); k < count; k++) {
            md.append("- ").append(MunicipalCorpus.pick(random, ITEMS)).append('\n');
        }
        md.append("\n### 実施状況\n\n| 年度 | 実施地区 | 件数 | 備考 |\n| --- | --- | ---: | --- |\n");
        for (int year = start; year <= 2023; year++) {
            md.append("| 令和").append(year - 2018).append("年度 | ").append(MunicipalCorpus.pick(random, MunicipalCorpus.PLACES))
                    .append(" | ").append(random.nextInt(5000)).append(" | ")
                    .append(MunicipalCorpus.pick(random, ITEMS)).append(" |\n");
        }
        md.append("\n### 関連する取組\n\n");
        for (int k = 0; k < 3; k++) {
            int other = 1 + random.nextInt(total);
            md.append("- [").append(id(other)).append("の取組](").append(id(other)).append(".html)\n");
        }
        md.append("\n## 課題\n\n");
        for (int k = 0, count = 2 + random.nextInt(3); k < count; k++) {
            md.append(MunicipalCorpus.sentence(random, topic, MunicipalCorpus.pick(random, MunicipalCorpus.DEPARTMENTS)));
        }
        md.append("\n\n詳しくは[市のホームページ](https://www.example.jp/").append(id(n)).append(")をご覧ください。\n");
        return md.toString();
    }

    /** Lists the Markdown files of a corpus, in a fixed order. */
    static List<Path> markdownFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
