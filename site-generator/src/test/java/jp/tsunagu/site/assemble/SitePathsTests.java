package jp.tsunagu.site.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The ids of a page's sections, made from their headings ({@link SitePaths#anchor}); original and variants alike. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SitePathsTests {

    @Test
    void spaces_of_either_width_become_one_hyphen_and_the_ends_are_trimmed() {
        assertThat(SitePaths.anchor("  1. 目的\u3000と  範囲 ")).isEqualTo("1.-目的-と-範囲");
        assertThat(SitePaths.anchor("Digital by default")).isEqualTo("Digital-by-default");
    }

    @Test
    void characters_that_need_escaping_in_an_address_or_attribute_are_left_out() {
        assertThat(SitePaths.anchor("\"A\" & 'B' <C> #1 50% ?/\\")).isEqualTo("A--B-C-1-50-");
        assertThat(SitePaths.anchor("？！・（）")).isEqualTo("？！・（）");
        assertThat(SitePaths.anchor("<>&")).isEmpty();
    }
}
