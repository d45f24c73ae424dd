/**
 * Japanese text, shared by the {@code enrich} stage (furigana) and the {@code index} stage (search, さくいん), which
 * never import each other: the one folding of search text ({@link jp.tsunagu.site.ja.Fold}), the one conversion
 * between katakana and hiragana and the 五十音 rows ({@link jp.tsunagu.site.ja.Kana}), readings
 * ({@link jp.tsunagu.site.ja.Readings}), the editors' words and Kuromoji's user dictionary
 * ({@link jp.tsunagu.site.ja.UserWords}), and romaji ({@link jp.tsunagu.site.ja.Romaji}, whose table the search
 * client shares).
 */
package jp.tsunagu.site.ja;
