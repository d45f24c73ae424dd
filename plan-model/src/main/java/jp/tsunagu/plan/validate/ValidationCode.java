package jp.tsunagu.plan.validate;

/**
 * The stable codes of validation issues. A code never changes meaning; tools and editors may rely on it.
 */
public enum ValidationCode {
    /** The file is not valid UTF-8 (for example Shift_JIS or UTF-16). */
    E_ENCODING("E-ENCODING", Severity.ERROR),
    /** The file holds a NUL byte: it is binary, not text. */
    E_BINARY("E-BINARY", Severity.ERROR),
    /** The file is too large to be a content file. */
    E_FILE_SIZE("E-FILE-SIZE", Severity.ERROR),
    /** The file could not be read. */
    E_IO("E-IO", Severity.ERROR),
    /**
     * A file or folder name has a character that cannot stand in a web address or on every file system: a space
     * (half- or full-width) or one of {@code \ : * ? " < > | # %}.
     */
    E_FILE_NAME("E-FILE-NAME", Severity.ERROR),
    /**
     * Two files would be published under one name: their names differ only in upper and lower case or in how a
     * character is composed (が as one character or as か and a combining mark), or, as the site generator
     * reports, they make the same page address.
     */
    E_NAME_CLASH("E-NAME-CLASH", Severity.ERROR),
    /** The file does not start with front matter. */
    E_FRONT_MATTER_MISSING("E-FRONT-MATTER-MISSING", Severity.ERROR),
    /** The front matter has no closing {@code ---}. */
    E_FRONT_MATTER_UNCLOSED("E-FRONT-MATTER-UNCLOSED", Severity.ERROR),
    /** The front matter is not valid YAML. */
    E_YAML_SYNTAX("E-YAML-SYNTAX", Severity.ERROR),
    /** A tab is used for indentation. */
    E_YAML_TAB("E-YAML-TAB", Severity.ERROR),
    /** A full-width colon {@code ：} from the Japanese IME stands where {@code :} is needed. */
    E_IME_COLON("E-IME-COLON", Severity.ERROR),
    /** A full-width space {@code 　} from the Japanese IME stands in indentation. */
    E_IME_SPACE("E-IME-SPACE", Severity.ERROR),
    /** The front matter is not a mapping of keys to values. */
    E_FRONT_MATTER_SHAPE("E-FRONT-MATTER-SHAPE", Severity.ERROR),
    /** The {@code type} key names no known type. */
    E_TYPE_UNKNOWN("E-TYPE-UNKNOWN", Severity.ERROR),
    /** A key is not known for this type. */
    E_KEY_UNKNOWN("E-KEY-UNKNOWN", Severity.ERROR),
    /** A required key is missing. */
    E_KEY_REQUIRED("E-KEY-REQUIRED", Severity.ERROR),
    /** A key is written twice in one mapping. */
    E_KEY_DUPLICATE("E-KEY-DUPLICATE", Severity.ERROR),
    /** A value has the wrong shape: a list where text is needed, or the reverse. */
    E_VALUE_SHAPE("E-VALUE-SHAPE", Severity.ERROR),
    /** A value is empty where text is needed. */
    E_VALUE_EMPTY("E-VALUE-EMPTY", Severity.ERROR),
    /** A date is not written as YYYY-MM-DD. */
    E_VALUE_DATE("E-VALUE-DATE", Severity.ERROR),
    /** A number is not a number. */
    E_VALUE_NUMBER("E-VALUE-NUMBER", Severity.ERROR),
    /** A fiscal year is not a fiscal year. */
    E_VALUE_FISCAL_YEAR("E-VALUE-FISCAL-YEAR", Severity.ERROR),
    /** A value is not one of the allowed words. */
    E_VALUE_ENUM("E-VALUE-ENUM", Severity.ERROR),
    /** An id is not lower-case ASCII letters, digits and {@code -}. */
    E_VALUE_ID("E-VALUE-ID", Severity.ERROR),
    /** Another invalid value (municipality code, reading, period). */
    E_VALUE_INVALID("E-VALUE-INVALID", Severity.ERROR),
    /** Two files define the same id. */
    E_DUP_ID("E-DUP-ID", Severity.ERROR),
    /** An id or code differs from the file name it must match. */
    E_ID_FILE_NAME("E-ID-FILE-NAME", Severity.ERROR),
    /** There is no {@code plan.md}, or more than one plan. */
    E_PLAN_MISSING("E-PLAN-MISSING", Severity.ERROR),
    /**
     * A file lies where no type is expected, its type does not fit its folder, it links outside the content folder,
     * or it is an action plan entry whose folder has no {@code _index.md} (the entry would be lost).
     */
    E_FILE_PLACE("E-FILE-PLACE", Severity.ERROR),
    /** A viewpoint code refers to no viewpoint. */
    E_REF_VIEWPOINT("E-REF-VIEWPOINT", Severity.ERROR),
    /** A department id refers to no department. */
    E_REF_DEPARTMENT("E-REF-DEPARTMENT", Severity.ERROR),
    /** An initiative id refers to no initiative. */
    E_REF_INITIATIVE("E-REF-INITIATIVE", Severity.ERROR),
    /** An indicator id refers to no indicator of the initiative. */
    E_REF_INDICATOR("E-REF-INDICATOR", Severity.ERROR),
    /** A governance body id refers to no governance body. */
    E_REF_GOVERNANCE("E-REF-GOVERNANCE", Severity.ERROR),
    /** A glossary id refers to no glossary term. */
    E_REF_GLOSSARY("E-REF-GLOSSARY", Severity.ERROR),
    /** An OODA cycle id refers to no OODA cycle. */
    E_REF_OODA("E-REF-OODA", Severity.ERROR),
    /** A rating code is not on the year's rating scale. */
    E_REF_RATING("E-REF-RATING", Severity.ERROR),
    /** A next-year direction is not one of the plan's directions. */
    E_REF_DIRECTION("E-REF-DIRECTION", Severity.ERROR),
    /** A parent chain loops back on itself. */
    E_REF_CYCLE("E-REF-CYCLE", Severity.ERROR),
    /** A fiscal year differs from the folder or file name it must match. */
    E_FY_FOLDER("E-FY-FOLDER", Severity.ERROR),
    /** A fiscal year lies outside the initiative's period. */
    E_FY_PERIOD("E-FY-PERIOD", Severity.ERROR),
    /** The dates of an OODA cycle are out of order. */
    E_OODA_ORDER("E-OODA-ORDER", Severity.ERROR),
    /**
     * A link or image in a Markdown body uses a scheme other than {@code https}, {@code http}, {@code mailto} and
     * {@code tel}, such as {@code javascript:} or {@code data:}, which could run script in a reader's browser.
     */
    E_LINK_SCHEME("E-LINK-SCHEME", Severity.ERROR),
    /**
     * A relative link in a Markdown body climbs out of the published site ({@code ../} past the site's root). Reported
     * by the site generator, which knows the address of each page the text appears on.
     */
    E_LINK_OUTSIDE("E-LINK-OUTSIDE", Severity.ERROR),
    /**
     * A language variant ({@code x.en.md}, {@code x.easy.md}) has no original file {@code x.md} beside it, or one
     * that is not a content file.
     */
    E_VARIANT_ORIGINAL("E-VARIANT-ORIGINAL", Severity.ERROR),
    /**
     * A file name ends like a language variant with a suffix that names no language the plan declares, such as
     * {@code x.ko.md} when plan.md's {@code languages:} has no {@code ko} (without the key, only {@code .easy.md}
     * and {@code .en.md} are variants).
     */
    E_VARIANT_LANGUAGE("E-VARIANT-LANGUAGE", Severity.ERROR),
    /**
     * A language tag, in plan.md's {@code languages:} or a variant's file name, is not a well-formed BCP 47 tag
     * ({@code pt_BR}, {@code zh-}).
     */
    E_LANGUAGE_MALFORMED("E-LANGUAGE-MALFORMED", Severity.ERROR),
    /**
     * A well-formed language tag, in plan.md's {@code languages:} or a variant's file name, names no known language,
     * script or region ({@code xx}, {@code zh-Hanz}, {@code pt-XX}), or names Japanese, which is the original.
     */
    E_LANGUAGE_UNKNOWN("E-LANGUAGE-UNKNOWN", Severity.ERROR),
    /** plan.md's {@code languages:} names one language twice ({@code en} and {@code EN}). */
    E_LANGUAGE_DUPLICATE("E-LANGUAGE-DUPLICATE", Severity.ERROR),
    /**
     * plan.md's {@code languages:} names a language the site generator has no chrome (navigation, search, footer
     * words) for, such as {@code ne} or {@code tl}: its pages get the English chrome. Reported by the site generator.
     */
    W_LANGUAGE_MESSAGES("W-LANGUAGE-MESSAGES", Severity.WARNING),
    /** A required body heading is missing. */
    E_BODY_HEADING("E-BODY-HEADING", Severity.ERROR),
    /** A body heading is not one of the type's fixed headings. */
    W_BODY_HEADING("W-BODY-HEADING", Severity.WARNING),
    /** A target for the same year was decided twice on one date. */
    E_TARGET_DUPLICATE("E-TARGET-DUPLICATE", Severity.ERROR),
    /** A plan-changing OODA cycle that no later annual review took up. */
    W_OODA_UNREVIEWED("W-OODA-UNREVIEWED", Severity.WARNING),
    /**
     * The current fiscal year (from the loader's clock; the year starts on 1 April) has an action plan, and an
     * initiative that is 計画 or 実施中 and runs that year has no entry in it.
     */
    W_ENTRY_MISSING("W-ENTRY-MISSING", Severity.WARNING),
    /**
     * An action plan entry of a closed fiscal year (one that ended before the loader's clock's today) gives no actual
     * for an indicator of its initiative that has a target that year.
     */
    W_ACTUAL_MISSING("W-ACTUAL-MISSING", Severity.WARNING),
    /**
     * A Markdown body nests block quotes ({@code >}), lists or raw HTML elements deeper than the site generator
     * renders safely. Reported by the site generator before rendering.
     */
    E_BODY_NESTING("E-BODY-NESTING", Severity.ERROR),
    /**
     * One paragraph of a Markdown body holds more inline markup ({@code * _ ~ ` [ < &}) than the site generator
     * renders in bounded time. Reported by the site generator before rendering.
     */
    E_BODY_MARKUP("E-BODY-MARKUP", Severity.ERROR),
    /**
     * A content file of a stock JBake project is in a format Tsunagu does not render (AsciiDoc, Groovy, …); it is
     * left out of the site. Reported by the site generator.
     */
    W_FORMAT_UNSUPPORTED("W-FORMAT-UNSUPPORTED", Severity.WARNING),
    /**
     * Reading one file (its Markdown, its page's furigana, search text or links) took longer than the build allows a
     * file in one stage; its work was stopped and the other files were still done. Reported by the site generator.
     */
    E_FILE_TIME("E-FILE-TIME", Severity.ERROR),
    /**
     * Reading one file (its Markdown, its page's furigana, search text or links) ran out of memory or stack; the
     * other files were still done. Reported by the site generator.
     */
    E_FILE_MEMORY("E-FILE-MEMORY", Severity.ERROR);

    private final String code;
    private final Severity severity;

    ValidationCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /**
     * Gets the stable code, such as {@code E-REF-VIEWPOINT}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the severity issues of this code have.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return code;
    }
}
