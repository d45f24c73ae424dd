package jp.tsunagu.site.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The checks that read a Markdown file itself, so that each finding has the exact line the editor wrote:
 * images without alternative text, links without text or with text such as 「こちら」, tables whose header row
 * is empty (Markdown) or that have no {@code th} (raw HTML), and, in {@code *.easy.md} pages, sentences longer
 * than the limit. It also collects the relative
 * links, which {@link SiteChecker} resolves against the built pages.
 * <p>
 * The front matter is blanked out before parsing, so flexmark's line numbers are the file's own.
 * <p>
 * This class is immutable and thread-safe.
 */
final class MarkdownChecks {
    /**
     * Link texts that say nothing without the sentence around them (normalised: no spaces, no closing
     * punctuation, lower case).
     */
    static final Set<String> VAGUE_LINK_TEXTS = Set.of("こちら", "ここ", "こちらから", "ここから", "こちらをクリック", "ここをクリック",
            "こちらをご覧ください", "こちらを参照", "こちらをご参照ください", "詳細", "詳細はこちら", "詳しくはこちら", "詳しく",
            "もっと見る", "続き", "続きを読む", "リンク", "クリック", "この記事", "このページ", "click", "clickhere", "here",
            "more", "readmore", "link", "this", "this page");

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .toImmutable()).build();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private MarkdownChecks() {
    }

    /** A relative link as written, to be resolved against the page that shows the file. */
    record RelativeLink(Path file, int line, String url) {
    }

    /** What one file gave: its findings and its relative links. */
    record Result(List<Finding> findings, List<RelativeLink> links) {
    }

    /**
     * Checks one Markdown file.
     *
     * @param file  the file, for the findings, not null
     * @param text  its text, not null
     * @param easySentenceLength  the sentence limit for {@code *.easy.md} files
     * @return the findings and relative links, not null
     */
    static Result check(Path file, String text, int easySentenceLength) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        Node document = PARSER.parse(String.join("\n", withoutFrontMatter(lines)));
        List<Finding> findings = new ArrayList<>();
        List<RelativeLink> links = new ArrayList<>();
        boolean easy = file.getFileName().toString().endsWith(".easy.md");
        for (Node node : document.getDescendants()) {
            int line = node.getStartLineNumber() + 1;
            if (node instanceof Image image) {
                image(file, line, image.getText().toString(), image.getUrl().toString(), findings, links);
            } else if (node instanceof ImageRef ref) {
                image(file, line, ref.getText().toString(), "", findings, links);
            } else if (node instanceof Link link) {
                linkText(file, line, node, findings);
                relative(file, line, link.getUrl().toString(), links);
            } else if (node instanceof LinkRef) {
                linkText(file, line, node, findings);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml(file, line, node.getChars().toString(), findings);
            } else if (node instanceof TableBlock table) {
                tableHeader(file, line, table, findings);
            } else if (easy && node instanceof Paragraph paragraph) {
                sentences(file, lines, line, paragraph, easySentenceLength, findings);
            }
        }
        return new Result(List.copyOf(findings), List.copyOf(links));
    }

    private static String[] withoutFrontMatter(String[] lines) {
        String[] copy = lines.clone();
        if (copy.length > 0 && copy[0].strip().equals("---")) {
            for (int i = 1; i < copy.length; i++) {
                boolean end = copy[i].strip().equals("---") || copy[i].strip().equals("...");
                copy[i - 1] = "";
                if (end) {
                    copy[i] = "";
                    break;
                }
            }
        }
        return copy;
    }

    private static void image(Path file, int line, String alt, String url, List<Finding> findings, List<RelativeLink> links) {
        if (alt.isBlank()) {
            findings.add(Finding.of(CheckRule.E_IMG_ALT, file, line, "画像「" + (url.isEmpty() ? "（参照）" : url)
                    + "」に代わりの文章がありません。画像を見られない人にも伝わるよう、![ ] の中に画像が伝える内容を書いてください"
                    + "（例：![除雪車の位置を示す地図](map.png)）。"));
        }
        relative(file, line, url, links);
    }

    private static void linkText(Path file, int line, Node link, List<Finding> findings) {
        String text = new TextCollectingVisitor().collectAndGetText(link).strip();
        boolean hasImageAlt = false;
        for (Node child : link.getDescendants()) {
            if ((child instanceof Image i && !i.getText().isBlank()) || (child instanceof ImageRef r && !r.getText().isBlank())) {
                hasImageAlt = true;
            }
        }
        if (text.isEmpty() && !hasImageAlt) {
            findings.add(Finding.of(CheckRule.E_LINK_EMPTY, file, line, "リンクに文字がありません。[ ] の中に、リンク先の名前を書いてください"
                    + "（例：[令和4年度のアクションプラン](…)）。"));
        } else if (isVague(text)) {
            findings.add(Finding.of(CheckRule.W_LINK_TEXT, file, line, "リンクの文字「" + text + "」だけでは、どこへ行くのかが分かりません"
                    + "（読み上げソフトはリンクだけを一覧にして読みます）。リンク先の名前をリンクの文字にしてください"
                    + "（例：「詳しくは[オンライン申請の手順](…)をご覧ください」）。"));
        }
    }

    /**
     * Checks whether a link text says nothing out of context.
     *
     * @param text  the text, not null
     * @return true if the text is on the list of vague link texts
     */
    static boolean isVague(String text) {
        String t = text.replaceAll("[\\s\u3000]+", "").replaceAll("[。、．，.,!！?？:：»＞>→]+$", "").toLowerCase(Locale.ROOT);
        return VAGUE_LINK_TEXTS.contains(t) || VAGUE_LINK_TEXTS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static void tableHeader(Path file, int line, TableBlock table, List<Finding> findings) {
        boolean header = false;
        for (Node child : table.getChildren()) {
            if (child instanceof TableHead head) {
                for (Node cell : head.getDescendants()) {
                    if (cell instanceof TableCell c && !c.getText().isBlank()) {
                        header = true;
                    }
                }
            }
        }
        if (!header) {
            findings.add(Finding.of(CheckRule.E_TABLE_HEADER, file, line, "表の1行目（見出しの行）が空です。"
                    + "読み上げソフトがセルを列の名前と一緒に読めるよう、1行目に各列の見出しを書いてください"
                    + "（例：| 年度 | 目標値 | 実績 |）。"));
        }
    }

    /** Raw HTML the sanitiser lets through (tables, images from the site): the same rules as Markdown. */
    private static void rawHtml(Path file, int line, String html, List<Finding> findings) {
        var doc = Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
        for (Element img : doc.select("img")) {
            if (img.attr("alt").isBlank()) {
                findings.add(Finding.of(CheckRule.E_IMG_ALT, file, line + lineWithin(img), "画像「" + img.attr("src")
                        + "」に代わりの文章がありません。alt=\"…\" に画像が伝える内容を書いてください。"));
            }
        }
        for (Element table : doc.select("table")) {
            if (table.select("th").isEmpty()) {
                findings.add(Finding.of(CheckRule.E_TABLE_HEADER, file, line + lineWithin(table), "表に見出しのセル（th）がありません。"
                        + "1行目のセルを <th scope=\"col\"> にしてください（Markdown の表なら1行目に見出しを書きます）。"));
            }
        }
    }

    private static int lineWithin(Element el) {
        return el.sourceRange().isTracked() ? Math.max(0, el.sourceRange().start().lineNumber() - 1) : 0;
    }

    private static void sentences(Path file, String[] lines, int line, Paragraph paragraph, int limit, List<Finding> findings) {
        String text = new TextCollectingVisitor().collectAndGetText(paragraph);
        for (String raw : SENTENCE_END.split(text)) {
            String sentence = raw.replaceAll("[\\s\u3000]+", "");
            int length = sentence.codePointCount(0, sentence.length());
            if (length > limit) {
                findings.add(Finding.of(CheckRule.W_EASY_SENTENCE, file, lineOf(lines, line, sentence), "やさしい日本語のページの文が "
                        + length + " 文字あります（" + limit + " 文字まで）。1つの文には1つのことだけを書き、文を2つ以上に分けてください："
                        + "「" + abbreviate(sentence) + "」"));
            }
        }
    }

    private static int lineOf(String[] lines, int from, String sentence) {
        String head = sentence.substring(0, Math.min(6, sentence.length()));
        for (int i = from - 1; i < lines.length; i++) {
            if (lines[i].replaceAll("[\\s\u3000]+", "").contains(head)) {
                return i + 1;
            }
        }
        return from;
    }

    private static String abbreviate(String s) {
        return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
    }

    private static void relative(Path file, int line, String url, List<RelativeLink> links) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("/") || SCHEME.matcher(u).find()) {
            return;
        }
        try {
            new URI(u.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return;
        }
        links.add(new RelativeLink(file, line, u));
    }
}
