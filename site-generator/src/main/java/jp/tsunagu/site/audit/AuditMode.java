package jp.tsunagu.site.audit;

import java.util.Map;

/**
 * How a page is shown to the audit: the display settings a resident's system may ask for, emulated in Chromium
 * with CDP {@code Emulation.setEmulatedMedia}. Each page is loaded once and audited in every mode in turn.
 */
public enum AuditMode {
    /** The default: light colours. */
    LIGHT("ライト", Map.of("prefers-color-scheme", "light")),
    /** The system's dark mode ({@code prefers-color-scheme: dark}). */
    DARK("ダーク", Map.of("prefers-color-scheme", "dark")),
    /** The system asks for more contrast ({@code prefers-contrast: more}). */
    MORE_CONTRAST("コントラスト強調", Map.of("prefers-color-scheme", "light", "prefers-contrast", "more")),
    /** Windows' contrast themes and similar ({@code forced-colors: active}). */
    FORCED_COLORS("強制カラー", Map.of("prefers-color-scheme", "light", "forced-colors", "active"));

    private final String label;
    private final Map<String, String> features;

    AuditMode(String label, Map<String, String> features) {
        this.label = label;
        this.features = features;
    }

    /**
     * Returns the Japanese name shown in the report, such as {@code ダーク}.
     *
     * @return the name, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the CSS media features emulated, such as {@code prefers-color-scheme: dark}.
     *
     * @return the features, not null
     */
    public Map<String, String> features() {
        return features;
    }
}
