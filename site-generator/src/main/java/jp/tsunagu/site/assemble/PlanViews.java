package jp.tsunagu.site.assemble;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlan;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.Viewpoint;
import jp.tsunagu.plan.ViewpointCode;
import jp.tsunagu.site.assemble.Views.Link;

/**
 * The views of plan items that several sections show: links to viewpoints and reviews, initiative cards, OODA cycles,
 * numbers with their unit and ratings with their label.
 * <p>
 * This class is immutable and thread-safe as long as the model is.
 */
final class PlanViews {
    private final PlanModel model;

    PlanViews(PlanModel model) {
        this.model = model;
    }

    List<Views.ViewpointCard> viewpointCards() {
        return model.viewpoints().stream().map(v -> new Views.ViewpointCard(v.code().letter(), v.name(), v.summary(),
                SitePaths.viewpoint(v.code()), model.initiativesFor(v.code()).size())).toList();
    }

    static Link viewpointLink(Viewpoint v) {
        return new Link(v.code().letter() + " " + v.name(), SitePaths.viewpoint(v.code()));
    }

    List<Link> viewpointLinks(List<ViewpointCode> codes) {
        return codes.stream().map(c -> new Link(c.letter() + " " + model.viewpoint(c).map(Viewpoint::name).orElse(""),
                SitePaths.viewpoint(c))).toList();
    }

    Views.InitiativeCard card(Initiative i) {
        return new Views.InitiativeCard(i.id(), i.title(), i.summary(), SitePaths.initiative(i.id()), i.status().label(),
                departmentName(i.department()), viewpointLinks(i.viewpoints()), period(i));
    }

    String departmentName(Optional<String> id) {
        return id.flatMap(model::department).map(Department::name).orElse("");
    }

    static String period(Initiative i) {
        return i.period().map(p -> p.start().toWareki() + "から" + p.end().map(e -> e.toWareki() + "まで").orElse("（終了年度の定めなし）"))
                .orElse("");
    }

    static Link reviewLink(AnnualReview r) {
        return new Link(r.fiscalYear().toWareki() + "の年次評価", SitePaths.review(r.fiscalYear()));
    }

    Views.CycleView cycle(OodaCycle c) {
        List<Views.Step> steps = new ArrayList<>();
        steps.add(step("観察（Observe）", c.observed(), c.body(), "観察"));
        steps.add(step("情勢判断（Orient）", c.oriented(), c.body(), "情勢判断"));
        steps.add(step("意思決定（Decide）", c.decided(), c.body(), "意思決定"));
        c.acted().ifPresent(a -> steps.add(step("行動（Act）", a, c.body(), "行動")));
        Link initiative = c.initiative().flatMap(model::initiative)
                .map(i -> new Link(i.title(), SitePaths.initiative(i.id()))).orElse(new Link("計画全体", SitePaths.POLICY));
        List<Link> reviews = model.reviews().stream().filter(r -> r.tookUp(c.id())).map(PlanViews::reviewLink).toList();
        String anchor = c.initiative().map(SitePaths::initiative).orElse(SitePaths.OODA) + "#ooda-" + c.id();
        return new Views.CycleView(c.id(), c.title(), c.decisionLevel().label(),
                c.decidedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""), c.requiresPlanRevision(),
                steps, initiative, reviews, anchor);
    }

    private static Views.Step step(String label, LocalDate date, MarkdownBody body, String heading) {
        return new Views.Step(label, Dates.ja(date), date.toString(),
                body.section(heading).map(Assembly::markdown).orElse(""));
    }

    /** @return the number grouped by thousands, with its unit: {@code 12,500 件} */
    static String number(BigDecimal v, String unit) {
        String plain = v.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean negative = intPart.startsWith("-");
        String digits = negative ? intPart.substring(1) : intPart;
        StringBuilder grouped = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(k));
        }
        return (negative ? "-" : "") + grouped + frac + (unit.isBlank() ? "" : " " + unit);
    }

    /** @return the rating with its label, {@code A（順調）}, or the code if the scale does not know it */
    static String ratingText(ActionPlan ap, String code) {
        return ap.ratingScale().find(code).map(r -> r.code() + "（" + r.label() + "）").orElse(code);
    }
}
