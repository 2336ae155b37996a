package org.ofstedkg.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The summary as an Excel workbook ({@link TypedSheet}, through Apache POI): one sheet, "summary", whose
 * header row is bold, frozen and filtered; grades are numbers, days are dates (shown yyyy-mm-dd),
 * identifiers are hyperlinks to themselves, the rest text. An empty value is an empty cell. The same
 * summary gives the same bytes.
 */
public final class XlsxFormat implements SummaryFormat {

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return TypedSheet.MEDIA_TYPE;
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        List<Column> columns = Summary.columns();
        List<List<TypedSheet.Value>> rows = summary.rows().stream()
                .map(row -> columns.stream().map(c -> new TypedSheet.Value(c.kind(), row.get(c))).toList()).toList();
        TypedSheet.write("Local authority children's services inspections: summary", "summary",
                columns.stream().map(Column::header).toList(), rows, out);
    }
}
