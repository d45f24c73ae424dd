package jp.tsunagu.plan.load;

import java.util.Map;
import java.util.Optional;

import jp.tsunagu.plan.PlanModel;
import jp.tsunagu.plan.validate.PlanValidationException;
import jp.tsunagu.plan.validate.ValidationReport;

/**
 * The outcome of loading a content folder: a model when there were no errors, and always the report.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param model  the model, empty when the report has errors
 * @param report  every issue found, not null, may be empty
 * @param sources  the file of each item, keyed like {@code initiative/snow-plow-navi}, {@code viewpoint/E},
 *                 {@code action-plan/2021}, {@code entry/2021/snow-plow-navi}, {@code plan}; not null
 */
public record LoadResult(Optional<PlanModel> model, ValidationReport report, Map<String, String> sources) {
    /**
     * Validates and copies the parts.
     *
     * @param model  the model, empty when the report has errors
     * @param report  every issue found, not null, may be empty
     * @param sources  the file of each item, keyed like {@code initiative/snow-plow-navi}, {@code viewpoint/E},
     *                 {@code action-plan/2021}, {@code entry/2021/snow-plow-navi}, {@code plan}; not null
     */
    public LoadResult {
        java.util.Objects.requireNonNull(model, "model");
        java.util.Objects.requireNonNull(report, "report");
        sources = Map.copyOf(sources);
        if (model.isPresent() == report.hasErrors()) {
            throw new IllegalArgumentException("a model must be present exactly when the report has no errors");
        }
    }

    /**
     * Gets the model, or throws with the whole report.
     *
     * @return the model, not null
     * @throws PlanValidationException if the content has errors
     */
    public PlanModel orElseThrow() {
        return model.orElseThrow(() -> new PlanValidationException(report));
    }

    /**
     * Gets the content file an item came from.
     *
     * @param key  a key such as {@code initiative/snow-plow-navi}, not null
     * @return the path relative to the content root, empty if unknown
     */
    public Optional<String> sourceOf(String key) {
        return Optional.ofNullable(sources.get(key));
    }
}
