package jp.tsunagu.site.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tsunagu.plan.Language;

/**
 * The chrome's message bundles: every language has every key of the Japanese one, each in its own script (no kana in
 * Chinese, simplified and traditional characters kept apart, no CJK in Latin-script languages), and a language
 * without a bundle falls back to English.
 */
class MessagesTests {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern CJK_OR_HANGUL = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\p{IsHangul}]");
    /** Characters written only in traditional Chinese, with their simplified forms below. */
    private static final String TRADITIONAL_ONLY = "語資訊網頁尋體計畫紀錄觀點覽導內開僅";
    private static final String SIMPLIFIED_ONLY = "语资讯网页寻体计划纪录观点览导内开仅";

    static java.util.List<String> bundled() {
        return Messages.BUNDLED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyLanguageHasEveryKeyOfTheJapaneseBundle(String tag) {
        Messages m = Messages.own(Language.forTag(tag)).orElseThrow();
        Set<String> extra = new HashSet<>(m.asMap().keySet());
        extra.removeAll(Messages.japanese().asMap().keySet());
        assertThat(m.asMap().keySet()).as(tag).containsAll(Messages.japanese().asMap().keySet());
        assertThat(extra).as(tag + ": keys only English may add").isSubsetOf("variantNoteOther");
        assertThat(m.asMap().values()).allSatisfy(v -> assertThat(v).isNotBlank());
        assertThat(m.lang()).isEqualTo(Language.forTag(tag).lang());
    }

    @Test
    void eachBundleIsWrittenInItsOwnScript() {
        Messages zhHans = Messages.own(Language.forTag("zh-Hans")).orElseThrow();
        Messages zhHant = Messages.own(Language.forTag("zh-Hant")).orElseThrow();
        assertAll(() -> assertThat(zhHans.asMap()).allSatisfy((k, v) -> assertAll(
                        () -> assertThat(KANA.matcher(v).find()).as(k).isFalse(),
                        () -> assertThat(v.chars().noneMatch(c -> TRADITIONAL_ONLY.indexOf(c) >= 0)).as("traditional in " + k).isTrue())),
                () -> assertThat(zhHant.asMap()).allSatisfy((k, v) -> assertAll(
                        () -> assertThat(KANA.matcher(v).find()).as(k).isFalse(),
                        () -> assertThat(v.chars().noneMatch(c -> SIMPLIFIED_ONLY.indexOf(c) >= 0)).as("simplified in " + k).isTrue())),
                () -> assertThat(Messages.own(Language.forTag("ko")).orElseThrow().asMap())
                        .allSatisfy((k, v) -> assertThat(JAPANESE.matcher(v).find()).as(k).isFalse()),
                () -> assertThat(Messages.own(Language.forTag("ko")).orElseThrow().get("skipLink")).matches(".*\\p{IsHangul}.*"));
        for (String tag : new String[] {"en", "vi", "pt-BR"}) {
            assertThat(Messages.own(Language.forTag(tag)).orElseThrow().asMap()).as(tag)
                    .allSatisfy((k, v) -> assertThat(CJK_OR_HANGUL.matcher(v).find()).as(k).isFalse());
        }
    }

    @Test
    void eachBundleNamesItsLanguageInItself() {
        assertThat(Messages.BUNDLED.stream().map(t -> Messages.autonym(Language.forTag(t))))
                .containsExactly("やさしい にほんご", "English", "简体中文", "繁體中文", "한국어", "Tiếng Việt", "Português (Brasil)");
    }

    @Test
    void aLanguageWithoutABundleHasTheEnglishChromeAndItsOwnName() {
        Language nepali = Language.forTag("ne");
        assertAll(() -> assertThat(Messages.own(nepali)).isEmpty(),
                () -> assertThat(Messages.of(nepali).get("skipLink")).isEqualTo("Skip to main content"),
                () -> assertThat(Messages.of(nepali).lang()).isEqualTo("en"),
                () -> assertThat(Messages.autonym(nepali)).isEqualTo("नेपाली"));
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Messages.japanese().get("skiplink"))
                .withMessageContaining("Unknown message key 'skiplink'").withMessageContaining("skipLink");
    }
}
