package jp.tsunagu.site.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tsunagu.site.assemble.ContentAddresses;
import jp.tsunagu.site.files.FileBudget;

/**
 * The enrich stage parses each page once and hands that parse to the link check: real jsoup, real Kuromoji, real
 * files. The reader sees the page as written (no ruby yet), every page read (English ones too), and the links it
 * finds are those the link check finds reading the files itself.
 */
class FuriganaVariantsParseTests {
    private static final URI BASE = URI.create("https://example.jp/plan/");

    @TempDir
    Path site;

    @Test
    void handsEachPageItsOneParseBeforeTheFuriganaChangeIt() throws IOException {
        write("index.html", "ja", "<p>情報化を<a href=\"initiatives/a.html\">推進</a>します。</p>");
        write("initiatives/a.html", "ja", "<p>地域の<a href=\"../../../etc/passwd\">設定</a>と<img src=\"../../x.png\" alt=\"図\"></p>");
        write("en/index.html", "en", "<p>Digital <a href=\"../../away.html\">plan</a></p>");

        Map<Path, Boolean> rubyWhenRead = new ConcurrentSkipListMap<>();
        Map<Path, List<String>> leaving = new ConcurrentSkipListMap<>();
        int read = new FuriganaVariants(null, BASE.toString(), 2).writeAll(site, FileBudget.of(FileBudget.DEFAULT_LIMIT),
                (file, doc) -> {
                    rubyWhenRead.put(file, !doc.select("ruby").isEmpty());
                    leaving.put(file, ContentAddresses.leaving(site.relativize(file).toString().replace('\\', '/'), doc, BASE));
                });

        assertThat(read).isEqualTo(3);
        assertThat(rubyWhenRead).as("every page read, the English one too, before it gets its ruby")
                .containsOnlyKeys(site.resolve("en/index.html"), site.resolve("index.html"), site.resolve("initiatives/a.html"))
                .allSatisfy((file, ruby) -> assertThat(ruby).isFalse());
        assertThat(Files.readString(site.resolve("initiatives/a.furigana.html"))).as("the variant still gets its readings")
                .contains("<ruby>");
        assertThat(leaving.get(site.resolve("initiatives/a.html"))).containsExactly("../../../etc/passwd", "../../x.png");
        assertThat(leaving.get(site.resolve("en/index.html"))).containsExactly("../../away.html");
        assertThat(leaving.get(site.resolve("index.html"))).isEmpty();
    }

    @Test
    void keepsOnlyTheLinksThatLeaveTheSite() throws IOException {
        write("a.html", "ja", "<p><a href=\"../b.html\">外</a><a href=\"c.html\">中</a></p>");
        Map<Path, List<String>> leaving = new ConcurrentSkipListMap<>();
        new FuriganaVariants(null, BASE.toString(), 1).writeAll(site, FileBudget.of(FileBudget.DEFAULT_LIMIT),
                (file, doc) -> leaving.put(file, ContentAddresses.leaving(site.relativize(file).toString(), doc, BASE)));

        assertThat(leaving).containsExactly(Map.entry(site.resolve("a.html"), List.of("../b.html")));
    }

    @Test
    void readsAPageFromTheBytesThePassReadAsWriteAllReadsItsFile(@TempDir Path other) throws IOException {
        write("index.html", "ja", "<h1>情報化の推進</h1><p>会津若松市は<a href=\"a.html\">地域</a>の取り組みを進めます。</p>");
        write("en/index.html", "en", "<p>Digital <a href=\"../../away.html\">plan</a></p>");
        for (String page : List.of("index.html", "en/index.html")) {
            Path copy = other.resolve(page);
            Files.createDirectories(copy.getParent());
            Files.copy(site.resolve(page), copy);
        }
        FuriganaVariants variants = new FuriganaVariants(null, BASE.toString(), 2);
        variants.writeAll(site, FileBudget.of(FileBudget.DEFAULT_LIMIT), (file, doc) -> { });

        Map<Path, List<String>> leaving = new ConcurrentSkipListMap<>();
        for (String page : List.of("index.html", "en/index.html")) {
            Path file = other.resolve(page);
            var doc = FuriganaVariants.parse(file, Files.readAllBytes(file));
            leaving.put(file, ContentAddresses.leaving(other.relativize(file).toString().replace('\\', '/'), doc, BASE));
            variants.write(file, doc);
        }

        assertThat(Files.readString(other.resolve("index.furigana.html"))).contains("<ruby>")
                .isEqualTo(Files.readString(site.resolve("index.furigana.html")));
        assertThat(Files.readString(other.resolve("index.speech.json"))).isEqualTo(Files.readString(site.resolve("index.speech.json")));
        assertThat(other.resolve("en/index.furigana.html")).as("no variant of an English page").doesNotExist();
        assertThat(leaving.get(other.resolve("en/index.html"))).containsExactly("../../away.html");
    }

    private void write(String page, String lang, String body) throws IOException {
        Path file = site.resolve(page);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>t</title></head><body><main>" + body
                + "</main></body></html>", StandardCharsets.UTF_8);
    }
}
