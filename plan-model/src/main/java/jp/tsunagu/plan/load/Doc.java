package jp.tsunagu.plan.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * One content file being bound: its front matter, its body, where each key stands, and the shared issue sink
 * and registry.
 */
final class Doc {
    /** The file's text and YAML tree while it is bound; null after {@link #bound()}. */
    FrontMatter fm;
    YamlTree.YMap root;
    /** The body's parse, made beside the YAML's ({@link ParsedBody}), or null to make it when asked; null after {@link #bound()}. */
    private ParsedBody parsedBody;
    final Issues issues;
    final Registry registry;
    private final String file;
    private final int firstLine;
    private final Map<String, Integer> lines = new HashMap<>();

    Doc(FrontMatter fm, YamlTree.YMap root, Issues issues, Registry registry) {
        this(fm, root, null, issues, registry);
    }

    Doc(FrontMatter fm, YamlTree.YMap root, ParsedBody parsedBody, Issues issues, Registry registry) {
        this.fm = fm;
        this.parsedBody = parsedBody;
        this.root = root;
        this.issues = issues;
        this.registry = registry;
        this.file = fm.file().relativePath();
        this.firstLine = root.line();
    }

    /**
     * Lets go of the file's text and YAML tree once the file is bound: the checks across files that come later need
     * only its name and the lines of its keys, and a plan of many files must not hold every text until the end.
     */
    void bound() {
        fm = null;
        root = null;
        parsedBody = null;
    }

    String file() {
        return file;
    }

    /** @return the file name without folder and without {@code .md} */
    String baseName() {
        String f = file();
        String name = f.substring(f.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** @return the folder names between the content root and the file */
    List<String> folders() {
        String[] parts = file().split("/");
        return List.of(parts).subList(0, parts.length - 1);
    }

    void error(ValidationCode code, int line, String message) {
        issues.add(code, file(), line, message);
    }

    boolean ok() {
        return issues.errorsIn(file()) == 0;
    }

    Registry.Place place(int line) {
        return new Registry.Place(file(), line);
    }

    void remember(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /**
     * Gets the line of a key path such as {@code rating} or {@code actuals[1].indicator}.
     *
     * @param path  the path
     * @return the line, or the front matter's first line when unknown
     */
    int line(String path) {
        return lines.getOrDefault(path, firstLine);
    }

    /**
     * Splits the body into sections and checks its headings against the type's fixed ones.
     *
     * @param required  headings that must be present
     * @param allowed  every heading allowed, or empty to allow any
     * @return the body
     */
    MarkdownBody body(List<String> required, List<String> allowed) {
        ParsedBody parsed = parsedBody != null ? parsedBody : ParsedBody.of(fm);
        List<MarkdownSections.Heading> headings = parsed.headings();
        for (String r : required) {
            if (headings.stream().noneMatch(h -> h.text().equals(r))) {
                int line = headings.isEmpty() ? fm.bodyLine() : headings.get(0).line();
                error(ValidationCode.E_BODY_HEADING, line, "本文に見出し「## " + r + "」がありません。"
                        + "「## " + r + "」の行を書き、その下に内容を書いてください。");
            }
        }
        if (!allowed.isEmpty()) {
            for (MarkdownSections.Heading h : headings) {
                if (!allowed.contains(h.text())) {
                    error(ValidationCode.W_BODY_HEADING, h.line(), "見出し「## " + h.text() + "」はこの種類のページの決まった見出しではありません。"
                            + Nearest.hint(h.text(), allowed) + "使える見出し: " + String.join("、", allowed)
                            + "。小見出しにするなら「### " + h.text() + "」と書いてください。");
                }
            }
        }
        checkLinks(parsed.refused());
        return parsed.body();
    }

    /** Refuses links whose scheme could run script or smuggle content: {@code javascript:}, {@code data:} …. */
    private void checkLinks(List<ParsedBody.Refused> refused) {
        for (ParsedBody.Refused link : refused) {
            String scheme = link.scheme();
            error(ValidationCode.E_LINK_SCHEME, link.line(),
                    "「" + scheme + ":」で始まるリンクは使えません" + (SCRIPTABLE.contains(scheme)
                            ? "（読む人のブラウザでプログラムを動かしたり、偽の内容を見せたりできるためです）" : "") + "。"
                            + "リンク先は https:// で始まるアドレス、mailto: のメールアドレス、tel: の電話番号、"
                            + "またはサイト内のページへの相対パスで書いてください。"
                            + (scheme.equals("data") ? "画像はファイルにしてプロジェクトの assets フォルダに置き、相対パスで指してください。" : ""));
        }
    }

    private static final java.util.Set<String> SCRIPTABLE = java.util.Set.of("javascript", "vbscript", "data", "livescript");
}
