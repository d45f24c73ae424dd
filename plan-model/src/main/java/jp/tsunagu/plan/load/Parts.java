package jp.tsunagu.plan.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tsunagu.plan.ActionPlanEntry;
import jp.tsunagu.plan.AnnualReview;
import jp.tsunagu.plan.Department;
import jp.tsunagu.plan.FiscalYear;
import jp.tsunagu.plan.GlossaryTerm;
import jp.tsunagu.plan.GovernanceBody;
import jp.tsunagu.plan.Initiative;
import jp.tsunagu.plan.MarkdownBody;
import jp.tsunagu.plan.OodaCycle;
import jp.tsunagu.plan.Page;
import jp.tsunagu.plan.Plan;
import jp.tsunagu.plan.RatingScale;
import jp.tsunagu.plan.ReferenceMaterial;
import jp.tsunagu.plan.Viewpoint;

/** What the binders produced from every file, before the cross-file checks and assembly. */
final class Parts {
    /** An action plan's own file ({@code _index.md}); its entries come from the other files of its folder. */
    record ActionPlanHead(FiscalYear year, String title, Optional<LocalDate> published, Optional<RatingScale> ownScale,
            MarkdownBody body, Doc doc) {
    }

    /**
     * An annual review file that has errors, so is not in {@link #reviews}: the year its name stands for (empty
     * if it stands for none) and the OODA cycles its {@code ooda_cycles} names, as far as they could be read.
     */
    record BrokenReview(Optional<FiscalYear> year, List<String> cycles) {
    }

    final List<Bound<Plan>> plans = new ArrayList<>();
    final List<Bound<Viewpoint>> viewpoints = new ArrayList<>();
    final List<Bound<Initiative>> initiatives = new ArrayList<>();
    final List<Bound<Department>> departments = new ArrayList<>();
    final List<Bound<GovernanceBody>> governance = new ArrayList<>();
    final List<ActionPlanHead> actionPlans = new ArrayList<>();
    final List<Bound<ActionPlanEntry>> entries = new ArrayList<>();
    final List<Bound<OodaCycle>> cycles = new ArrayList<>();
    final List<Bound<AnnualReview>> reviews = new ArrayList<>();
    final List<BrokenReview> brokenReviews = new ArrayList<>();
    final List<Bound<GlossaryTerm>> glossary = new ArrayList<>();
    final List<Bound<ReferenceMaterial>> references = new ArrayList<>();
    final List<Bound<Page>> pages = new ArrayList<>();
}
