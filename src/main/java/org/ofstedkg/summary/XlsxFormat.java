package org.ofstedkg.summary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary as an Excel workbook (Office Open XML, through Apache POI): one sheet, "summary", whose
 * header row is bold, frozen and filtered; grades are numbers, days are dates (shown yyyy-mm-dd),
 * identifiers are hyperlinks to themselves, the rest text. An empty value is an empty cell. The same
 * summary gives the same bytes: the workbook's dates (its creation, its zip entries') are fixed.
 */
public final class XlsxFormat implements SummaryFormat {

    /** The widest a column is made, in characters: identifiers are long, and a cell shows its start. */
    private static final int MAX_WIDTH = 60;

    /** The creation date written into the workbook: a fixed day, so that the bytes depend on the rows alone. */
    private static final LocalDate CREATED_DAY = LocalDate.of(2000, 1, 1);
    private static final Date CREATED = Date.from(CREATED_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var properties = book.getProperties().getCoreProperties();
            properties.setCreated(Optional.of(CREATED));
            properties.setModified(Optional.of(CREATED));
            properties.setCreator("ofsted-kg");
            properties.setTitle("Local authority children's services inspections: summary");
            CreationHelper helper = book.getCreationHelper();

            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            Font linkFont = book.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle link = book.createCellStyle();
            link.setFont(linkFont);

            XSSFSheet sheet = book.createSheet("summary");
            List<Column> columns = Summary.columns();
            int[] widths = new int[columns.size()];
            var headerRow = sheet.createRow(0);
            for (Column c : columns) {
                Cell cell = headerRow.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(header);
                widths[c.ordinal()] = c.header().length();
            }
            int r = 1;
            for (Summary.Row row : summary.rows()) {
                var sheetRow = sheet.createRow(r++);
                for (Column c : columns) {
                    String value = row.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = sheetRow.createCell(c.ordinal());
                    switch (c.kind()) {
                        case NUMBER -> cell.setCellValue(Double.parseDouble(value));
                        case DATE -> {
                            cell.setCellValue(LocalDate.parse(value));
                            cell.setCellStyle(date);
                        }
                        case IRI -> {
                            cell.setCellValue(value);
                            Hyperlink h = helper.createHyperlink(HyperlinkType.URL);
                            h.setAddress(value);
                            cell.setHyperlink(h);
                            cell.setCellStyle(link);
                        }
                        case TEXT -> cell.setCellValue(value);
                    }
                    widths[c.ordinal()] = Math.max(widths[c.ordinal()], c.kind() == Column.Kind.DATE ? 10 : value.length());
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, columns.size() - 1));
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
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
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
