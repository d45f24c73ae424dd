package jp.tsunagu.site.enrich;

import java.util.List;

/**
 * What {@code language-switch.ftlh} shows on a page: one choice per language, and the alternates for
 * {@code <link rel="alternate" hreflang>} in the head.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param label  the name of the switch, in the page's language (for {@code aria-label}), not null
 * @param choices  one per language, the original Japanese first, not null
 * @param alternates  the pages that exist in each language, the page itself included; empty when the page is
 *                    only in Japanese, not null
 */
public record LanguageSwitch(String label, List<Choice> choices, List<Alternate> alternates) {
    /**
     * Copies the lists.
     *
     * @param label  the name of the switch, in the page's language (for {@code aria-label}), not null
     * @param choices  one per language, the original Japanese first, not null
     * @param alternates  the pages that exist in each language, the page itself included; empty when the page is
     *                    only in Japanese, not null
     */
    public LanguageSwitch {
        choices = List.copyOf(choices);
        alternates = List.copyOf(alternates);
    }

    /**
     * One language of the switch.
     *
     * @param name  the language's own name, such as {@code 简体中文}, not null
     * @param note  when the page is not written in this language, a note saying so, in the language's chrome, such as
     *              {@code (Japanese only)}; else empty, not null
     * @param noteLang  the language of the note where it differs from {@code lang} (a language without chrome of its
     *                  own has English notes), else empty, not null
     * @param lang  the language of the name, for {@code lang}, not null
     * @param hreflang  the language of the page the link leads to, for {@code hreflang}, not null
     * @param href  the page, from the site root, not null
     * @param current  true for the page's own language
     * @param fallback  true when the page is not written in this language and the link leads to the original
     */
    public record Choice(String name, String note, String noteLang, String lang, String hreflang, String href, boolean current,
            boolean fallback) {
        /** @return the name and the note, as one text, such as {@code English (Japanese only)}, not null */
        public String label() {
            return note.isEmpty() ? name : name + " " + note;
        }
    }

    /**
     * A version of the page in one language.
     *
     * @param hreflang  its BCP 47 tag, not null
     * @param href  the page, from the site root, not null
     */
    public record Alternate(String hreflang, String href) {
    }
}
