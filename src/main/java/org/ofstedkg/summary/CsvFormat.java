package org.ofstedkg.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The summary as CSV (RFC 4180, as SPARQL's CSV results are: UTF-8, lines ended by CR LF, fields quoted
 * where they hold a comma, quote or line break), with a header row of the columns' names.
 */
public final class CsvFormat implements SummaryFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(Summary.columns().stream().map(Column::header));
        for (Summary.Row row : summary.rows()) {
            csv.printRecord(row.values());
        }
        csv.flush(); // not closed: the stream is the caller's
    }
}
