package jp.tsunagu.plan.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.PlanModelException;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.Variant;
import jp.tsunagu.plan.load.Binders.ContentType;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Loads a content folder into a {@link PlanModel}, reporting every problem at once.
 * <p>
 * The stages: scan the folder (sorted, so the order never depends on the file system) → read each file as
 * UTF-8 → split front matter and body → lint and parse the YAML (Failsafe schema) → bind each type → check
 * across files → assemble the model. Each problem becomes a {@code ValidationIssue} with file, line and a
 * Japanese fix; a broken file never throws.
 * <pre>{@code
 * LoadResult result = PlanLoader.load(Path.of("content/src/plan"));
 * result.report().issues().forEach(i -> System.err.println(i.format()));
 * PlanModel model = result.orElseThrow();
 * }</pre>
 * The format is described in {@code docs/content-format.md}. Language variants ({@code *.easy.md},
 * {@code *.en.md}) are loaded after the originals they translate (see {@code VariantFiles});
 * {@code README.md} and names starting with {@code .} are not plan files and are skipped.
 * <p>
 * This class is thread-safe: each load has its own state.
 */
public final class PlanLoader {
    private PlanLoader() {
    }

    /**
     * Loads the content folder.
     *
     * @param folder  the content root holding {@code plan.md}, not null
     * @return the model (if no errors) and the report, not null
     */
    public static LoadResult load(Path folder) {
        return load(folder, null);
    }

    /**
     * Loads and validates the plan like {@link #load(Path)}, reusing from the cache the parsed front matter of every
     * file whose bytes are unchanged since the cache last saw it (a preview server loads the plan after every edit;
     * parsing YAML is most of the cost). Cross-file checks and the model are always made anew, so the result is the
     * same as without a cache.
     *
     * @param folder  the content folder (holding {@code plan.md}), not null
     * @param cache  the files parsed by earlier loads of this folder, or null for none
     * @return the model (if no errors) and the report, never null
     */
    public static LoadResult load(Path folder, ParseCache cache) {
        return load(folder, cache, TOKYO);
    }

    /** The clock that decides the current fiscal year by default: Japan's, whatever the machine's time zone. */
    private static final Clock TOKYO = Clock.system(ZoneId.of("Asia/Tokyo"));
    /** How many files are read and parsed together before they are bound into the model. */
    private static final int PARSE_BATCH = 256;

    /**
     * Loads and validates the plan like {@link #load(Path, ParseCache)}, taking today's date from a clock: it decides
     * the current fiscal year (which initiatives must have an entry, {@code W-ENTRY-MISSING}) and the closed ones
     * (whose entries must give every indicator's actual, {@code W-ACTUAL-MISSING}). The other loads use Japan's
     * clock.
     *
     * @param folder  the content folder (holding {@code plan.md}), not null
     * @param cache  the files parsed by earlier loads of this folder, or null for none
     * @param clock  the clock giving today's date, not null
     * @return the model (if no errors) and the report, never null
     */
    public static LoadResult load(Path folder, ParseCache cache, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Issues issues = new Issues();
        Registry registry = new Registry(issues);
        Parts parts = new Parts();
        Binders binders = new Binders(parts);
        Map<String, String> sources = new TreeMap<>();
        Optional<Path> dir = realDirectory(folder);
        if (dir.isEmpty()) {
            issues.add(ValidationCode.E_IO, folder.toString(), 0, "コンテンツのフォルダ「" + folder + "」がありません。"
                    + "plan.md のあるフォルダを指定してください。");
            return new LoadResult(Optional.empty(), issues.report(), sources);
        }
        Path root = dir.get();
        // Reading, splitting, YAML parsing and the body's parse depend on the file alone: done on all processors, each
        // file with its own issue list, then bound in file order, so issues and model are the same as one file after
        // another. Files go in batches: a batch is bound file after file on another thread while the next one is parsed
        // (and only once the batch before it is bound), so that two batches' texts and YAML trees are held at a time,
        // not every file's at once.
        List<Path> scanned = scan(root, issues);
        List<Path> documents = scanned.stream().filter(p -> !VariantFiles.isVariant(p)).toList();
        CompletableFuture<Void> bound = CompletableFuture.completedFuture(null);
        try {
            for (int from = 0; from < documents.size(); from += PARSE_BATCH) {
                List<Parsed> parsed = documents.subList(from, Math.min(documents.size(), from + PARSE_BATCH)).parallelStream()
                        .map(file -> cache == null ? Parsed.of(root, file) : cache.parsed(root, file)).toList();
                joined(bound);
                bound = CompletableFuture.runAsync(() -> {
                    for (Parsed p : parsed) {
                        issues.addAll(p.issues());
                        p.yaml().ifPresent(map -> {
                            Doc doc = new Doc(p.frontMatter().orElseThrow(), map, p.body().orElse(null), issues, registry);
                            typeOf(doc).ifPresent(type -> binders.bind(type, doc));
                            doc.bound();
                        });
                    }
                });
            }
        } catch (RuntimeException | Error e) {
            bound.handle((v, x) -> null).join(); // nothing of this load goes on running after it fails
            throw e;
        }
        joined(bound);
        if (parts.plans.isEmpty() && issues.errorsIn("plan.md") == 0) {
            issues.add(ValidationCode.E_PLAN_MISSING, "plan.md", 0, "計画の本体「plan.md」がありません。"
                    + "コンテンツのフォルダの直下に type: plan の plan.md を作ってください。");
        }
        CrossChecks.run(parts, issues, registry, today);
        record(parts, sources);
        List<Variant> variants = VariantFiles.load(root, scanned.stream().filter(VariantFiles::isVariant).toList(),
                scanned.stream().map(p -> SourceFile.relative(root, p)).collect(Collectors.toSet()), sources,
                parts.plans.stream().findFirst().map(b -> b.value().languages()), issues, registry);
        if (issues.hasErrors()) {
            return new LoadResult(Optional.empty(), issues.report(), sources);
        }
        try {
            return new LoadResult(Optional.of(assemble(parts, variants)), issues.report(), sources);
        } catch (PlanModelException e) {
            issues.add(ValidationCode.E_VALUE_INVALID, "plan.md", 0, "ファイルごとの検査は通りましたが、計画全体を組み立てられませんでした。"
                    + "ファイルの間で ID や年度が重なっていないか確かめてください。直らないときは、コンテンツを添えて Tsunagu の不具合として報告してください。");
            return new LoadResult(Optional.empty(), issues.report(), sources);
        }
    }

    /** Waits for a batch's binding; its failure is thrown as the binding threw it. */
    private static void joined(CompletableFuture<Void> binding) {
        try {
            binding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The folder's real path, so that a linked content folder is walked like any other; empty if it is none. */
    private static Optional<Path> realDirectory(Path folder) {
        try {
            return Files.isDirectory(folder) ? Optional.of(folder.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> scan(Path root, Issues issues) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root))
                    .filter(p -> isVisible(root.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .forEach(p -> {
                        boolean link = Files.isSymbolicLink(p);
                        if (link && Files.exists(p) && !insideRoot(root, p)) {
                            issues.add(ValidationCode.E_FILE_PLACE, SourceFile.relative(root, p), 0, "このファイルはコンテンツのフォルダの外を指すリンクです。"
                                    + "外のファイルは読み込みません。リンクではなく、ファイルそのものをフォルダ内に置いてください。");
                        } else if (Files.isRegularFile(p) || link) {
                            files.add(p); // a link to nothing is reported when it is read
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            issues.add(ValidationCode.E_IO, root.toString(), 0, "コンテンツのフォルダを最後まで読めませんでした。"
                    + "フォルダとその中のフォルダに読む権限があるか、読んでいる間に消されたり移されたりしていないかを確かめてください。");
        }
        // the raw name breaks ties between names that differ only in Unicode composition, so order never depends on the
        // disk; each name is made relative once, not in every comparison (a sort of n files makes n log n of them)
        Map<Path, String> names = new HashMap<>();
        files.forEach(p -> names.put(p, SourceFile.relative(root, p)));
        files.sort(Comparator.comparing((Path p) -> names.get(p)).thenComparing(Path::toString));
        return withoutClashes(names, withUsableNames(names, files, issues), issues);
    }

    /** Characters a file name may not have: they cannot stand in a web address or on every file system. */
    private static final String NAME_FORBIDDEN = "\\:*?\"<>|#%";

    /** Refuses names with spaces, control characters or {@link #NAME_FORBIDDEN}; such a file is not read. */
    private static List<Path> withUsableNames(Map<Path, String> names, List<Path> files, Issues issues) {
        List<Path> usable = new ArrayList<>();
        for (Path p : files) {
            String rel = names.get(p);
            Optional<String> bad = rel.codePoints()
                    .filter(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                            || NAME_FORBIDDEN.indexOf(c) >= 0)
                    .mapToObj(c -> Character.isSpaceChar(c) || Character.isWhitespace(c) ? (c == '\u3000' ? "全角スペース" : "空白")
                            : Character.isISOControl(c) ? "制御文字" : "「" + Character.toString(c) + "」")
                    .findFirst();
            if (bad.isPresent()) {
                issues.add(ValidationCode.E_FILE_NAME, rel, 0, "ファイル名かフォルダ名に" + bad.get() + "があります。"
                        + "名前はページのアドレス（URL）にもなるため、空白と記号 \\ : * ? \" < > | # % は使えません。"
                        + "空白の代わりに「-」を使うなどして、名前を付け直してください。");
            } else {
                usable.add(p);
            }
        }
        return usable;
    }

    /**
     * Refuses names that differ from an earlier one only in upper and lower case or in how a character is composed:
     * on Windows and macOS, and on many web servers, they are one file, so one page would silently replace the other.
     */
    private static List<Path> withoutClashes(Map<Path, String> names, List<Path> files, Issues issues) {
        Map<String, String> first = new TreeMap<>();
        List<Path> kept = new ArrayList<>();
        for (Path p : files) {
            String rel = names.get(p);
            String key = java.text.Normalizer.normalize(rel, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            String earlier = first.putIfAbsent(key, rel);
            if (earlier == null) {
                kept.add(p);
            } else {
                issues.add(ValidationCode.E_NAME_CLASH, rel, 0, "このファイルの名前は「" + earlier + "」と"
                        + (earlier.equals(rel) ? "文字の組み立て（濁点などを1文字で書くか、2文字に分けるか）" : "大文字・小文字か文字の組み立て")
                        + "だけが違います。Windows や Mac、多くの Web サーバーでは同じ名前として扱われ、"
                        + "公開すると一方のページがもう一方を上書きします。どちらかのファイルの名前を変えるか、1つにまとめてください。");
            }
        }
        return kept;
    }

    /**
     * Whether a path inside the root (relative to it) is one the loader reads: no part of it starts with {@code .},
     * and it has no NUL character.
     */
    private static boolean isVisible(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return relative.toString().indexOf(0) < 0;
    }

    private static boolean insideRoot(Path realRoot, Path p) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** The type a file's place implies: {@code initiatives/x.md} holds an initiative, and so on. */
    static Optional<ContentType> expectedType(List<String> folders, String fileName) {
        if (folders.isEmpty()) {
            return fileName.equals("plan.md") ? Optional.of(ContentType.PLAN) : Optional.empty();
        }
        String top = folders.get(0);
        if (folders.size() == 1) {
            return switch (top) {
                case "viewpoints" -> Optional.of(ContentType.VIEWPOINT);
                case "initiatives" -> Optional.of(ContentType.INITIATIVE);
                case "departments" -> Optional.of(ContentType.DEPARTMENT);
                case "governance" -> Optional.of(ContentType.GOVERNANCE_BODY);
                case "reviews" -> Optional.of(ContentType.ANNUAL_REVIEW);
                case "glossary" -> Optional.of(ContentType.GLOSSARY_TERM);
                case "references" -> Optional.of(ContentType.REFERENCE_MATERIAL);
                case "pages" -> Optional.of(ContentType.PAGE);
                default -> Optional.empty();
            };
        }
        if (folders.size() == 2 && top.equals("action-plans")) {
            return Optional.of(fileName.equals("_index.md") ? ContentType.ACTION_PLAN : ContentType.ACTION_PLAN_ENTRY);
        }
        if (folders.size() == 2 && top.equals("ooda")) {
            return Optional.of(ContentType.OODA_CYCLE);
        }
        return Optional.empty();
    }

    private static Optional<ContentType> typeOf(Doc doc) {
        String file = doc.file();
        Optional<ContentType> expected = expectedType(doc.folders(), file.substring(file.lastIndexOf('/') + 1));
        Optional<YamlTree.YNode> node = doc.root.get(Binders.TYPE);
        int line = doc.root.entries().containsKey(Binders.TYPE) ? doc.root.entries().get(Binders.TYPE).keyLine() : doc.root.line();
        if (expected.isEmpty()) {
            doc.error(ValidationCode.E_FILE_PLACE, 0, "このファイルは決まった場所にありません。"
                    + "plan.md、viewpoints/、initiatives/、action-plans/<年度>/、ooda/<取組>/、reviews/、governance/、departments/、"
                    + "glossary/、references/、pages/ のどこかに置いてください（docs/content-format.md 参照）。");
            return Optional.empty();
        }
        String example = expected.get().key;
        if (node.isEmpty() || !(node.get() instanceof YamlTree.YScalar s) || s.value().isBlank()) {
            doc.error(ValidationCode.E_KEY_REQUIRED, line, "前付けに必須の項目「type」がありません。この場所のファイルなら「type: "
                    + example + "」と書いてください。");
            return Optional.empty();
        }
        String value = s.value().strip();
        Optional<ContentType> type = ContentType.of(value);
        if (type.isEmpty()) {
            doc.error(ValidationCode.E_TYPE_UNKNOWN, line, "type「" + value + "」という種類はありません。" + Nearest.hint(value, ContentType.keys())
                    + "この場所のファイルなら「type: " + example + "」です。");
            return Optional.empty();
        }
        if (type.get() != expected.get()) {
            doc.error(ValidationCode.E_FILE_PLACE, line, "type「" + value + "」のファイルはこの場所に置けません。この場所のファイルは「type: "
                    + example + "」です。ファイルを正しいフォルダに移すか、type を直してください。");
            return Optional.empty();
        }
        return type;
    }

    private static void record(Parts parts, Map<String, String> sources) {
        parts.plans.forEach(b -> sources.put("plan", b.doc().file()));
        parts.viewpoints.forEach(b -> sources.put("viewpoint/" + b.value().code(), b.doc().file()));
        parts.initiatives.forEach(b -> sources.put("initiative/" + b.value().id(), b.doc().file()));
        parts.departments.forEach(b -> sources.put("department/" + b.value().id(), b.doc().file()));
        parts.governance.forEach(b -> sources.put("governance/" + b.value().id(), b.doc().file()));
        parts.actionPlans.forEach(h -> sources.put("action-plan/" + h.year().year(), h.doc().file()));
        parts.entries.forEach(b -> sources.put("entry/" + b.value().fiscalYear().year() + "/" + b.value().initiative(), b.doc().file()));
        parts.cycles.forEach(b -> sources.put("ooda/" + b.value().id(), b.doc().file()));
        parts.reviews.forEach(b -> sources.put("review/" + b.value().fiscalYear().year(), b.doc().file()));
        parts.glossary.forEach(b -> sources.put("glossary/" + b.value().id(), b.doc().file()));
        parts.references.forEach(b -> sources.put("reference/" + b.value().id(), b.doc().file()));
        parts.pages.forEach(b -> sources.put("page/" + b.value().id(), b.doc().file()));
    }

    private static PlanModel assemble(Parts parts, List<Variant> variants) {
        PlanModel.Builder b = PlanModel.builder(parts.plans.get(0).value());
        parts.viewpoints.forEach(x -> b.add(x.value()));
        parts.initiatives.forEach(x -> b.add(x.value()));
        parts.departments.forEach(x -> b.add(x.value()));
        parts.governance.forEach(x -> b.add(x.value()));
        RatingScale defaultScale = parts.plans.get(0).value().ratingScale();
        for (Parts.ActionPlanHead h : parts.actionPlans) {
            List<ActionPlanEntry> entries = parts.entries.stream().map(Bound::value)
                    .filter(e -> e.fiscalYear().equals(h.year())).toList();
            b.add(new ActionPlan(h.year(), h.title(), h.published(), h.ownScale().orElse(defaultScale), entries, h.body()));
        }
        parts.cycles.forEach(x -> b.add(x.value()));
        parts.reviews.forEach(x -> b.add(x.value()));
        parts.glossary.forEach(x -> b.add(x.value()));
        parts.references.forEach(x -> b.add(x.value()));
        parts.pages.forEach(x -> b.add(x.value()));
        variants.forEach(b::add);
        return b.build();
    }

    /**
     * One file read, split and parsed, with the issues found doing so; {@code body}: its body's parse, made only for a
     * file whose YAML parsed (the others are not bound).
     */
    record Parsed(Optional<FrontMatter> frontMatter, Optional<YamlTree.YMap> yaml, Optional<ParsedBody> body, Issues issues) {
        static Parsed of(Path root, Path file) {
            Issues issues = new Issues();
            Optional<FrontMatter> fm = SourceFile.read(root, file, issues).flatMap(src -> FrontMatter.split(src, issues));
            Optional<YamlTree.YMap> yaml = fm.flatMap(f -> YamlTree.parse(f, issues));
            return new Parsed(fm, yaml, yaml.isPresent() ? fm.map(ParsedBody::of) : Optional.empty(), issues);
        }
    }
}
