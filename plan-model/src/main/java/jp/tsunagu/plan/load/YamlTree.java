package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Front matter parsed with the YAML Failsafe schema (every scalar is text) into a small tree that keeps the
 * file line of every value, so each later conversion error can name its line.
 */
final class YamlTree {
    private YamlTree() {
    }

    /** A YAML value with the 1-based file line it starts on. */
    sealed interface YNode permits YScalar, YList, YMap {
        int line();

        /** @return the shape in Japanese, for messages */
        String shapeName();
    }

    /** Text. */
    record YScalar(String value, int line) implements YNode {
        @Override
        public String shapeName() {
            return "文字";
        }
    }

    /** A sequence. */
    record YList(List<YNode> items, int line) implements YNode {
        @Override
        public String shapeName() {
            return "リスト";
        }
    }

    /** A mapping; entries keep the key's line. */
    record YMap(Map<String, Entry> entries, int line) implements YNode {
        @Override
        public String shapeName() {
            return "項目の組";
        }

        Optional<YNode> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }
    }

    /** A key, its line, and its value. */
    record Entry(String key, int keyLine, YNode value) {
    }

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new FailsafeSchema())
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true)
            .setCodePointLimit(4 * 1024 * 1024)
            .build();

    /** Deeper nesting is refused before composing, which recurses once per level. */
    static final int MAX_DEPTH = 20;

    static Optional<YMap> parse(FrontMatter fm, Issues issues) {
        String rel = fm.file().relativePath();
        Optional<Node> root;
        try {
            Optional<List<Event>> events = withinLimits(fm, issues);
            if (events.isEmpty()) {
                return Optional.empty();
            }
            // composed from the events the check read, as Compose would compose them from a second parse of the text
            root = new Composer(SETTINGS, new Replay(events.get())).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            // an unclosed quote or bracket runs on past its line: the line that opened it is the one to fix
            boolean unclosed = e.getContext() != null && (e.getContext().contains("quoted scalar") || e.getContext().contains("flow"));
            Optional<Mark> mark = unclosed ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + fm.yamlLine()).orElse(fm.yamlLine());
            String before = mark.map(m -> textBefore(fm.yaml(), m)).orElse("");
            issues.add(ValidationCode.E_YAML_SYNTAX, rel, line, "前付けの YAML を読めません: " + explain(e.getProblem(), before)
                    + " 字下げ（半角スペース）、「項目名: 値」の半角コロンとその後の空白、引用符「\"」の閉じ忘れを確認してください。");
            return Optional.empty();
        } catch (YamlEngineException e) {
            issues.add(ValidationCode.E_YAML_SYNTAX, rel, fm.yamlLine(), "前付けの YAML を読めません。"
                    + "字下げと「項目名: 値」の書き方を確認してください。");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            issues.add(ValidationCode.E_FRONT_MATTER_SHAPE, rel, 1, "前付けが空です。「type: …」から始まる項目を書いてください。");
            return Optional.empty();
        }
        YNode tree = convert(root.get(), fm, issues);
        if (tree instanceof YMap map) {
            return Optional.of(map);
        }
        issues.add(ValidationCode.E_FRONT_MATTER_SHAPE, rel, tree.line(), "前付けは「項目名: 値」の組で書いてください（今は"
                + tree.shapeName() + "になっています）。");
        return Optional.empty();
    }

    /**
     * Refuses what would make the tree explode: nesting deeper than {@link #MAX_DEPTH}, and aliases of lists or
     * mappings (one that refers to itself never ends; a chain of them doubles at every step).
     *
     * @return the parse's events, for composing, if the front matter is within the limits; empty if not (reported)
     */
    private static Optional<List<Event>> withinLimits(FrontMatter fm, Issues issues) {
        Set<String> collectionAnchors = new HashSet<>();
        List<Event> events = new ArrayList<>();
        int depth = 0;
        for (Event e : new Parse(SETTINGS).parseString(fm.yaml())) {
            events.add(e);
            int line = e.getStartMark().map(Mark::getLine).orElse(0) + fm.yamlLine();
            if (e instanceof CollectionStartEvent c) {
                c.getAnchor().ifPresent(a -> collectionAnchors.add(a.getValue()));
                if (++depth > MAX_DEPTH) {
                    issues.add(ValidationCode.E_YAML_SYNTAX, fm.file().relativePath(), line, "前付けの入れ子が深すぎます（"
                            + MAX_DEPTH + " 段まで）。字下げと、かっこ「[」「{」の閉じ忘れを確認してください。");
                    return Optional.empty();
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof AliasEvent a && collectionAnchors.contains(a.getAlias().getValue())) {
                issues.add(ValidationCode.E_YAML_SYNTAX, fm.file().relativePath(), line, "前付けでは、リストや項目の組をエイリアス「*"
                        + a.getAlias().getValue() + "」で使い回せません。値をそれぞれの場所にそのまま書いてください。");
                return Optional.empty();
            }
        }
        return Optional.of(events);
    }

    /** The events of one parse, given again to a {@link Composer} in their order. */
    private static final class Replay implements Parser {
        private final List<Event> events;
        private int next;

        Replay(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return hasNext() && events.get(next).getEventId() == choice;
        }

        @Override
        public Event peekEvent() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more events");
            }
            return events.get(next);
        }

        @Override
        public Event next() {
            Event e = peekEvent();
            next++;
            return e;
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }
    }

    private static String textBefore(String yaml, Mark mark) {
        String[] lines = yaml.split("\n", -1);
        String line = mark.getLine() < lines.length ? lines[mark.getLine()] : "";
        return line.substring(0, Math.min(mark.getColumn(), line.length()));
    }

    /**
     * Puts the parser's problem in an editor's words.
     *
     * @param problem  the parser's problem, may be null
     * @param before  the text of the problem line before the problem
     */
    private static String explain(String problem, String before) {
        if (problem == null) {
            return "書き方に誤りがあります。";
        }
        if (problem.contains("mapping values are not allowed")) {
            // "key: a: b" has a colon in a value; "  key: 1" under "other: 2" continues a value from the line above
            return before.contains(": ") ? "値の中に「: 」（コロンと空白）があります。値全体を「\"」で囲んでください。"
                    : "字下げがそろっていません。同じ組の項目は、同じ数の半角スペースで字下げしてください。";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("while scanning a quoted scalar")) {
            return "引用符が閉じていません。";
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return "かっこ「" + (problem.contains("]") ? "[" : "{") + "」が閉じていません。";
        }
        if (problem.contains("expected <block end>") || problem.contains("bad indentation")) {
            return "字下げがそろっていません。";
        }
        return "書き方に誤りがあります。";
    }

    private static int line(Node node, FrontMatter fm) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + fm.yamlLine();
    }

    private static YNode convert(Node node, FrontMatter fm, Issues issues) {
        int line = line(node, fm);
        if (node instanceof ScalarNode s) {
            return new YScalar(s.getValue(), line);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = new ArrayList<>();
            for (Node n : seq.getValue()) {
                items.add(convert(n, fm, issues));
            }
            return new YList(List.copyOf(items), line);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            int keyLine = line(t.getKeyNode(), fm);
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                issues.add(ValidationCode.E_FRONT_MATTER_SHAPE, fm.file().relativePath(), keyLine,
                        "項目名はリストや組ではなく、半角英字の名前にしてください。");
                continue;
            }
            String key = k.getValue();
            if (entries.containsKey(key)) {
                issues.add(ValidationCode.E_KEY_DUPLICATE, fm.file().relativePath(), keyLine, "項目「" + key + "」が2回書かれています（最初は "
                        + entries.get(key).keyLine() + " 行目）。どちらか一方を消してください。");
                continue;
            }
            entries.put(key, new Entry(key, keyLine, convert(t.getValueNode(), fm, issues)));
        }
        return new YMap(java.util.Collections.unmodifiableMap(entries), line);
    }
}
