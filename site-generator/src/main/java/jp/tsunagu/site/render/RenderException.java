package jp.tsunagu.site.render;

import java.util.List;

/**
 * Thrown when pages cannot be rendered, naming every problem found.
 * <p>
 * The message starts with a summary line, followed by one line per problem, such as:
 * <pre>
 * ページを作れませんでした（問題 1 件）:
 *  - 用語/情報.html: テンプレート term.ftlh の 3 行 5 桁目: 式「content.term」の値がありません。…
 * </pre>
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, each a line of text. */
    private final List<String> problems;

    /**
     * Creates an exception for a list of problems.
     *
     * @param summary  the first line of the message, not null
     * @param problems the problems, not null, not empty
     * @param cause    the first underlying exception, may be null
     */
    public RenderException(String summary, List<String> problems, Throwable cause) {
        super(summary + "\n - " + String.join("\n - ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, one line of text each.
     *
     * @return the problems, not empty
     */
    public List<String> problems() {
        return problems;
    }
}
