package jp.tsunagu.plan.load;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagu.plan.validate.ValidationCode;

/**
 * A content file split into its YAML front matter and its Markdown body, with the line each starts on.
 * Also lints what the Japanese IME leaves in YAML: a full-width colon after a key, full-width spaces and tabs
 * in indentation; a file with such lines is not parsed further, since the YAML error would only confuse.
 *
 * @param file  the file, not null
 * @param yaml  the front matter text
 * @param yamlLine  the file line the front matter starts on (1-based)
 * @param body  the Markdown body
 * @param bodyLine  the file line the body starts on (1-based)
 */
record FrontMatter(SourceFile file, String yaml, int yamlLine, String body, int bodyLine) {
    private static final Pattern FULL_WIDTH_COLON_KEY = Pattern.compile("^[ \\t　]*(?:-[ 　]+)?[A-Za-z_][A-Za-z0-9_-]*[ 　]*：.*");

    static Optional<FrontMatter> split(SourceFile file, Issues issues) {
        String[] lines = file.text().split("\n", -1);
        String rel = file.relativePath();
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            issues.add(ValidationCode.E_FRONT_MATTER_MISSING, rel, 1, "ファイルの先頭に前付け（YAML フロントマター）がありません。"
                    + "1行目を「---」にし、「type: …」などの項目を書いたあと、もう一度「---」の行で閉じてください。");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.equals("---") || s.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            issues.add(ValidationCode.E_FRONT_MATTER_UNCLOSED, rel, 1, "1行目の「---」で始まった前付けが閉じていません。"
                    + "項目の最後に「---」だけの行を入れてください。");
            return Optional.empty();
        }
        boolean clean = true;
        for (int i = 1; i < close; i++) {
            clean &= lint(rel, i + 1, lines[i], issues);
        }
        if (!clean) {
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
        return Optional.of(new FrontMatter(file, yaml, 2, body, close + 2));
    }

    private static boolean lint(String rel, int line, String text, Issues issues) {
        int indentEnd = 0;
        while (indentEnd < text.length() && " \t　".indexOf(text.charAt(indentEnd)) >= 0) {
            indentEnd++;
        }
        String indent = text.substring(0, indentEnd);
        boolean ok = true;
        if (indent.indexOf('　') >= 0 && indentEnd < text.length()) {
            issues.add(ValidationCode.E_IME_SPACE, rel, line, "行頭に全角スペース「　」があります。"
                    + "字下げは半角スペースで書いてください（日本語入力をオフにしてスペースを打ち直します）。");
            ok = false;
        }
        if (indent.indexOf('\t') >= 0 && indentEnd < text.length()) {
            issues.add(ValidationCode.E_YAML_TAB, rel, line, "字下げにタブ文字が使われています。"
                    + "YAML ではタブは使えません。半角スペース2つに置き換えてください。");
            ok = false;
        }
        if (FULL_WIDTH_COLON_KEY.matcher(text).matches()) {
            String key = text.substring(0, text.indexOf('：')).strip().replaceFirst("^-\\s*", "");
            issues.add(ValidationCode.E_IME_COLON, rel, line, "項目名「" + key + "」のあとが全角の「：」になっています。"
                    + "半角の「:」と半角スペースに直してください（例: 「" + key + ": …」）。");
            ok = false;
        }
        return ok;
    }
}
