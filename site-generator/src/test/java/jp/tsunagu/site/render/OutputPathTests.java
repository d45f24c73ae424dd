package jp.tsunagu.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputPathTests {

    @Test
    void describesANestedJapanesePath() {
        OutputPath path = OutputPath.parse("用語/情報.html");

        assertAll("用語/情報.html",
                () -> assertEquals("用語/情報.html", path.value()),
                () -> assertEquals("情報.html", path.fileName()),
                () -> assertEquals(".html", path.extension()),
                () -> assertEquals("../", path.pathToRoot()),
                () -> assertEquals(Path.of("site", "用語", "情報.html"), path.resolveIn(Path.of("site"))),
                () -> assertEquals("用語/情報.html", path.toString()));
    }

    @Test
    void findsTheRootFromTheTopLevel() {
        assertThat(OutputPath.parse("index.html").pathToRoot()).isEmpty();
        assertThat(OutputPath.parse("a/b/c/index.html").pathToRoot()).isEqualTo("../../../");
    }

    @Test
    void normalisesDecomposedKanaToNfc() {
        assertThat(OutputPath.parse("か\u3099いよう.html")).isEqualTo(OutputPath.parse("がいよう.html"));
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                         | it is empty
            /index.html                | it starts or ends with '/'
            用語/                       | it starts or ends with '/'
            用語//情報.html              | segment '' is not allowed
            ../secret.html             | segment '..' is not allowed
            ./index.html               | segment '.' is not allowed
            %E6%97%A5.html             | it contains '%'
            a\\b.html                  | it contains '\\'
            a?b.html                   | it contains '?'
            a#b.html                   | it contains '#'
            README                     | file name 'README' needs an extension
            .htaccess                  | file name '.htaccess' needs an extension
            index.                     | file name 'index.' needs an extension
            """)
    void rejectsPathsThatEscapeTheSiteOrConfuseUrls(String text, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutputPath.parse(text))
                .withMessageStartingWith("Invalid output path '" + text + "': " + problem)
                .withMessageEndingWith("(write a path relative to the site root, e.g. 用語/情報.html)");
    }

    @Test
    void rejectsControlCharacters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutputPath.parse("a\tb.html"))
                .withMessageContaining("control character at index 1");
    }

    @Test
    void sortsByText() {
        assertThat(OutputPath.parse("a.html")).isLessThan(OutputPath.parse("b.html"));
    }
}
