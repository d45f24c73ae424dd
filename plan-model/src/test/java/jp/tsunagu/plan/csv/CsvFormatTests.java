package jp.tsunagu.plan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written RFC 4180 codec: quoting, CRLF, byte order mark, and what spreadsheets send back. */
class CsvFormatTests {

    @Test
    void quotesOnlyFieldsThatNeedItAndEndsEveryRecordWithCrlf() {
        String csv = CsvFormat.write(List.of(List.of("a", "b,c", "say \"hi\"", "two\nlines", ""), List.of("x", "", "", "", "y")));

        assertThat(csv).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\nx,,,,y\r\n");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {" 前後に空白 ", "#先頭の#", "(かっこ)", "+1", "-3", "\\", "072028", "全角，コンマ", "x'y", "タブ\t入り", "a;b", "="})
    void quotesNoFieldWithoutCommaQuoteOrLineEnd(String field) {
        assertThat(CsvFormat.write(List.of(List.of(field, "x")))).isEqualTo(field + ",x\r\n");
    }

    @Test
    void readsAQuoteInsideAnUnquotedFieldAsItIsAsSpreadsheetsDo() {
        assertThat(CsvFormat.parse("h,i\r\nab\"c,d")).extracting(CsvFormat.Record::fields)
                .containsExactly(List.of("h", "i"), List.of("ab\"c", "d"));
    }

    @Test
    void readsBackWhatItWrites() {
        List<List<String>> records = List.of(List.of("全国地方公共団体コード", "名称"), List.of("072028", "\"引用\", 改行\r\nあり"),
                List.of("", ""));

        assertThat(CsvFormat.parse(CsvFormat.write(records))).extracting(CsvFormat.Record::fields).isEqualTo(records);
    }

    @Test
    void numbersRecordsAsASpreadsheetNumbersRows() {
        List<CsvFormat.Record> records = CsvFormat.parse("h1,h2\n\"a\nb\",c\n\nd,e");

        assertThat(records).extracting(CsvFormat.Record::row).containsExactly(1, 2, 3, 4);
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(3).fields()).containsExactly("d", "e");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text after a closing quote       | h\\r\\n"ab"c,d    | 2 | 1番目の項目で、閉じる「"」の後に文字があります
            quote never closed               | h\\r\\nx\\r\\n"ab | 3 | 閉じられないまま
            """)
    void refusesMisplacedQuotesNamingTheRow(String name, String text, int row, String message) {
        String csv = text.replace("\\r", "\r").replace("\\n", "\n");

        assertThatThrownBy(() -> CsvFormat.parse(csv)).isInstanceOfSatisfying(CsvFormat.CsvSyntaxException.class, e -> {
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void encodesWithOrWithoutByteOrderMark() {
        assertThat(CsvFormat.encode("a\r\n", true)).containsExactly(0xEF, 0xBB, 0xBF, 'a', '\r', '\n');
        assertThat(CsvFormat.encode("a\r\n", false)).containsExactly('a', '\r', '\n');
    }

    @Test
    void decodesUtf8WithOrWithoutByteOrderMarkAndShiftJisFromExcel() {
        String text = "名称,値\r\n会津若松市,1\r\n";

        assertThat(CsvFormat.decode(CsvFormat.encode(text, true))).isEqualTo(text);
        assertThat(CsvFormat.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(CsvFormat.decode(text.getBytes(Charset.forName("windows-31j")))).isEqualTo(text);
    }

    @Test
    void refusesBytesThatAreNoJapaneseText() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xFE};

        assertThatThrownBy(() -> CsvFormat.decode(bytes)).hasMessageContaining("CSV UTF-8（コンマ区切り）");
    }
}
