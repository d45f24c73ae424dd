package jp.tsunagu.plan.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * The text of a content file whose YAML front matter is edited in place: the front matter is composed with
 * snakeyaml-engine (as the loader reads it), and each change is spliced into the text at the marks of the nodes
 * it changes. Everything else — key order, comments, quoting, the byte order mark, CRLF or LF line ends and the
 * body — stays byte for byte. New lines are written with the file's own line end; a new key goes after the key
 * that precedes it in the order the caller gives, in the indentation of its mapping.
 * <p>
 * Splices are collected against the original text and applied at once by {@link #text()}; they must not overlap.
 * Not thread-safe: one instance per file edit.
 */
final class FrontMatterText {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new FailsafeSchema()).build();

    /**
     * A change of the text: the characters between {@code start} and {@code end} become {@code with}. Insertions at
     * one place go deepest first ({@code depth}, the inserted lines' indentation): a key added to the last item of a
     * sequence comes before an item appended to it.
     */
    private record Splice(int start, int end, String with, int depth) {
        Splice(int start, int end, String with) {
            this(start, end, with, Integer.MAX_VALUE);
        }
    }

    /** A key of a mapping and its value. */
    record Entry(ScalarNode key, Node value) {
    }

    private final String original;
    private final int yamlStart;
    private final int yamlEnd;
    private final String newline;
    private final MappingNode root;
    private final List<Splice> splices = new ArrayList<>();

    private FrontMatterText(String original, int yamlStart, int yamlEnd, MappingNode root) {
        this.original = original;
        this.yamlStart = yamlStart;
        this.yamlEnd = yamlEnd;
        this.newline = original.contains("\r\n") ? "\r\n" : "\n";
        this.root = root;
    }

    /**
     * Reads a content file's text.
     *
     * @param text  the whole file as decoded, byte order mark and line ends as they are
     * @return the editable text, empty if it has no front matter that is a block mapping
     */
    static Optional<FrontMatterText> of(String text) {
        int first = text.indexOf('\n');
        if (first < 0 || !text.substring(0, first).replace("\uFEFF", "").strip().equals("---")) {
            return Optional.empty();
        }
        int start = first + 1;
        int end = start;
        while (end < text.length()) {
            int eol = text.indexOf('\n', end);
            String line = text.substring(end, eol < 0 ? text.length() : eol).strip();
            if (line.equals("---") || line.equals("...")) {
                break;
            }
            end = eol < 0 ? text.length() : eol + 1;
        }
        try {
            Optional<Node> node = new Compose(SETTINGS).composeString(text.substring(start, end));
            if (node.isPresent() && node.get() instanceof MappingNode m && m.getFlowStyle() != FlowStyle.FLOW) {
                return Optional.of(new FrontMatterText(text, start, end, m));
            }
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return the top-level mapping of the front matter */
    MappingNode root() {
        return root;
    }

    /** @return the value of a key of a mapping, empty if the key is not there */
    static Optional<Entry> entry(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(new Entry(k, t.getValueNode()));
            }
        }
        return Optional.empty();
    }

    /**
     * Sets a key of a block mapping to a text: replaces the value's text if the key is there and its value differs,
     * else adds a line {@code key: value} after the last key of the mapping that comes before it in {@code order}.
     * A replaced value keeps its quoting where the new value allows it.
     *
     * @param map  the mapping, in block style
     * @param key  the key
     * @param value  the new value
     * @param order  the keys in the order the content format lists them
     */
    void set(MappingNode map, String key, String value, List<String> order) {
        Optional<Entry> e = entry(map, key);
        if (e.isPresent()) {
            if (e.get().value() instanceof ScalarNode s && s.getValue().equals(value)) {
                return;
            }
            ScalarStyle style = e.get().value() instanceof ScalarNode s ? s.getScalarStyle() : ScalarStyle.PLAIN;
            splices.add(new Splice(offset(e.get().value().getStartMark()), offset(e.get().value().getEndMark()), scalar(value, style)));
            return;
        }
        insert(map, key, List.of(key + ": " + scalar(value, ScalarStyle.PLAIN)), order);
    }

    /**
     * Adds lines for a new key of a block mapping after the last key that precedes it in {@code order}, or before the
     * first key if none does. The lines are given without indentation; each gets the mapping's.
     */
    void insert(MappingNode map, String key, List<String> lines, List<String> order) {
        List<NodeTuple> tuples = map.getValue();
        int rank = order.indexOf(key);
        NodeTuple after = null;
        for (NodeTuple t : tuples) {
            int r = t.getKeyNode() instanceof ScalarNode k ? order.indexOf(k.getValue()) : -1;
            if (r >= 0 && r < rank) {
                after = t;
            }
        }
        String indent = " ".repeat(column(tuples.get(0).getKeyNode()));
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(indent).append(line).append(newline);
        }
        int depth = indent.length();
        int at;
        if (after != null) {
            at = lineEnd(lastEnd(after.getValueNode()));
        } else {
            at = lineStart(offset(tuples.get(0).getKeyNode().getStartMark()));
            // a mapping that is an item of a sequence starts on the line of its "- ": the new key becomes the
            // item's first key, and the old first key moves to a line of its own
            if (!original.substring(at, offset(tuples.get(0).getKeyNode().getStartMark())).isBlank()) {
                int keyAt = offset(tuples.get(0).getKeyNode().getStartMark());
                splices.add(new Splice(keyAt, keyAt, s.substring(indent.length()) + indent, depth));
                return;
            }
        }
        splices.add(new Splice(at, at, s.toString(), depth));
    }

    /** Removes a key of a block mapping and its value, whole lines. */
    void remove(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                splices.add(new Splice(lineStart(offset(k.getStartMark())), lineEnd(lastEnd(t.getValueNode())), ""));
                return;
            }
        }
    }

    /** Removes an item of a block sequence, whole lines from its {@code -}. */
    void removeItem(Node item) {
        splices.add(new Splice(lineStart(offset(item.getStartMark())), lineEnd(lastEnd(item)), ""));
    }

    /**
     * Appends an item to a block sequence, after its last item, in the indentation of its items.
     *
     * @param seq  the sequence, not empty
     * @param lines  the item's lines without indentation; the first gets {@code - }, the others align with it
     */
    void append(SequenceNode seq, List<String> lines) {
        Node last = seq.getValue().get(seq.getValue().size() - 1);
        int itemColumn = column(last);
        String dash = " ".repeat(Math.max(0, itemColumn - 2)) + "- ";
        String indent = " ".repeat(itemColumn);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            s.append(i == 0 ? dash : indent).append(lines.get(i)).append(newline);
        }
        int at = lineEnd(lastEnd(last));
        splices.add(new Splice(at, at, s.toString(), dash.length() - 2));
    }

    /** @return the line end the file uses: CRLF if any line ends so, else LF */
    String newline() {
        return newline;
    }

    /**
     * Replaces the body: everything after the line that closes the front matter.
     *
     * @param body  the new body, with LF line ends (written with the file's)
     */
    void replaceBody(String body) {
        splices.add(new Splice(lineEnd(yamlEnd), original.length(), body.replace("\n", newline)));
    }

    /** @return the file's text with every change applied */
    String text() {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end)
                .thenComparing(Comparator.comparingInt(Splice::depth).reversed()));
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (Splice x : sorted) {
            if (x.start() < at) {
                throw new IllegalStateException("overlapping edits at " + x.start());
            }
            s.append(original, at, x.start()).append(x.with());
            at = x.end();
        }
        return s.append(original, at, original.length()).toString();
    }

    /**
     * Writes a text as a YAML scalar that the loader reads back as the same text: in the given style where the text
     * allows it (a value written in double quotes stays in double quotes), else as snakeyaml-engine's emitter
     * chooses, on one line.
     */
    static String scalar(String value, ScalarStyle style) {
        ScalarStyle use = value.contains("\n") || value.contains("\r") ? ScalarStyle.DOUBLE_QUOTED
                : style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED ? style : ScalarStyle.PLAIN;
        DumpSettings settings = DumpSettings.builder().setDefaultScalarStyle(use).setWidth(Integer.MAX_VALUE)
                .setSplitLines(false).setSchema(new FailsafeSchema()).build();
        String dumped = new Dump(settings).dumpToString(value);
        return dumped.endsWith("\n") ? dumped.substring(0, dumped.length() - 1) : dumped;
    }

    // ---- positions ------------------------------------------------------------------------------------------

    /** The character offset in the file of a mark of the front matter (marks count code points). */
    private int offset(Optional<Mark> mark) {
        Mark m = mark.orElseThrow();
        String yaml = original.substring(yamlStart);
        return yamlStart + yaml.offsetByCodePoints(0, m.getIndex());
    }

    private int column(Node node) {
        int at = offset(node.getStartMark());
        return original.codePointCount(lineStart(at), at);
    }

    /** The end of the last scalar of a node: block collections end where the next node begins, scalars do not. */
    private int lastEnd(Node node) {
        if (node instanceof MappingNode m && !m.getValue().isEmpty()) {
            return lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode q && !q.getValue().isEmpty()) {
            return lastEnd(q.getValue().get(q.getValue().size() - 1));
        }
        return offset(node.getEndMark());
    }

    private int lineStart(int at) {
        return original.lastIndexOf('\n', at - 1) + 1;
    }

    /** @return the offset after the line end of the line holding {@code at} (or the end of the text) */
    private int lineEnd(int at) {
        int eol = original.indexOf('\n', at);
        return eol < 0 ? original.length() : eol + 1;
    }
}
