package jp.tsunagu.plan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written RFC 4180 codec: quoting, CRLF, byte order mark, and what spreadsheets send back. */
class Rfc4180Tests {

    @Test
    void quotesOnlyFieldsThatNeedItAndEndsEveryRecordWithCrlf() {
        String csv = Rfc4180.write(List.of(List.of("a", "b,c", "say \"hi\"", "two\nlines", ""), List.of("x", "", "", "", "y")));

        assertThat(csv).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\nx,,,,y\r\n");
    }

    @Test
    void readsBackWhatItWrites() {
        List<List<String>> records = List.of(List.of("全国地方公共団体コード", "名称"), List.of("072028", "\"引用\", 改行\r\nあり"),
                List.of("", ""));

        assertThat(Rfc4180.parse(Rfc4180.write(records))).extracting(Rfc4180.Record::fields).isEqualTo(records);
    }

    @Test
    void numbersRecordsAsASpreadsheetNumbersRows() {
        List<Rfc4180.Record> records = Rfc4180.parse("h1,h2\n\"a\nb\",c\n\nd,e");

        assertThat(records).extracting(Rfc4180.Record::row).containsExactly(1, 2, 3, 4);
        assertThat(records.get(2).isBlank()).isTrue();
        assertThat(records.get(3).fields()).containsExactly("d", "e");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quote inside an unquoted field   | h\\r\\nab"c,d     | 2 | 1番目の項目の途中に「"」があります
            text after a closing quote       | h\\r\\n"ab"c,d    | 2 | 閉じる「"」の後に文字があります
            quote never closed               | h\\r\\nx\\r\\n"ab | 3 | 閉じられないまま
            """)
    void refusesMisplacedQuotesNamingTheRow(String name, String text, int row, String message) {
        String csv = text.replace("\\r", "\r").replace("\\n", "\n");

        assertThatThrownBy(() -> Rfc4180.parse(csv)).isInstanceOfSatisfying(Rfc4180.CsvSyntaxException.class, e -> {
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void encodesWithOrWithoutByteOrderMark() {
        assertThat(Rfc4180.encode("a\r\n", true)).containsExactly(0xEF, 0xBB, 0xBF, 'a', '\r', '\n');
        assertThat(Rfc4180.encode("a\r\n", false)).containsExactly('a', '\r', '\n');
    }

    @Test
    void decodesUtf8WithOrWithoutByteOrderMarkAndShiftJisFromExcel() {
        String text = "名称,値\r\n会津若松市,1\r\n";

        assertThat(Rfc4180.decode(Rfc4180.encode(text, true))).isEqualTo(text);
        assertThat(Rfc4180.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(Rfc4180.decode(text.getBytes(Charset.forName("windows-31j")))).isEqualTo(text);
    }

    @Test
    void refusesBytesThatAreNoJapaneseText() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xFE};

        assertThatThrownBy(() -> Rfc4180.decode(bytes)).hasMessageContaining("CSV UTF-8（コンマ区切り）");
    }
}
