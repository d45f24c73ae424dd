package jp.tsunagu.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The basic policy (基本方針) of a municipal information plan.
 * <p>
 * A basic policy has an adoption month but no fixed end: it is revised as needed, while action plans
 * run per fiscal year. For example 会津若松市情報化推進計画（基本方針）, adopted 2020-03, under
 * 会津若松市第7次総合計画, with the principle 協働・共創のためのデジタルシフトの推進.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the plan id, not null
 * @param title  the title, not null
 * @param municipality  the owner, not null
 * @param adopted  the month of adoption (策定), not null
 * @param parentPlan  the name of the higher-level plan (上位計画), not null
 * @param legalBases  the laws the plan answers to, not null, may be empty
 * @param basicPrinciple  the basic principle (基本理念), not null
 * @param vision  the vision of the parent plan quoted by this one, may be empty
 * @param parts  the parts of the plan's structure, not null, may be empty
 * @param revisions  the revisions in date order, not null, may be empty
 * @param ratingScale  the default rating scale of action plans, not null, may be empty
 * @param directions  the next-year directions allowed in action plans, not null, may be empty
 * @param glossary  ids of the glossary terms the plan's text uses, not null, may be empty
 * @param body  the body, not null
 * @param progress  how progress statuses are computed (thresholds from {@code progress:} in plan.md), not null
 * @param languages  the languages the plan's items may be written in besides Japanese ({@code languages:} in plan.md),
 *                   in the order of the site's language switch, without repeats, not null, may be empty
 */
public record Plan(
        String id,
        String title,
        Municipality municipality,
        YearMonth adopted,
        String parentPlan,
        List<LegalBasis> legalBases,
        String basicPrinciple,
        Optional<String> vision,
        List<PlanPart> parts,
        List<Revision> revisions,
        RatingScale ratingScale,
        List<String> directions,
        List<String> glossary,
        MarkdownBody body,
        ProgressMethod progress,
        List<Language> languages) {

    /**
     * Validates and copies the parts.
     *
     * @param id  the plan id, not null
     * @param title  the title, not null
     * @param municipality  the owner, not null
     * @param adopted  the month of adoption (策定), not null
     * @param parentPlan  the name of the higher-level plan (上位計画), not null
     * @param legalBases  the laws the plan answers to, not null, may be empty
     * @param basicPrinciple  the basic principle (基本理念), not null
     * @param vision  the vision of the parent plan quoted by this one, may be empty
     * @param parts  the parts of the plan's structure, not null, may be empty
     * @param revisions  the revisions in date order, not null, may be empty
     * @param ratingScale  the default rating scale of action plans, not null, may be empty
     * @param directions  the next-year directions allowed in action plans, not null, may be empty
     * @param glossary  ids of the glossary terms the plan's text uses, not null, may be empty
     * @param body  the body, not null
     * @param progress  how progress statuses are computed, not null
     * @param languages  the languages besides Japanese, in switch order, without repeats, not null, may be empty
     */
    public Plan {
        Checks.id(id, "plan id");
        Checks.notBlank(title, "title");
        Checks.notNull(municipality, "municipality");
        Checks.notNull(adopted, "adopted");
        Checks.notBlank(parentPlan, "parentPlan");
        legalBases = Checks.list(legalBases, "legalBases");
        Checks.notBlank(basicPrinciple, "basicPrinciple");
        Checks.notNull(vision, "vision");
        parts = Checks.list(parts, "parts");
        revisions = Checks.list(revisions, "revisions");
        Checks.notNull(ratingScale, "ratingScale");
        directions = Checks.list(directions, "directions");
        glossary = Checks.list(glossary, "glossary");
        Checks.notNull(body, "body");
        Checks.notNull(progress, "progress");
        languages = Checks.list(languages, "languages");
        if (languages.stream().distinct().count() != languages.size()) {
            throw new PlanModelException("A plan's languages repeat: " + languages);
        }
    }

    /**
     * Creates a plan in the {@linkplain Language#DEFAULTS default languages} (やさしい日本語 and English).
     *
     * @param id  the plan id, not null
     * @param title  the title, not null
     * @param municipality  the owner, not null
     * @param adopted  the month of adoption (策定), not null
     * @param parentPlan  the name of the higher-level plan (上位計画), not null
     * @param legalBases  the laws the plan answers to, not null, may be empty
     * @param basicPrinciple  the basic principle (基本理念), not null
     * @param vision  the vision of the parent plan quoted by this one, may be empty
     * @param parts  the parts of the plan's structure, not null, may be empty
     * @param revisions  the revisions in date order, not null, may be empty
     * @param ratingScale  the default rating scale of action plans, not null, may be empty
     * @param directions  the next-year directions allowed in action plans, not null, may be empty
     * @param glossary  ids of the glossary terms the plan's text uses, not null, may be empty
     * @param body  the body, not null
     * @param progress  how progress statuses are computed, not null
     */
    public Plan(String id, String title, Municipality municipality, YearMonth adopted, String parentPlan,
            List<LegalBasis> legalBases, String basicPrinciple, Optional<String> vision, List<PlanPart> parts,
            List<Revision> revisions, RatingScale ratingScale, List<String> directions, List<String> glossary,
            MarkdownBody body, ProgressMethod progress) {
        this(id, title, municipality, adopted, parentPlan, legalBases, basicPrinciple, vision, parts, revisions,
                ratingScale, directions, glossary, body, progress, Language.DEFAULTS);
    }

    /**
     * Creates a plan that computes progress statuses by the {@linkplain ProgressMethod#DEFAULT default thresholds}.
     *
     * @param id  the plan id, not null
     * @param title  the title, not null
     * @param municipality  the owner, not null
     * @param adopted  the month of adoption (策定), not null
     * @param parentPlan  the name of the higher-level plan (上位計画), not null
     * @param legalBases  the laws the plan answers to, not null, may be empty
     * @param basicPrinciple  the basic principle (基本理念), not null
     * @param vision  the vision of the parent plan quoted by this one, may be empty
     * @param parts  the parts of the plan's structure, not null, may be empty
     * @param revisions  the revisions in date order, not null, may be empty
     * @param ratingScale  the default rating scale of action plans, not null, may be empty
     * @param directions  the next-year directions allowed in action plans, not null, may be empty
     * @param glossary  ids of the glossary terms the plan's text uses, not null, may be empty
     * @param body  the body, not null
     */
    public Plan(String id, String title, Municipality municipality, YearMonth adopted, String parentPlan,
            List<LegalBasis> legalBases, String basicPrinciple, Optional<String> vision, List<PlanPart> parts,
            List<Revision> revisions, RatingScale ratingScale, List<String> directions, List<String> glossary,
            MarkdownBody body) {
        this(id, title, municipality, adopted, parentPlan, legalBases, basicPrinciple, vision, parts, revisions,
                ratingScale, directions, glossary, body, ProgressMethod.DEFAULT);
    }

    /**
     * Returns a copy with one more revision.
     *
     * @param revision  the revision to add, not null
     * @return a plan with the revision added, not null
     */
    public Plan withRevision(Revision revision) {
        var all = new java.util.ArrayList<>(revisions);
        all.add(Checks.notNull(revision, "revision"));
        all.sort(java.util.Comparator.comparing(Revision::date));
        return new Plan(id, title, municipality, adopted, parentPlan, legalBases, basicPrinciple, vision, parts,
                all, ratingScale, directions, glossary, body, progress, languages);
    }
}
