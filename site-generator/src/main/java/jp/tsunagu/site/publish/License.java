package jp.tsunagu.site.publish;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence (利用条件) the open data is published under: a name readers understand and the address of its
 * terms, such as {@code License.of("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")}.
 * <p>
 * Tsunagu never chooses a licence for a city: the build is told one (Maven parameters
 * {@code tsunagu.license.name} and {@code tsunagu.license.url}), or the open-data page says none is given.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the name shown to readers, such as {@code CC BY 4.0} or {@code 公共データ利用規約（第1.0版）}, not blank
 * @param url  the absolute address of the licence's terms, not null
 */
public record License(String name, URI url) {

    /**
     * Validates the parts.
     *
     * @param name  the name shown to readers, such as {@code CC BY 4.0} or {@code 公共データ利用規約（第1.0版）}, not blank
     * @param url  the absolute address of the licence's terms, not null
     */
    public License {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Invalid licence name (must not be blank): '" + name + "'");
        }
        if (!url.isAbsolute() || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
            throw new IllegalArgumentException("Invalid licence URL (must be an absolute http(s) address): '" + url + "'");
        }
    }

    /**
     * Obtains a licence from its name and the address of its terms.
     *
     * @param name  the name, not blank
     * @param url  the absolute http(s) address, not null
     * @return the licence, not null
     * @throws IllegalArgumentException if the name is blank or the address not absolute
     */
    public static License of(String name, String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new License(name, URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid licence URL (must be an absolute http(s) address): '" + url + "'", e);
        }
    }

    /**
     * Gets the Open Definition / SPDX identifier of a well-known licence, which Frictionless Data Packages put in a
     * licence's {@code name}: {@code CC-BY-4.0}, {@code CC-BY-SA-4.0} or {@code CC0-1.0}.
     *
     * @return the identifier, empty for other licences (such as 公共データ利用規約)
     */
    public Optional<String> openDefinitionId() {
        String u = url.toString().replaceFirst("^https?://", "").replaceFirst("/(deed|legalcode)(\\.[a-z-]+)?$", "/");
        u = u.endsWith("/") ? u : u + "/";
        return switch (u) {
            case "creativecommons.org/licenses/by/4.0/" -> Optional.of("CC-BY-4.0");
            case "creativecommons.org/licenses/by-sa/4.0/" -> Optional.of("CC-BY-SA-4.0");
            case "creativecommons.org/publicdomain/zero/1.0/" -> Optional.of("CC0-1.0");
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return name + " <" + url + ">";
    }
}
