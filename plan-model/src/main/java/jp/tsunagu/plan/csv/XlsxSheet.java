package jp.tsunagu.plan.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an Excel workbook ({@code .xlsx}) as the CSV text Excel would save from it, so that a sheet the
 * department returns in Excel's own format is read exactly like its CSV: the same rows (an empty row stays an empty
 * record, so row numbers in messages are the ones Excel shows), the same columns, numbers as Excel shows them in
 * the General format (at most 15 significant digits, no trailing zeros: {@code 46.0} is {@code 46},
 * {@code 41.200000000000003} is {@code 41.2}), formulas as their last computed values.
 * <p>
 * Read with fastexcel-reader (org.dhatim), a streaming reader of about 40 KB (with aalto-xml and commons-compress):
 * an optional dependency of the model, needed only when a workbook is read. Apache POI reads more of the format
 * but weighs about 15 MB.
 */
final class XlsxSheet {
    /** Excel keeps and shows 15 significant digits of a number. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxSheet() {
    }

    /**
     * Reads the first sheet of a workbook.
     *
     * @param bytes  the workbook file's bytes, not null
     * @return the sheet as CSV text, records ended by CRLF, not null
     * @throws CsvFormat.CsvSyntaxException if the bytes are not an Excel workbook, or it has no sheet
     */
    static String toCsv(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            if (sheet == null) {
                throw new CsvFormat.CsvSyntaxException(0, CsvMessages.noSheet());
            }
            int width = 0;
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    while (records.size() < row.getRowNum() - 1) {
                        records.add(new ArrayList<>()); // a row Excel left out because it is empty
                    }
                    List<String> fields = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        fields.add(text(row.getCell(c)));
                    }
                    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
                        fields.remove(fields.size() - 1);
                    }
                    width = Math.max(width, fields.size());
                    records.add(fields);
                }
            }
            for (List<String> r : records) {
                while (r.size() < width) {
                    r.add(""); // Excel's CSV gives every record the sheet's width
                }
            }
        } catch (IOException | ExcelReaderException | IllegalArgumentException | IllegalStateException e) {
            throw new CsvFormat.CsvSyntaxException(0, CsvMessages.notAWorkbook());
        }
        return records.isEmpty() ? "" : CsvFormat.write(records);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(raw);
            case FORMULA -> isNumber(raw) ? number(raw) : raw;
            case BOOLEAN -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> cell.getText();
        };
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String number(String raw) {
        BigDecimal value = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
