package jp.tsunagu.site.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.site.assemble.Views.Link;
import jp.tsunagu.site.render.Page;

/** The annual reviews (年次評価): the list of years and a page per review with the OODA cycles it took up. */
final class ReviewsSection implements SiteSection {
    private final Assembly assembly;
    private final PlanModel model;
    private final PlanViews views;

    ReviewsSection(Assembly assembly) {
        this.assembly = assembly;
        this.model = assembly.model();
        this.views = new PlanViews(model);
    }

    @Override
    public List<Page> pages() {
        if (model.reviews().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        pages.add(assembly.page(SitePaths.REVIEWS, "reviews.ftlh", "年次評価", "年度ごとの計画の評価（PDCAの評価・改善）。",
                Assembly.crumbs(), "reviews", Map.of("years", model.reviews().stream().map(PlanViews::reviewLink).toList())));
        for (AnnualReview r : model.reviews()) {
            String path = SitePaths.review(r.fiscalYear());
            String root = SitePaths.root(path);
            List<Views.CycleView> cycles = r.oodaCycles().stream()
                    .flatMap(id -> model.oodaCycles().stream().filter(c -> c.id().equals(id))).map(views::cycle).toList();
            Views.ReviewView view = new Views.ReviewView(r.fiscalYear().toWareki() + "（" + r.fiscalYear().year() + "年度）",
                    Dates.ja(r.reviewed()), r.reviewed().toString(),
                    r.reviewedBy().flatMap(model::governanceBody).map(GovernanceBody::name).orElse(""),
                    assembly.sections(r.body(), List.of(), root), cycles);
            pages.add(assembly.page(path, "review.ftlh", r.fiscalYear().toWareki() + "の年次評価",
                    r.fiscalYear().toWareki() + "の計画の評価と改善。", Assembly.crumbs(new Link("年次評価", SitePaths.REVIEWS)),
                    "reviews", Map.of("review", view)));
        }
        return List.copyOf(pages);
    }
}
