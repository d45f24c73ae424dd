package jp.tsunagu.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The grades used to rate action plan entries, defined in content rather than in code.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ratings  the grades from best to worst, not null, may be empty
 */
public record RatingScale(List<Rating> ratings) {
    /** A scale with no grades: nothing can be rated. */
    public static final RatingScale EMPTY = new RatingScale(List.of());

    /**
     * Validates the grades: codes must be unique.
     *
     * @param ratings  the grades from best to worst, not null, may be empty
     */
    public RatingScale {
        ratings = Checks.list(ratings, "ratings");
        var seen = new HashSet<String>();
        for (Rating r : ratings) {
            if (!seen.add(r.code())) {
                throw new PlanModelException("Invalid rating scale: code '" + r.code() + "' appears twice");
            }
        }
    }

    /**
     * Finds a grade by code.
     *
     * @param code  the code, not null
     * @return the grade, empty if the scale has no such code
     */
    public Optional<Rating> find(String code) {
        return ratings.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Checks whether the scale has no grades.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return ratings.isEmpty();
    }
}
