package jp.tsunagu.plan.load;

import java.util.Locale;

import jp.tsunagu.plan.Language;
import jp.tsunagu.plan.validate.ValidationCode;

/**
 * The editor's words for a language tag that cannot name a variant's language ({@link Language#problemOf}), shared by
 * plan.md's {@code languages:} and the variants' file names.
 */
final class LanguageTags {
    /** The tags an editor is shown as examples. */
    static final String EXAMPLES = "en（英語）、zh-Hans（中国語 簡体字）、zh-Hant（中国語 繁体字）、ko（韓国語）、vi（ベトナム語）、"
            + "pt-BR（ポルトガル語 ブラジル）、ne（ネパール語）、tl（タガログ語）";

    private LanguageTags() {
    }

    /** @return the code of a problem */
    static ValidationCode code(Language.Problem problem) {
        return problem == Language.Problem.MALFORMED ? ValidationCode.E_LANGUAGE_MALFORMED : ValidationCode.E_LANGUAGE_UNKNOWN;
    }

    /**
     * Says what is wrong with a tag and how to write it.
     *
     * @param tag  the tag as written
     * @param problem  its problem
     * @return the message's body, in Japanese
     */
    static String explain(String tag, Language.Problem problem) {
        String fix = switch (problem) {
            case MALFORMED -> {
                String hyphened = tag.replace('_', '-');
                yield "BCP 47 の言語タグの形になっていません。言語（小文字2〜3字）、必要なら文字（先頭だけ大文字の4字）と地域"
                        + "（大文字2字）を「-」（半角のハイフン）でつなぎます"
                        + (!hyphened.equals(tag) && Language.problemOf(hyphened).isEmpty() ? "（「" + hyphened + "」）。" : "。");
            }
            case UNKNOWN_LANGUAGE -> "言語の部分「" + Locale.forLanguageTag(tag).getLanguage() + "」は、知られている言語の略号ではありません。"
                    + "ISO 639 の略号（小文字2〜3字）で書いてください。";
            case UNKNOWN_SCRIPT -> "文字の部分「" + Locale.forLanguageTag(tag).getScript() + "」は、知られている文字の略号ではありません。"
                    + "ISO 15924 の略号（Hans、Hant、Latn など）で書いてください。";
            case UNKNOWN_REGION -> "地域の部分「" + Locale.forLanguageTag(tag).getCountry() + "」は、知られている国や地域の略号ではありません。"
                    + "ISO 3166 の略号（大文字2字: BR、TW など）で書いてください。";
            case JAPANESE -> "日本語は元のファイルの言語なので、言語版には書きません。やさしい日本語の版は「easy」です。";
        };
        return "言語タグ「" + tag + "」は使えません。" + fix + "例: " + EXAMPLES + "、やさしい日本語は easy。";
    }
}
