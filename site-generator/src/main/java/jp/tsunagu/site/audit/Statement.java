package jp.tsunagu.site.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

import jp.tsunagu.site.SiteException;
import jp.tsunagu.site.Stage;
import jp.tsunagu.site.render.MarkdownRenderer;

/**
 * The site's accessibility policy (ウェブアクセシビリティ方針) as the content states it in the optional file
 * {@value #FILE} of the source folder: YAML front matter with the keys below, then the policy's own words in
 * Markdown. Example:
 * <pre>
 * ---
 * scope: つなぎ野市情報化推進計画のウェブサイト（すべてのページ）
 * level: AA
 * conformance: 準拠
 * deadline: 2027年3月31日
 * exceptions: 外部のサービスへのリンク先は対象外とします。
 * contact: つなぎ野市 情報政策課（電話 000-000-0000）
 * ---
 * つなぎ野市は、…
 * </pre>
 * Only the target (JIS X 8341-3:2016, level AA unless {@code level} says otherwise) has a default. The
 * 対応度 ({@code conformance}: 準拠, 一部準拠 or 配慮), deadline, exceptions and contact are the city's to state:
 * when the file leaves them out, the page says that they are not stated, never a made-up value.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param scope       対象範囲, not null, may be empty (the whole site is meant)
 * @param level       目標とする適合レベル: A, AA or AAA, not null
 * @param conformance 対応度: 準拠, 一部準拠 or 配慮, or empty when not stated, not null
 * @param deadline    達成期限, or empty, not null
 * @param exceptions  例外事項, or empty, not null
 * @param contact     問い合わせ先, or empty, not null
 * @param html        the policy's own words rendered from Markdown, or empty, not null
 * @param stated      whether the file exists
 */
public record Statement(String scope, String level, String conformance, String deadline, String exceptions, String contact,
        String html, boolean stated) {

    /** The file, relative to the source folder. */
    public static final String FILE = "accessibility.md";

    /** The values {@code conformance} may take, as the みんなの公共サイト運用ガイドライン names them. */
    public static final List<String> CONFORMANCE = List.of("準拠", "一部準拠", "配慮");

    private static final List<String> KEYS = List.of("scope", "level", "conformance", "deadline", "exceptions", "contact");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the level or the conformance is not one of the allowed values
     * @param scope       対象範囲, not null, may be empty (the whole site is meant)
     * @param level       目標とする適合レベル: A, AA or AAA, not null
     * @param conformance 対応度: 準拠, 一部準拠 or 配慮, or empty when not stated, not null
     * @param deadline    達成期限, or empty, not null
     * @param exceptions  例外事項, or empty, not null
     * @param contact     問い合わせ先, or empty, not null
     * @param html        the policy's own words rendered from Markdown, or empty, not null
     * @param stated      whether the file exists
     */
    public Statement {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(exceptions, "exceptions");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(html, "html");
        if (!List.of("A", "AA", "AAA").contains(Objects.requireNonNull(level, "level"))) {
            throw new IllegalArgumentException("Invalid level (valid values A, AA, AAA): " + level);
        }
        if (!Objects.requireNonNull(conformance, "conformance").isEmpty() && !CONFORMANCE.contains(conformance)) {
            throw new IllegalArgumentException("Invalid conformance (valid values 準拠, 一部準拠, 配慮): " + conformance);
        }
    }

    /**
     * Reads the statement of a content project: {@value #FILE} in its source folder, or the defaults without it.
     *
     * @param sourceDirectory the source folder (the one holding {@code plan/}), not null
     * @return the statement, not null
     * @throws SiteException if the file cannot be read or has a wrong key or value (the message names file and line)
     */
    public static Statement read(Path sourceDirectory) {
        Path file = sourceDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Statement("", "AA", "", "", "", "", "", false);
        }
        String text;
        try {
            text = Files.readString(file, UTF_8);
        } catch (CharacterCodingException e) {
            throw error(1, "UTF-8 で読めません。UTF-8 で保存し直してください。", e);
        } catch (IOException e) {
            throw error(1, "読めませんでした: " + jp.tsunagu.site.files.IoMessages.of(e), e);
        }
        text = text.replace("\r\n", "\n").replace("\uFEFF", "");
        if (!text.startsWith("---\n")) {
            throw error(1, "1行目を「---」にして、そのあとに項目（scope、level、conformance、deadline、exceptions、contact）を書いてください。", null);
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw error(1, "項目の終わりの「---」の行がありません。項目のあとに「---」だけの行を書いてください。", null);
        }
        Map<String, String> values = frontMatter(text.substring(4, end + 1), text);
        String body = text.substring(Math.min(text.length(), text.indexOf('\n', end + 1) < 0 ? text.length() : text.indexOf('\n', end + 1) + 1));
        String level = values.getOrDefault("level", "AA").strip();
        String conformance = values.getOrDefault("conformance", "").strip();
        if (!List.of("A", "AA", "AAA").contains(level)) {
            throw error(lineOf(text, "level"), "level の「" + level + "」は使えません。A、AA、AAA のどれかを書いてください（例: level: AA）。", null);
        }
        if (!conformance.isEmpty() && !CONFORMANCE.contains(conformance)) {
            throw error(lineOf(text, "conformance"), "conformance の「" + conformance
                    + "」は使えません。準拠、一部準拠、配慮 のどれかを書いてください（みんなの公共サイト運用ガイドラインの対応度）。", null);
        }
        return new Statement(values.getOrDefault("scope", "").strip(), level, conformance, values.getOrDefault("deadline", "").strip(),
                values.getOrDefault("exceptions", "").strip(), values.getOrDefault("contact", "").strip(),
                MarkdownRenderer.standard().toHtml(body), true);
    }

    /**
     * Returns the wording of the target as the guideline puts it, such as
     * {@code JIS X 8341-3:2016 の適合レベル AA に準拠}, or without a stated 対応度
     * {@code JIS X 8341-3:2016 の適合レベル AA}.
     *
     * @return the wording, not null
     */
    public String target() {
        return "JIS X 8341-3:2016 の適合レベル " + level + (conformance.isEmpty() ? "" : " に" + conformance);
    }

    /**
     * Returns the 対応度 as stated, if any.
     *
     * @return the 対応度, empty when the content does not state it
     */
    public Optional<String> conformanceStated() {
        return conformance.isEmpty() ? Optional.empty() : Optional.of(conformance);
    }

    private static Map<String, String> frontMatter(String yaml, String text) {
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().setSchema(new FailsafeSchema()).setAllowDuplicateKeys(false).build())
                    .loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
            throw error(line, "YAML として読めません。「キー: 値」の形で書かれているか、全角の「：」や字下げの全角空白、閉じていない引用符がないか確かめてください。", e);
        } catch (YamlEngineException e) {
            throw error(2, "YAML として読めません。「キー: 値」の形で書かれているか、同じ項目を2回書いていないか確かめてください。", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (tree == null) {
            return values;
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw error(2, "項目は「キー: 値」の形で書いてください。", null);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            int line = lineOf(text, key);
            if (!KEYS.contains(key)) {
                throw error(line, "項目「" + key + "」は使えません。使える項目は " + String.join("、", KEYS) + " です。", null);
            }
            if (!(e.getValue() instanceof String value)) {
                throw error(line, "項目「" + key + "」には文字を1つ書いてください（一覧や入れ子にはできません）。", null);
            }
            values.put(key, value);
        }
        return values;
    }

    private static int lineOf(String text, String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static SiteException error(int line, String message, Throwable cause) {
        return new SiteException(Stage.ASSEMBLE, FILE + ":" + line + ": エラー: " + message, cause);
    }
}
