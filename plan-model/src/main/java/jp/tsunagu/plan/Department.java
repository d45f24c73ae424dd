package jp.tsunagu.plan;

import java.util.Optional;

/**
 * A department (所属) of the city that runs initiatives.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the id, not null
 * @param name  the name, not null
 * @param parent  id of the parent department, may be empty
 */
public record Department(String id, String name, Optional<String> parent) {
    /**
     * Validates the parts.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param parent  id of the parent department, may be empty
     */
    public Department {
        Checks.id(id, "department id");
        Checks.notBlank(name, "name");
        Checks.notNull(parent, "parent");
    }
}
