package jp.tsunagu.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The theme's scripts are published without their comment lines, and nothing else of them changes: code, strings
 * holding {@code //} or {@code /*}, and comments that share a line with code stay.
 */
class ThemeScriptsTests {

    @Test
    void commentLinesGoAndCodeStays() {
        String script = """
                /* The header's script:
                   two lines of comment. */
                (function () {
                  // a comment line
                    // an indented one
                  var url = 'https://example.jp/a//b'; // after code: kept
                  var open = '/* not a comment */';
                  /* a block */ var kept = 1;
                  /** a doc block
                   * with stars */
                  if (kept) { return url + open; }
                }());
                """;

        assertThat(Theme.withoutComments(script)).isEqualTo("""
                (function () {
                  var url = 'https://example.jp/a//b'; // after code: kept
                  var open = '/* not a comment */';
                  /* a block */ var kept = 1;
                  if (kept) { return url + open; }
                }());
                """);
    }
}
