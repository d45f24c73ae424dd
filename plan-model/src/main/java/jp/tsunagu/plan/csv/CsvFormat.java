package jp.tsunagu.plan.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Comma-separated values as RFC 4180 defines them, written and read with Jackson's CSV format: fields separated
 * by {@code ,}, records ended by CRLF, a field quoted with {@code "} only when it holds a comma, a quote, CR or LF
 * (Jackson's strict quoting check), a quote inside a quoted field doubled.
 * <p>
 * What is ours is the encoding and the Japanese messages: a file may be UTF-8 with or without byte order mark,
 * or Windows-31J as Japanese Excel saves "CSV (comma delimited)"; LF or CRLF line ends. A quote inside an
 * unquoted field is read as it is, as spreadsheets read it; text after a closing quote, or a quote never closed,
 * is an error naming the row, since data could be lost.
 */
final class CsvFormat {
    /** The UTF-8 byte order mark Excel needs to open a UTF-8 CSV file without garbling it. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    private CsvFormat() {
    }

    /**
     * Writes records as CSV text: CRLF after every record, fields quoted only when needed.
     *
     * @param records  the records, each a list of fields, not null
     * @return the text, not null
     */
    static String write(List<List<String>> records) {
        try {
            return WRITER.writeValueAsString(records);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Failed to write CSV text", e); // lists of strings always write
        }
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
                throw new CsvSyntaxException(0, CsvMessages.notUtf8());
            }
        }
        try {
            return strict(WINDOWS_31J).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvSyntaxException(0, CsvMessages.notJapaneseText());
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Reads CSV text into records. A final line end is optional; an empty last line is not a record.
     *
     * @param text  the text without byte order mark, not null
     * @return the records in order, each with the 1-based number of its record (the row a spreadsheet shows)
     * @throws CsvSyntaxException if text follows a closing quote or a quote is never closed
     */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        try (CsvParser p = MAPPER.getFactory().createParser(text)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try {
                // the whole file is one array, each record an array of strings inside it
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        fields.add(p.getText());
                    } else if (t == JsonToken.END_ARRAY && p.getParsingContext().inArray()) {
                        records.add(new Record(records.size() + 1, List.copyOf(fields)));
                        fields.clear();
                    }
                }
            } catch (JsonProcessingException e) {
                int row = records.size() + 1;
                String message = e.getOriginalMessage();
                throw new CsvSyntaxException(row, message != null && message.startsWith("Missing closing quote")
                        ? CsvMessages.quoteNeverClosed() : CsvMessages.textAfterClosingQuote(fields.size() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read CSV text", e); // text in memory always reads
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
