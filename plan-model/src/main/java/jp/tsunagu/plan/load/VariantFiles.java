package jp.tsunagu.plan.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.Variant;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Loads the language variants, {@code x.<tag>.md} ({@code x.en.md}, {@code x.zh-Hans.md}, {@code x.easy.md}) beside an
 * original {@code x.md}, once the originals are bound. The tag must name one of the languages plan.md declares
 * ({@link jp.tsunagu.plan.Plan#languages()}). A variant has front matter with {@code title} (required), {@code summary} and
 * {@code description}, and may repeat the original's {@code type}; the body is free Markdown. Every fact stays
 * in the original, so a variant cannot contradict it.
 */
final class VariantFiles {
    /**
     * A name that ends like a variant: {@code x.easy.md}, or a language subtag of two or three letters and any further
     * subtags ({@code x.en.md}, {@code x.zh-Hans.md}, {@code x.pt-BR.md}), with look-alikes such as {@code x.pt_BR.md}
     * that are reported.
     */
    static final Pattern NAME = Pattern.compile("(.+)\\.(easy|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\\.md");

    private VariantFiles() {
    }

    /** @return true if the file name ends like a language variant */
    static boolean isVariant(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Reads and binds every variant file.
     *
     * @param root  the content root
     * @param files  the variant files, sorted
     * @param scanned  every content file found (relative paths), variants included
     * @param sources  the file of each bound original, keyed by item
     * @param issues  where problems go
     * @param registry  the id registry (variants define no ids)
     * @return the variants, in file order
     */
    static List<Variant> load(Path root, List<Path> files, Set<String> scanned, Map<String, String> sources,
            Optional<List<Language>> declared, Issues issues, Registry registry) {
        Map<String, String> itemOfFile = new TreeMap<>();
        sources.forEach((item, file) -> itemOfFile.put(file, item));
        List<Variant> variants = new ArrayList<>();
        for (Path file : files) {
            String rel = SourceFile.relative(root, file);
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            String folder = rel.substring(0, rel.length() - name.length());
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String original = folder + m.group(1) + ".md";
            String tag = m.group(2);
            Optional<Language.Problem> problem = Language.problemOf(tag);
            if (problem.isPresent()) {
                issues.add(LanguageTags.code(problem.get()), rel, 0, "ファイル名の「." + tag + ".md」は言語版の印ですが、"
                        + LanguageTags.explain(tag, problem.get()) + "言語版でなければ、名前の「." + tag + "」を「-" + tag
                        + "」などに変えてください。");
                continue;
            }
            if (declared.isEmpty()) {
                continue; // plan.md has errors, reported already: its languages are not known
            }
            Optional<Language> language = Language.ofSuffix(tag, declared.get());
            if (language.isEmpty()) {
                Language named = Language.forTag(tag);
                String offered = declared.get().isEmpty() ? "今は言語版を1つも宣言していません"
                        : "今の言語は " + String.join("、", declared.get().stream().map(Language::suffix).toList()) + " です";
                issues.add(ValidationCode.E_VARIANT_LANGUAGE, rel, 0, "ファイル名の「." + tag + ".md」は" + named.japaneseName()
                        + "の言語版の印ですが、plan.md の「languages:」にこの言語がありません（" + offered + "）。この言語で公開するなら、"
                        + "plan.md の languages に「" + named.suffix() + "」を加えてください（例: languages: ["
                        + String.join(", ", java.util.stream.Stream.concat(declared.get().stream().map(Language::suffix),
                                java.util.stream.Stream.of(named.suffix())).toList())
                        + "]）。言語版でなければ、名前の「." + tag + "」を「-" + tag + "」などに変えてください。");
                continue;
            }
            String item = itemOfFile.get(original);
            if (item == null) {
                if (!scanned.contains(original)) {
                    List<String> beside = scanned.stream().filter(f -> f.startsWith(folder) && f.indexOf('/', folder.length()) < 0
                            && !NAME.matcher(f.substring(folder.length())).matches()).map(f -> f.substring(folder.length())).toList();
                    String fix = Nearest.to(m.group(1) + ".md", beside)
                            .map(n -> "元のファイルは「" + folder + n + "」ではありませんか。それなら名前を「"
                                    + n.substring(0, n.length() - 3) + "." + m.group(2) + ".md」に直してください。")
                            .orElse("元のファイルを作るか、この名前を元のファイルの名前に合わせてください。");
                    issues.add(ValidationCode.E_VARIANT_ORIGINAL, rel, 0, "この" + label(language.get()) + "の元になるファイル「"
                            + original + "」がありません。言語版は元のファイルと同じフォルダに、同じ名前で置きます。" + fix);
                }
                continue; // an original with errors has been reported already
            }
            SourceFile.read(root, file, issues)
                    .flatMap(src -> FrontMatter.split(src, issues))
                    .flatMap(fm -> YamlTree.parse(fm, issues).map(map -> new Doc(fm, map, issues, registry)))
                    .flatMap(doc -> bind(doc, item, original, language.get()))
                    .ifPresent(variants::add);
        }
        return variants;
    }

    private static Optional<Variant> bind(Doc doc, String item, String original, Language language) {
        Fields f = Fields.root(doc, Binders.TYPE, "title", "summary", "description");
        Optional<String> type = f.optText(Binders.TYPE);
        String title = f.text("title", language.equals(Language.EASY_JAPANESE) ? "だれでも つかえる ように します" : "Bridging the digital divide");
        Optional<String> summary = f.optText("summary");
        Optional<String> description = f.optText("description");
        f.finish();
        String originalName = original.substring(original.lastIndexOf('/') + 1);
        String expected = PlanLoader.expectedType(doc.folders(), originalName).map(t -> t.key).orElse("");
        if (type.isPresent() && !type.get().equals(expected)) {
            doc.error(ValidationCode.E_VALUE_INVALID, f.line(Binders.TYPE), "type「" + type.get() + "」は元のファイル「" + original
                    + "」の種類と違います。言語版の type は書かなくてもかまいません。書くなら「type: " + expected + "」にしてください。");
        }
        MarkdownBody body = doc.body(List.of(), List.of());
        if (!doc.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Variant(item, language, title, summary, description, body));
    }

    private static String label(Language language) {
        return language.equals(Language.ENGLISH) ? "英語版" : language.japaneseName() + "版";
    }
}
