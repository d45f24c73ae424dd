package jp.tsunagu.plan;

import java.util.List;
import java.util.Optional;

/**
 * An initiative (取組) that serves one or more viewpoints, such as 除雪車ナビ under viewpoint C.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param title  the title, not null
 * @param viewpoints  the viewpoints served, not empty
 * @param department  id of the responsible department, may be empty
 * @param status  the status, not null
 * @param period  the fiscal years it runs, may be empty when not yet scheduled
 * @param summary  one sentence, not null
 * @param indicators  its indicators, not null, may be empty
 * @param glossary  ids of glossary terms used, not null, may be empty
 * @param body  the body, not null
 */
public record Initiative(
        String id,
        String title,
        List<ViewpointCode> viewpoints,
        Optional<String> department,
        InitiativeStatus status,
        Optional<PlanPeriod> period,
        String summary,
        List<Indicator> indicators,
        List<String> glossary,
        MarkdownBody body) {

    /**
     * Validates and copies the parts.
     *
     * @param id  the id, not null
     * @param title  the title, not null
     * @param viewpoints  the viewpoints served, not empty
     * @param department  id of the responsible department, may be empty
     * @param status  the status, not null
     * @param period  the fiscal years it runs, may be empty when not yet scheduled
     * @param summary  one sentence, not null
     * @param indicators  its indicators, not null, may be empty
     * @param glossary  ids of glossary terms used, not null, may be empty
     * @param body  the body, not null
     */
    public Initiative {
        Checks.id(id, "initiative id");
        Checks.notBlank(title, "title");
        viewpoints = Checks.list(viewpoints, "viewpoints");
        if (viewpoints.isEmpty()) {
            throw new PlanModelException("Invalid initiative '" + id + "': at least one viewpoint is required");
        }
        Checks.notNull(department, "department");
        Checks.notNull(status, "status");
        Checks.notNull(period, "period");
        Checks.notBlank(summary, "summary");
        indicators = Checks.list(indicators, "indicators");
        var ids = new java.util.HashSet<String>();
        for (Indicator i : indicators) {
            if (!ids.add(i.id())) {
                throw new PlanModelException("Invalid initiative '" + id + "': indicator id '" + i.id() + "' appears twice");
            }
        }
        glossary = Checks.list(glossary, "glossary");
        Checks.notNull(body, "body");
    }

    /**
     * Finds an indicator by id.
     *
     * @param indicatorId  the id, not null
     * @return the indicator, empty if none
     */
    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * Checks whether the initiative serves a viewpoint.
     *
     * @param code  the viewpoint, not null
     * @return true if served
     */
    public boolean serves(ViewpointCode code) {
        return viewpoints.contains(code);
    }

    /**
     * Checks whether the initiative's period includes a fiscal year; an unscheduled one includes none.
     *
     * @param year  the fiscal year, not null
     * @return true if the year is in the period
     */
    public boolean runsIn(FiscalYear year) {
        return period.map(p -> p.contains(year)).orElse(false);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus  the status, not null
     * @return the initiative, not null
     */
    public Initiative withStatus(InitiativeStatus newStatus) {
        return new Initiative(id, title, viewpoints, department, newStatus, period, summary, indicators, glossary, body);
    }
}
