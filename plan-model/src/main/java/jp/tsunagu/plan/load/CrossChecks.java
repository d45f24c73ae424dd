package jp.tsunagu.plan.load;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.Actual;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * Checks that need more than one file: references inside an initiative's indicators, ratings against the
 * year's scale, years against periods, parent chains, and plan-changing OODA cycles no review took up.
 */
final class CrossChecks {
    private CrossChecks() {
    }

    static void run(Parts parts, Issues issues, Registry registry, LocalDate today) {
        registry.checkReferences();
        Optional<Plan> plan = parts.plans.size() == 1 ? Optional.of(parts.plans.get(0).value()) : Optional.empty();
        Map<String, Initiative> initiatives = parts.initiatives.stream()
                .collect(Collectors.toMap(b -> b.value().id(), Bound::value, (a, b) -> a));
        Map<Integer, Parts.ActionPlanHead> heads = parts.actionPlans.stream()
                .collect(Collectors.toMap(h -> h.year().year(), Function.identity(), (a, b) -> a));

        for (Bound<ActionPlanEntry> b : parts.entries) {
            ActionPlanEntry e = b.value();
            Doc doc = b.doc();
            Parts.ActionPlanHead head = heads.get(e.fiscalYear().year());
            // a broken _index.md reports its own errors; its entries are not checked against a guess
            boolean headBroken = head == null && issues.errorsIn(String.join("/", doc.folders()) + "/_index.md") > 0;
            if (head == null && !headBroken) {
                doc.error(ValidationCode.E_FILE_PLACE, 0, e.fiscalYear().year() + "年度のアクションプランの「_index.md」がありません。"
                        + "同じフォルダに type: action_plan の _index.md を作ってください。");
            }
            Initiative initiative = initiatives.get(e.initiative());
            if (initiative != null) {
                checkEntry(doc, e, initiative);
            }
            Optional<RatingScale> scale = head != null && head.ownScale().isPresent() ? head.ownScale()
                    : headBroken ? Optional.empty() : plan.map(Plan::ratingScale);
            e.rating().ifPresent(r -> scale.ifPresent(s -> {
                if (s.find(r).isEmpty()) {
                    List<String> codes = s.ratings().stream().map(x -> x.code()).toList();
                    doc.error(ValidationCode.E_REF_RATING, doc.line("rating"), "評価「" + r + "」は評価の尺度にありません。"
                            + (codes.isEmpty() ? "plan.md か _index.md に rating_scale を定めてください。"
                                    : Nearest.hint(r, codes) + "使える評価: " + String.join("、", codes) + "。"));
                }
            }));
            // without a plan (missing or broken, reported as such) there is nothing to check the direction against
            Optional<List<String>> planDirections = plan.map(Plan::directions);
            e.nextDirection().ifPresent(d -> planDirections.ifPresent(directions -> {
                if (!directions.contains(d)) {
                    doc.error(ValidationCode.E_REF_DIRECTION, doc.line("next_direction"), "次年度の方向性「" + d + "」は計画で定められていません。"
                            + (directions.isEmpty() ? "plan.md に directions を定めてください。"
                                    : Nearest.hint(d, directions) + "使える値: " + String.join("、", directions) + "。"));
                }
            }));
        }

        YearChecks.run(parts, initiatives, today);

        checkParents(parts.governance.stream().map(b -> new Node(b.value().id(), b.value().parent(), b.doc())).toList(),
                "推進体制", issues);
        checkParents(parts.departments.stream().map(b -> new Node(b.value().id(), b.value().parent(), b.doc())).toList(),
                "所属", issues);

        for (Bound<OodaCycle> b : parts.cycles) {
            OodaCycle c = b.value();
            if (!c.requiresPlanRevision()) {
                continue;
            }
            // a review with errors of its own that names the cycle takes it up as far as can be told: its errors are
            // reported, and the warning comes back only if the review, once fixed, does not take the cycle up
            boolean taken = parts.reviews.stream().anyMatch(r -> r.value().tookUp(c.id())
                    && !r.value().fiscalYear().isBefore(c.fiscalYear()))
                    || parts.brokenReviews.stream().anyMatch(r -> r.cycles().contains(c.id())
                            && r.year().map(y -> !y.isBefore(c.fiscalYear())).orElse(true));
            if (!taken) {
                b.doc().error(ValidationCode.W_OODA_UNREVIEWED, b.doc().line("requires_plan_revision"), "この OODA サイクル「" + c.id()
                        + "」は計画の見直しが必要とされていますが、" + c.fiscalYear().toWareki() + "以降の年次評価（reviews/）で取り上げられていません。"
                        + "次の年次評価の ooda_cycles にこの ID を加えてください。");
            }
        }
    }

    private static void checkEntry(Doc doc, ActionPlanEntry e, Initiative initiative) {
        initiative.period().ifPresent(p -> {
            if (!p.contains(e.fiscalYear())) {
                doc.error(ValidationCode.E_FY_PERIOD, doc.line("initiative"), e.fiscalYear().year() + "年度は取組「" + initiative.id()
                        + "」の期間 " + p + " の外です。取組の period を直すか、このファイルを期間内の年度のフォルダに移してください。");
            }
        });
        List<String> ids = initiative.indicators().stream().map(i -> i.id()).toList();
        List<Actual> actuals = e.actuals();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < actuals.size(); k++) {
            Actual a = actuals.get(k);
            int line = doc.line("actuals[" + k + "].indicator");
            if (!ids.contains(a.indicator())) {
                doc.error(ValidationCode.E_REF_INDICATOR, line, "指標「" + a.indicator() + "」は取組「" + initiative.id() + "」にありません。"
                        + Nearest.hint(a.indicator(), ids) + (ids.isEmpty() ? "取組のファイルに indicators を定めてください。"
                                : "使える指標: " + String.join(", ", ids) + "。"));
            } else if (!seen.add(a.indicator())) {
                doc.error(ValidationCode.E_DUP_ID, line, "指標「" + a.indicator() + "」の実績が2回書かれています。1つにまとめてください。");
            }
        }
    }

    private record Node(String id, Optional<String> parent, Doc doc) {
    }

    private static void checkParents(List<Node> nodes, String what, Issues issues) {
        Map<String, Node> byId = nodes.stream().collect(Collectors.toMap(Node::id, n -> n, (a, b) -> a));
        for (Node start : nodes) {
            Set<String> path = new java.util.LinkedHashSet<>();
            Node n = start;
            while (n != null && path.add(n.id())) {
                n = n.parent().map(byId::get).orElse(null);
            }
            if (n != null && n.id().equals(start.id())) {
                start.doc().error(ValidationCode.E_REF_CYCLE, start.doc().line("parent"), what + "の parent がたどると元に戻ります（"
                        + String.join(" → ", path) + " → " + start.id() + "）。どこかの parent を上位の組織に直してください。");
            }
        }
    }
}
