package org.ofstedkg.summary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel workbook (Office Open XML, through Apache POI, streamed): one sheet, whose header row is bold,
 * frozen and filtered; each cell typed by its {@link Column.Kind}: numbers are numbers, days are dates (shown
 * yyyy-mm-dd), times are date-times, identifiers are hyperlinks to themselves, the rest text. An empty value
 * is an empty cell. The same table gives the same bytes: the workbook's dates (its creation, its zip
 * entries') are fixed.
 */
public final class TypedSheet {

    /** A cell's value (its lexical form) and what kind of value it is. */
    public record Value(Column.Kind kind, String text) {
    }

    /** The media type of a workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The widest a column is made, in characters: identifiers are long, and a cell shows its start. */
    private static final int MAX_WIDTH = 60;

    /** The creation date written into the workbook: a fixed day, so that the bytes depend on the rows alone. */
    private static final LocalDate CREATED_DAY = LocalDate.of(2000, 1, 1);
    private static final Date CREATED = Date.from(CREATED_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

    private TypedSheet() {
    }

    /**
     * Writes the workbook; {@code out} is left open. A value that is not of its kind (a number that does not
     * parse) is written as text rather than lost.
     */
    public static void write(String title, String sheetName, List<String> headers, Iterable<List<Value>> rows,
            OutputStream out) throws IOException {
        // Streamed (SXSSF): rows past the last hundred go to a temporary file, so a query's 100,000 rows do not
        // hold a cell object each in the heap as XSSF's whole-workbook model would.
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            var properties = book.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreated(Optional.of(CREATED));
            properties.setModified(Optional.of(CREATED));
            properties.setCreator("ofsted-kg");
            properties.setTitle(title);
            CreationHelper helper = book.getCreationHelper();

            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Font linkFont = book.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle link = book.createCellStyle();
            link.setFont(linkFont);

            SXSSFSheet sheet = book.createSheet(sheetName);
            int[] widths = new int[headers.size()];
            var headerRow = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                widths[i] = headers.get(i).length();
            }
            int r = 1;
            for (List<Value> row : rows) {
                var sheetRow = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Value value = row.get(i);
                    if (value == null || value.text().isEmpty()) {
                        continue;
                    }
                    Cell cell = sheetRow.createCell(i);
                    String text = value.text();
                    int width = text.length();
                    try {
                        switch (value.kind()) {
                            case NUMBER -> cell.setCellValue(Double.parseDouble(text));
                            case DATE -> {
                                cell.setCellValue(LocalDate.parse(text));
                                cell.setCellStyle(date);
                                width = 10;
                            }
                            case DATE_TIME -> {
                                cell.setCellValue(LocalDateTime.parse(text));
                                cell.setCellStyle(dateTime);
                                width = 19;
                            }
                            case IRI -> {
                                cell.setCellValue(text);
                                Hyperlink h = helper.createHyperlink(HyperlinkType.URL);
                                h.setAddress(text);
                                cell.setHyperlink(h);
                                cell.setCellStyle(link);
                            }
                            case TEXT -> cell.setCellValue(text);
                        }
                    } catch (RuntimeException notOfItsKind) {
                        cell.setBlank();
                        cell.setCellStyle(null);
                        cell.removeHyperlink();
                        cell.setCellValue(text);
                    }
                    widths[i] = Math.max(widths[i], width);
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headers.size() - 1));
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            book.write(written);
            withFixedTimes(written.toByteArray(), out);
        }
    }

    /**
     * The workbook's zip again, each entry dated {@link #CREATED_DAY} instead of when it was written (POI dates
     * them so), in the same order and with the same content.
     */
    private static void withFixedTimes(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream fixed = new ZipOutputStream(out);
        // Commons Compress (POI's own) reads the streamed workbook's entries, whose sizes follow their data.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(CREATED_DAY.atStartOfDay()); // in no time zone: the same bytes anywhere
                fixed.putNextEntry(copy);
                in.transferTo(fixed);
                fixed.closeEntry();
            }
        }
        fixed.finish(); // not closed: the stream is the caller's
    }
}
