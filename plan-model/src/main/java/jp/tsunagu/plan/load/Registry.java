package jp.tsunagu.plan.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Every id content defines and every reference it makes, with file and line, so duplicates and dangling
 * references are found after all files are read, whatever their order.
 */
final class Registry {
    /** A place in a file. */
    record Place(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private record Ref(RefKind kind, String id, Place place, String context) {
    }

    private final Map<RefKind, Map<String, Place>> defs = new EnumMap<>(RefKind.class);
    private final List<Ref> refs = new ArrayList<>();
    private final Issues issues;

    Registry(Issues issues) {
        this.issues = issues;
    }

    void define(RefKind kind, String id, Place place) {
        Map<String, Place> ids = defs.computeIfAbsent(kind, k -> new TreeMap<>());
        Place first = ids.putIfAbsent(id, place);
        if (first != null) {
            issues.add(ValidationCode.E_DUP_ID, place.file(), place.line(), kind.label + "の ID「" + id + "」は "
                    + first + " でも使われています。ID は重ならないように、どちらかを別の名前に変えてください。");
        }
    }

    void refer(RefKind kind, String id, Place place, String context) {
        refs.add(new Ref(kind, id, place, context));
    }

    boolean isDefined(RefKind kind, String id) {
        return defs.getOrDefault(kind, Map.of()).containsKey(id);
    }

    java.util.Set<String> ids(RefKind kind) {
        return defs.getOrDefault(kind, Map.of()).keySet();
    }

    Place placeOf(RefKind kind, String id) {
        return defs.getOrDefault(kind, Map.of()).get(id);
    }

    /** Reports every reference to an undefined id, with the nearest defined id as a hint. */
    void checkReferences() {
        for (Ref r : refs) {
            // a file named after the id that failed to load has reported why; a second error here would mislead
            if (isDefined(r.kind(), r.id()) || issues.errorsIn(r.kind().folder + r.id() + ".md") > 0) {
                continue;
            }
            java.util.Set<String> known = ids(r.kind());
            String hint = Nearest.hint(r.id(), known);
            String available = known.isEmpty() ? r.kind().folder + " にはまだ何も定義されていません。"
                    : "使える値: " + String.join(", ", known.stream().limit(12).toList()) + (known.size() > 12 ? " …" : "") + "。";
            issues.add(r.kind().unknownCode, r.place().file(), r.place().line(), r.context() + "の" + r.kind().label + "「" + r.id()
                    + "」は定義されていません。" + hint + "既にある ID を書くか、" + r.kind().folder + " にその ID のファイルを作ってください。" + available);
        }
    }
}
