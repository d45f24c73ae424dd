package jp.tsunagu.plan;

import java.util.Optional;

/**
 * The local government that owns a plan, such as {@code Municipality.of("会津若松市", "072028")}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the Japanese name, not null
 * @param code  the 全国地方公共団体コード, not null
 * @param nameEn  the English name, may be empty
 */
public record Municipality(String name, MunicipalityCode code, Optional<String> nameEn) {
    /**
     * Validates the parts.
     *
     * @param name  the Japanese name, not null
     * @param code  the 全国地方公共団体コード, not null
     * @param nameEn  the English name, may be empty
     */
    public Municipality {
        Checks.notBlank(name, "municipality name");
        Checks.notNull(code, "municipality code");
        Checks.notNull(nameEn, "nameEn");
    }

    /**
     * Obtains a municipality from its name and code.
     *
     * @param name  the Japanese name, not null
     * @param code  the six-digit code, not null
     * @return the municipality, not null
     */
    public static Municipality of(String name, String code) {
        return new Municipality(name, MunicipalityCode.parse(code), Optional.empty());
    }
}
