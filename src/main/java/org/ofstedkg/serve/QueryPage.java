package org.ofstedkg.serve;

import static org.ofstedkg.serve.Html.escape;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ofstedkg.Bundled;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.store.QueryRunner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page, {@code /query}: the query is in the page's address ({@code ?query=...}, or
 * {@code ?name=ratings} for a canned one), so the address of a result can be shared and bookmarked. The
 * result is shown as a table (the first {@value #SHOWN} rows) and offered as each {@link ResultDownload} at
 * {@code /query/results.{suffix}} with the same parameters.
 * <p>
 * Every query is asked of this server's own endpoint, {@code /sparql}, over the loopback: so it has exactly
 * the endpoint's limits (the row cap, the timeout, the {@link QueryGate}'s turns, SERVICE refused) and its
 * kept answers ({@link AnswerCache}; a canned query's are computed ahead). A query that does not parse is
 * answered 400 with the parser's message (line and column) before it is sent; what the endpoint refuses,
 * with the endpoint's own message and status.
 */
final class QueryPage {

    /** The rows shown in the page's table; the downloads have every row the endpoint gives. */
    static final int SHOWN = 1000;

    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final String TURTLE = "text/turtle";

    private final UriScheme uris;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * How long the page waits for the endpoint's answer to begin: the endpoint's own query timeout and a margin.
     * Past it the endpoint is stuck or starved of threads, and the page's thread is given back rather than held.
     */
    private final Duration answerWait;

    /** The endpoint's row cap: what a download of a long result gives at most. */
    private final long maxRows;

    /** How long a canned query's page waits for its answer before saying it is being computed. */
    private final Duration cannedWait;

    /**
     * A canned query's page's answers still being computed, by query text: a page that stopped waiting for one
     * leaves it running, so that it is kept ({@link AnswerCache}), and the next request of the page gives it, or
     * says why there is none.
     */
    private final Map<String, CompletableFuture<Fetched>> computing = new ConcurrentHashMap<>();

    /**
     * @param ahead the server's query timeout, and how long a page waits for an answer not kept yet
     * @param maxRows the endpoint's row cap
     */
    QueryPage(UriScheme uris, AheadQueries ahead, long maxRows) {
        this.uris = uris;
        this.answerWait = ahead.timeout().plusSeconds(10);
        this.cannedWait = ahead.pageWait();
        this.maxRows = maxRows;
    }

    /** What a request asks: the query's text, the canned query it is (if one), and any problem with it. */
    private record Asked(String text, Optional<String> name, Optional<Query> query, Optional<String> problem) {

        static Optional<Asked> of(HttpServletRequest request) {
            String given = request.getParameter("query");
            String name = request.getParameter("name");
            if (given == null && name == null) {
                return Optional.empty();
            }
            if (given == null && !Site.CANNED.contains(name)) {
                return Optional.of(new Asked("", Optional.empty(), Optional.empty(), Optional.of("No canned query is named \""
                        + name + "\"; the canned queries are " + String.join(", ", Site.CANNED) + ".")));
            }
            String text = given != null ? given : Bundled.cannedQuery(name);
            Optional<String> canned = given == null ? Optional.of(name) : Optional.empty();
            try {
                Query query = QueryRunner.parse(text, "given");
                if (query.isJsonType()) {
                    return Optional.of(new Asked(text, canned, Optional.empty(), Optional.of("The query given is a JSON "
                            + "query (Jena's extension); this page runs SELECT, ASK, CONSTRUCT and DESCRIBE.")));
                }
                return Optional.of(new Asked(text, canned, Optional.of(query), Optional.empty()));
            } catch (IllegalArgumentException e) {
                // "the query given is not valid SPARQL: Encountered ... at line 2, column 7."
                String problem = Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1);
                return Optional.of(new Asked(text, canned, Optional.empty(), Optional.of(problem)));
            }
        }

        /** The parameters that ask this query again: the canned query's name, or its text. */
        String parameters() {
            return name.map(n -> "name=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                    .orElseGet(() -> "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }

        /** The download's file name: ofsted-kg-ratings.csv for a canned query, ofsted-kg-query.csv for another. */
        String fileName(ResultDownload format) {
            return "ofsted-kg-" + name.orElse("query") + "." + format.suffix();
        }
    }

    /** The endpoint's answer: its status, its row cap if it applied one, and its body. */
    private record Answer(int status, Optional<String> rowLimit, InputStream body) {
        String message() throws IOException {
            try (InputStream in = body) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
        }
    }

    /** A canned query's page's answer, read whole (its first rows only: {@link #shownQuery}). */
    private record Fetched(int status, Optional<String> rowLimit, byte[] body) {
        Answer answer() {
            return new Answer(status, rowLimit, new ByteArrayInputStream(body));
        }
    }

    private HttpRequest request(HttpServletRequest request, String text, String accept) {
        URI endpoint = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + request.getLocalPort() + SparqlServer.ENDPOINT + "?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(endpoint).header("Accept", accept).timeout(answerWait).GET().build();
    }

    private Answer busy() {
        return new Answer(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Optional.empty(), new ByteArrayInputStream((
                "The endpoint did not begin to answer within " + answerWait.toSeconds() + " s: it is busy. Ask again "
                + "in a minute.").getBytes(StandardCharsets.UTF_8)));
    }

    private Answer ask(HttpServletRequest request, String text, String accept) throws IOException {
        try {
            HttpResponse<InputStream> r = http.send(request(request, text, accept), HttpResponse.BodyHandlers.ofInputStream());
            return new Answer(r.statusCode(), r.headers().firstValue(CappedQueryService.HEADER), r.body());
        } catch (java.net.http.HttpTimeoutException e) {
            return busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the query ran", e);
        }
    }

    /**
     * A canned query's page's answer, if it comes within {@link #cannedWait}; empty while it is being computed.
     * The computation goes on after the page has stopped waiting (it is the same request the next page finds). One
     * that failed (ran out of time while the server was busy) is asked again, as its answer may have been computed
     * ahead meanwhile; its failure is told only if the new one does not answer within the wait.
     */
    private Optional<Answer> askCanned(HttpServletRequest request, String text, String accept) throws IOException {
        CompletableFuture<Fetched> before = computing.get(text);
        if (before != null && before.isDone()
                && (before.isCompletedExceptionally() || before.join().status() != HttpServletResponse.SC_OK)) {
            computing.remove(text, before);
            Optional<Answer> again = awaitCanned(request, text, accept);
            return again.isPresent() ? again : Optional.of(outcome(before));
        }
        return awaitCanned(request, text, accept);
    }

    private Optional<Answer> awaitCanned(HttpServletRequest request, String text, String accept) throws IOException {
        CompletableFuture<Fetched> fetched = computing.computeIfAbsent(text, t -> http
                .sendAsync(request(request, t, accept), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new Fetched(r.statusCode(), r.headers().firstValue(CappedQueryService.HEADER), r.body())));
        try {
            fetched.get(cannedWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            // told by outcome
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the query ran", e);
        }
        computing.remove(text, fetched);
        return Optional.of(outcome(fetched));
    }

    /** The answer of a request that has completed: the endpoint's, or "busy" if it did not begin to answer. */
    private Answer outcome(CompletableFuture<Fetched> done) throws IOException {
        try {
            return done.join().answer();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                return busy();
            }
            throw new IOException("the endpoint could not be asked: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The status the page answers with when the endpoint did not answer 200: its own, or 503 for its failures. */
    private static int failureStatus(int endpointStatus) {
        return endpointStatus >= 400 && endpointStatus < 500 ? endpointStatus : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    /** GET /query: the editor, and the result of the query asked, if one is. */
    void page(HttpServletRequest request, HttpServletResponse response, LinkedDataServlet out) throws IOException {
        Optional<Asked> asked = Asked.of(request);
        String text = asked.map(Asked::text).filter(t -> !t.isEmpty()).orElseGet(() -> Bundled.cannedQuery("ratings"));
        StringBuilder b = new StringBuilder("<h1>Query</h1>\n<form method=\"get\" action=\"/query\">\n<p>Canned queries: ");
        for (String q : Site.CANNED) {
            b.append("<a href=\"/query?name=").append(q).append("\">").append(q).append("</a> ");
        }
        b.append("</p>\n<p><label for=\"query\">SPARQL query</label></p>\n<textarea id=\"query\" name=\"query\" rows=\"20\" "
                + "cols=\"100\" spellcheck=\"false\">").append(escape(text))
                .append("</textarea>\n<p><button type=\"submit\" id=\"run\">Run</button></p>\n</form>\n");
        int status = HttpServletResponse.SC_OK;
        if (asked.isPresent()) {
            Asked a = asked.get();
            b.append("<section id=\"result\" aria-labelledby=\"result-heading\">\n<h2 id=\"result-heading\">Result</h2>\n");
            if (a.problem().isPresent()) {
                status = HttpServletResponse.SC_BAD_REQUEST;
                b.append("<p id=\"error\" role=\"alert\">").append(escape(a.problem().get())).append("</p>\n");
            } else {
                status = result(request, a, b);
            }
            b.append("</section>\n");
        }
        out.sendHtml(request, response, status, Site.layout("Query", b.toString()));
    }

    /** The result of a query that parses, into the page; the page's status. */
    private int result(HttpServletRequest request, Asked a, StringBuilder b) throws IOException {
        Query query = a.query().orElseThrow();
        boolean graph = query.isConstructType() || query.isDescribeType();
        String asked = graph ? a.text() : shownQuery(a.text());
        String accept = graph ? TURTLE : JSON_RESULTS;
        Answer answer;
        if (a.name().isPresent()) {
            Optional<Answer> given = askCanned(request, asked, accept);
            if (given.isEmpty()) {
                b.append("<p id=\"computing\" role=\"status\">This canned query's answer is being computed: over a large "
                        + "store it takes some seconds. It is kept once computed (until the store changes), and this page "
                        + "shows it then: reload the page in a moment.</p>\n");
                return HttpServletResponse.SC_OK;
            }
            answer = given.get();
        } else {
            answer = ask(request, asked, accept);
        }
        if (answer.status() != HttpServletResponse.SC_OK) {
            b.append("<p id=\"error\" role=\"alert\">").append(escape(answer.message())).append("</p>\n");
            return failureStatus(answer.status());
        }
        b.append("<p>This result's address, to share or bookmark: <a id=\"share\" href=\"/query?")
                .append(escape(a.parameters())).append("\">").append(a.name().map(n -> "/query?name=" + n)
                        .orElse("/query?query=...")).append("</a>.");
        List<ResultDownload> offered = ResultDownload.ALL.stream().filter(d -> d.offeredFor(query)).toList();
        if (!offered.isEmpty()) {
            b.append(" Download: ");
            for (int i = 0; i < offered.size(); i++) {
                ResultDownload d = offered.get(i);
                b.append(i == 0 ? "" : ", ").append("<a class=\"download\" href=\"/query/results.").append(d.suffix())
                        .append('?').append(escape(a.parameters())).append("\" download=\"").append(escape(a.fileName(d)))
                        .append("\">").append(d.label()).append("</a>");
            }
            b.append('.');
        }
        b.append("</p>\n");
        // Said only of a result longer than the page shows: the cap is on every query without a smaller LIMIT.
        String capped = answer.rowLimit().map(Long::parseLong).or(() -> graph ? Optional.empty() : Optional.of(maxRows))
                .map(n -> " (up to " + String.format("%,d", n) + ", the most the endpoint gives of a query)").orElse("");
        // An answer cut short (the query ran past the timeout while its rows were being sent) does not parse.
        StringBuilder shown = new StringBuilder();
        Rows rows = null;
        // Only the reading of the endpoint's answer is caught: a fault of this page's own drawing is a server error.
        try (InputStream body = answer.body()) {
            if (graph) {
                triples(body, capped, shown);
            } else if (query.isAskType()) {
                boolean yes = ResultSetMgr.readBoolean(body, ResultSetLang.RS_JSON);
                shown.append("<p id=\"answer\">Answer: <strong>").append(yes ? "yes" : "no").append("</strong></p>\n");
            } else {
                rows = Rows.first(ResultSetMgr.read(body, ResultSetLang.RS_JSON));
            }
        } catch (RuntimeException cutShort) {
            b.append("<p id=\"error\" role=\"alert\">The endpoint's answer ended early (the query ran past its time "
                    + "limit?): ").append(escape(String.valueOf(cutShort.getMessage()))).append("</p>\n");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        if (rows != null) {
            table(rows, capped, shown);
            // The chart of a result with a label column and a number column, after its table.
            org.ofstedkg.serve.chart.BarChart.ofRows("result-chart", rows.vars(), rows.asText())
                    .ifPresent(chart -> shown.append(chart.html()));
        }
        b.append(shown);
        return HttpServletResponse.SC_OK;
    }

    /**
     * The query the page asks for a SELECT: the one given, with a LIMIT of one more row than the page shows (so that
     * it knows there are more) where it has none or a larger one. The endpoint then sorts only the first rows, not
     * every one (the canned judgements at 10,000 reports ran out of time and of memory in full); the downloads ask the
     * query as given. {@link AnswerWarmer} asks the canned queries so too, so that their pages are kept answers.
     */
    static String shownQuery(String text) {
        Query query = org.apache.jena.query.QueryFactory.create(text);
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= SHOWN + 1)) {
            return text;
        }
        query.setLimit(SHOWN + 1);
        return query.serialize();
    }

    /** The rows of a SELECT result the page shows: its variables, its first {@value #SHOWN} rows, and whether it has more. */
    record Rows(List<String> vars, List<QuerySolution> rows, boolean more) {
        static Rows first(ResultSet results) {
            List<QuerySolution> rows = new ArrayList<>();
            while (results.hasNext() && rows.size() <= SHOWN) {
                rows.add(results.next());
            }
            boolean more = rows.size() > SHOWN;
            return new Rows(results.getResultVars(), more ? rows.subList(0, SHOWN) : rows, more);
        }

        /** Each row's values as text (a literal's lexical form, an IRI's string), by variable. */
        List<Map<String, String>> asText() {
            List<Map<String, String>> text = new ArrayList<>();
            for (QuerySolution row : rows) {
                Map<String, String> values = new java.util.HashMap<>();
                for (String v : vars) {
                    org.apache.jena.rdf.model.RDFNode n = row.get(v);
                    if (n != null) {
                        values.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                }
                text.add(values);
            }
            return text;
        }
    }

    /** A SELECT result's first rows as a table: a header cell per variable, a caption saying how many rows. */
    private void table(Rows result, String capped, StringBuilder b) {
        b.append(Site.table("results", "Results")).append("\n<caption>").append(caption(result.rows().size(), result.more(), "row", capped))
                .append("</caption>\n<thead><tr>");
        result.vars().forEach(v -> b.append("<th scope=\"col\">").append(escape(v)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (QuerySolution row : result.rows()) {
            b.append("<tr>");
            result.vars().forEach(v -> b.append("<td>").append(cell(row.get(v))).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n").append(Site.TABLE_END).append("\n");
    }

    /** A CONSTRUCT or DESCRIBE result's first triples as a table of subject, predicate and object. */
    private void triples(InputStream turtle, String capped, StringBuilder b) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(turtle).lang(Lang.TURTLE).parse(g);
        List<Triple> all = g.find().toList();
        boolean more = all.size() > SHOWN;
        b.append(Site.table("results", "Results")).append("\n<caption>").append(caption(Math.min(all.size(), SHOWN), more, "triple", capped))
                .append("</caption>\n<thead><tr><th scope=\"col\">subject</th><th scope=\"col\">predicate</th>"
                        + "<th scope=\"col\">object</th></tr></thead>\n<tbody>\n");
        for (Triple t : all.subList(0, Math.min(all.size(), SHOWN))) {
            b.append("<tr><td>").append(cell(t.getSubject())).append("</td><td>").append(cell(t.getPredicate()))
                    .append("</td><td>").append(cell(t.getObject())).append("</td></tr>\n");
        }
        b.append("</tbody>\n").append(Site.TABLE_END).append("\n");
    }

    /** "4 rows.", or "The first 1,000 rows of more: the downloads have them all (up to 100,000, ...)." */
    private static String caption(int shown, boolean more, String unit, String capped) {
        String units = shown == 1 ? unit : unit + "s";
        return escape(more ? "The first " + String.format("%,d", shown) + " " + units + " of more: the downloads have "
                + "them all" + capped + "." : (shown == 0 ? "No" : String.format("%,d", shown)) + " " + units + ".");
    }

    private String cell(RDFNode value) {
        return value == null ? "" : cell(value.asNode());
    }

    /** A value: an identifier linked to its page, a literal as its text. */
    private String cell(Node value) {
        if (value.isURI()) {
            return Html.link(value.getURI(), uris, value.getURI());
        }
        return escape(value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
    }

    /** GET /query/results.{suffix}: the query's result as a file of that format. */
    void download(HttpServletRequest request, HttpServletResponse response, String file) throws IOException {
        Optional<ResultDownload> format = file.startsWith("results.")
                ? ResultDownload.bySuffix(file.substring("results.".length())) : Optional.empty();
        if (format.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "No download is known at /query/" + file + "; the results "
                    + "are at /query/results.{csv,json,xlsx,ttl}?query=... (or ?name=...).");
            return;
        }
        Optional<Asked> asked = Asked.of(request);
        if (asked.isEmpty()) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Name the query: ?query=... or ?name=... (a canned query).");
            return;
        }
        Asked a = asked.get();
        if (a.problem().isPresent()) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, a.problem().get());
            return;
        }
        ResultDownload d = format.get();
        Query query = a.query().orElseThrow();
        if (!d.offeredFor(query)) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, d.label() + " is not offered for this query's result; "
                    + "it is for " + ResultDownload.ALL.stream().filter(o -> o.offeredFor(query)).map(ResultDownload::label)
                            .reduce((x, y) -> x + ", " + y).orElse("no download") + ".");
            return;
        }
        Answer answer = ask(request, a.text(), d.accept());
        if (answer.status() != HttpServletResponse.SC_OK) {
            plain(response, failureStatus(answer.status()), answer.message());
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(d.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + a.fileName(d) + "\"");
        answer.rowLimit().ifPresent(n -> response.setHeader(CappedQueryService.HEADER, n));
        try (InputStream body = answer.body()) {
            d.write(body, response.getOutputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
