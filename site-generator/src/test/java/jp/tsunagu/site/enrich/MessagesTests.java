package jp.tsunagu.site.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import jp.tsunagu.plan.Language;

/** The chrome's message bundles: every language has every key, and English has no Japanese in it. */
class MessagesTests {
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyLanguageHasEveryKeyOfTheJapaneseBundle(Language language) {
        assertThat(Messages.of(language).asMap().keySet())
                .containsExactlyInAnyOrderElementsOf(Messages.japanese().asMap().keySet());
        assertThat(Messages.of(language).asMap().values()).allSatisfy(v -> assertThat(v).isNotBlank());
    }

    @Test
    void englishChromeIsAllEnglish() {
        assertThat(Messages.of(Language.ENGLISH).asMap()).allSatisfy((k, v) -> assertThat(JAPANESE.matcher(v).find()).as(k).isFalse());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Messages.japanese().get("skiplink"))
                .withMessageContaining("Unknown message key 'skiplink'").withMessageContaining("skipLink");
    }
}
