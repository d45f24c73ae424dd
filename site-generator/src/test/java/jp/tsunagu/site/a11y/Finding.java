package jp.tsunagu.site.a11y;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One problem a site audit found on one page in one mode, such as an axe rule broken in dark mode
 * without JavaScript, a link the keyboard cannot reach, or a page that scrolls sideways at 320 px.
 *
 * @param page   the page, relative to the site root, such as {@code pages/お知らせ.html}, not null
 * @param mode   how the page was shown, such as {@code dark, JavaScript off}, not null
 * @param rule   what is broken, such as {@code color-contrast (serious)} or {@code keyboard-unreachable}, not null
 * @param detail the elements concerned and what is wrong with them, not null
 */
record Finding(String page, String mode, String rule, String detail) {

    Finding {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * Writes findings as one message, one line per page, rule and detail, naming all the modes in
     * which it was seen, so that a problem common to four modes takes one line, not four.
     *
     * @param title    what was audited, such as {@code axe on city (37 pages × 4 modes)}, not null
     * @param findings the findings, not null, may be empty
     * @return the message, not null
     */
    static String report(String title, List<Finding> findings) {
        Map<List<String>, Set<String>> modes = new LinkedHashMap<>();
        for (Finding f : findings) {
            modes.computeIfAbsent(List.of(f.page, f.rule, f.detail), key -> new LinkedHashSet<>()).add(f.mode);
        }
        StringBuilder message = new StringBuilder()
                .append(title).append(": ").append(modes.size()).append(" problem(s)");
        modes.forEach((key, where) -> message.append("\n  ").append(key.get(0))
                .append(" [").append(String.join("; ", where)).append("] ")
                .append(key.get(1)).append(": ").append(key.get(2)));
        return message.toString();
    }
}
