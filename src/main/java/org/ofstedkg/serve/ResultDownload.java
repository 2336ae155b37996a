package org.ofstedkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Query;

/**
 * A format the query page offers a result in, at {@code /query/results.{suffix}}: the endpoint's answer to
 * the query in the media type it {@linkplain #accept asks for}, written out in this format. A new format is a
 * new entry of {@link #ALL}.
 */
interface ResultDownload {

    /** Every format offered, in the order the page lists them. */
    List<ResultDownload> ALL = List.of(
            new Relayed("csv", "CSV", "text/csv; charset=utf-8", "text/csv", true, false),
            new Relayed("json", "JSON", "application/sparql-results+json; charset=utf-8",
                    "application/sparql-results+json", true, false),
            new XlsxDownload(),
            new Relayed("ttl", "Turtle", "text/turtle; charset=utf-8", "text/turtle", false, true));

    /** The file's extension, which names the format in the download's address. */
    String suffix();

    /** The format's name, as the page shows it. */
    String label();

    /** The media type the download is given as. */
    String mediaType();

    /** The media type asked of the endpoint. */
    String accept();

    /** Whether a result of this query (by its form: a table, or a graph) is offered in this format. */
    boolean offeredFor(Query query);

    /** Writes the endpoint's answer (in {@link #accept}) out in this format. */
    void write(InputStream answer, OutputStream out) throws IOException;

    static Optional<ResultDownload> bySuffix(String suffix) {
        return ALL.stream().filter(d -> d.suffix().equals(suffix)).findFirst();
    }

    /**
     * A format the endpoint writes itself (SPARQL 1.1 CSV, which is RFC 4180 in UTF-8 with CRLF line ends;
     * SPARQL JSON results; Turtle), relayed as it comes.
     */
    record Relayed(String suffix, String label, String mediaType, String accept, boolean tables, boolean graphs)
            implements ResultDownload {

        @Override
        public boolean offeredFor(Query query) {
            return query.isSelectType() ? tables : (query.isConstructType() || query.isDescribeType()) && graphs;
        }

        @Override
        public void write(InputStream answer, OutputStream out) throws IOException {
            answer.transferTo(out);
        }
    }
}
