package jp.tsunagu.plan.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them, written and read by hand (plan-model depends on no CSV
 * library): fields separated by {@code ,}, records ended by CRLF, a field quoted with {@code "} when it holds a
 * comma, a quote, CR or LF, a quote inside a quoted field doubled.
 * <p>
 * Reading is lenient where spreadsheets differ and strict where data could be lost: LF or CRLF line ends,
 * a UTF-8 byte order mark or none, UTF-8 or (as Japanese Excel saves "CSV (comma delimited)") Windows-31J;
 * a quote inside an unquoted field or an unclosed quote is an error naming the row.
 */
final class Rfc4180 {
    /** The UTF-8 byte order mark Excel needs to open a UTF-8 CSV file without garbling it. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private Rfc4180() {
    }

    /**
     * Writes records as CSV text: CRLF after every record, fields quoted only when needed.
     *
     * @param records  the records, each a list of fields, not null
     * @return the text, not null
     */
    static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(record.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Encodes CSV text as UTF-8, with a byte order mark in front if asked.
     *
     * @param text  the CSV text, not null
     * @param bom  whether to start with the UTF-8 byte order mark
     * @return the bytes, not null
     */
    static byte[] encode(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /**
     * Decodes a CSV file's bytes: UTF-8 (a leading byte order mark is dropped), else Windows-31J.
     *
     * @param bytes  the file's bytes, not null
     * @return the text, not null
     * @throws CsvSyntaxException if the bytes are neither UTF-8 nor Windows-31J
     */
    static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        ByteBuffer in = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        try {
            return strict(StandardCharsets.UTF_8).decode(in).toString();
        } catch (CharacterCodingException e) {
            if (bom) {
                throw new CsvSyntaxException(0, "文字コードが UTF-8 として読めません。"
                        + "表計算ソフトでは「CSV UTF-8（コンマ区切り）」で保存してください。");
            }
        }
        try {
            return strict(WINDOWS_31J).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvSyntaxException(0, "文字コードが UTF-8 でも Shift_JIS でもありません。"
                    + "表計算ソフトでは「CSV UTF-8（コンマ区切り）」で保存してください。");
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Reads CSV text into records. A final line end is optional; an empty last line is not a record.
     *
     * @param text  the text without byte order mark, not null
     * @return the records in order, each with the 1-based number of its record (the row a spreadsheet shows)
     * @throws CsvSyntaxException if a quote is misplaced or never closed
     */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean afterQuote = false;
        boolean recordStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                recordStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new Record(row, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                recordStarted = false;
                row++;
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new CsvSyntaxException(row, (fields.size() + 1) + "番目の項目の途中に「\"」があります。"
                            + "「\"」を含む値は全体を「\"」で囲み、中の「\"」は「\"\"」と2つ重ねてください。");
                }
                quoted = true;
                recordStarted = true;
            } else {
                if (afterQuote) {
                    throw new CsvSyntaxException(row, (fields.size() + 1) + "番目の項目で、閉じる「\"」の後に文字があります。"
                            + "値全体を「\"」で囲んでください。");
                }
                field.append(c);
                recordStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new CsvSyntaxException(row, "「\"」で始まった項目が閉じられないまま、ファイルが終わっています。");
        }
        if (recordStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(row, List.copyOf(fields)));
        }
        return records;
    }

    /**
     * One record of a CSV file.
     *
     * @param row  the 1-based record number, as a spreadsheet numbers its rows
     * @param fields  the fields, not null
     */
    record Record(int row, List<String> fields) {
        /** @return true if every field is blank, as spreadsheets write empty rows */
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A syntax error in a CSV file, with its record number (0 for the whole file). */
    static final class CsvSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int row;

        CsvSyntaxException(int row, String message) {
            super(message);
            this.row = row;
        }

        int row() {
            return row;
        }
    }
}
