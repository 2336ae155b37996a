package org.ofstedkg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ofstedkg.Bundled;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;

/** Runs a SPARQL query on the store and writes its results in a standard results format. */
public final class QueryRunner {

    public enum ResultFormat {
        CSV, TSV, JSON, TEXT;

        public static ResultFormat named(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown result format '" + name + "' (one of: "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private final KnowledgeStore store;

    public QueryRunner(KnowledgeStore store) {
        this.store = store;
    }

    /** Parses a query, failing with the parser's message for the user. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            try {
                UpdateFactory.create(sparql);
                throw new IllegalArgumentException("the query " + source + " is a SPARQL update; the store is read "
                        + "through queries only (ingest changes it)");
            } catch (QueryParseException notAnUpdate) {
                // The parser lists every token it expected; the first line says where and what it found.
                String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                throw new IllegalArgumentException("the query " + source + " is not valid SPARQL: " + first);
            }
        }
    }

    /** A canned query of queries/, as bundled with the program. */
    public static Query canned(String name) {
        return parse(Bundled.cannedQuery(name), "queries/" + name + ".rq");
    }

    /** A SELECT query's rows: each variable's value as its lexical form (or IRI), "" when unbound. */
    public List<Map<String, String>> rows(Query query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(store.dataset()))) {
                return rows(qe.execSelect(), Integer.MAX_VALUE);
            }
        });
    }

    /**
     * A SELECT query's rows, computed within a time limit of its own rather than the store's (a page that
     * must answer soon); a query that needs longer is cancelled ({@link org.apache.jena.query.QueryCancelledException}).
     */
    public List<Map<String, String>> rows(Query query, java.time.Duration limit) {
        long start = System.nanoTime();
        try {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                        .timeout(Math.max(1, limit.toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                    return rows(qe.execSelect(), Integer.MAX_VALUE);
                }
            });
        } catch (RuntimeException e) {
            if (ranOutOfTime(e, start, limit) && !(e instanceof QueryCancelledException)) {
                QueryCancelledException cancelled = new QueryCancelledException();
                cancelled.addSuppressed(e);
                throw cancelled;
            }
            throw e;
        }
    }

    /**
     * Whether a query's failure is its time limit's doing: a cancellation, or any failure once its time
     * was up, since Jena 5.6 reports some cancellations as another exception (a sort over a hash join
     * cancelled before the join's table was built fails closing it, with a NullPointerException).
     *
     * @param start when the query started, by {@link System#nanoTime()}
     */
    public static boolean ranOutOfTime(RuntimeException e, long start, java.time.Duration limit) {
        return e instanceof QueryCancelledException || System.nanoTime() - start >= limit.toNanos();
    }

    /** Up to {@code limit} rows of results: each variable's value as its lexical form (or IRI), "" when unbound. */
    public static List<Map<String, String>> rows(org.apache.jena.query.ResultSet results, int limit) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (rows.size() < limit && results.hasNext()) {
            var solution = results.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : results.getResultVars()) {
                var n = solution.get(v);
                row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Writes the query's results: SELECT and ASK in the chosen results format (CSV and TSV as SPARQL
     * 1.1 defines them), CONSTRUCT and DESCRIBE as Turtle (JSON-LD for {@code json}).
     */
    public void run(Query query, ResultFormat format, OutputStream out) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                if (query.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                        case TEXT -> ResultSetFormatter.out(out, rs, query);
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                        case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                        case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                        case TEXT -> ResultSetFormatter.out(out, b);
                    }
                } else {
                    var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    model.setNsPrefixes(query.getPrefixMapping());
                    RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
                }
            }
        });
    }
}
