package org.ofstedkg.serve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateFactory;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Fuseki's query service with a cap on the solutions a query may return: a query with no LIMIT, or a
 * larger one, runs with LIMIT {@code maxRows}, and the answer says so in the {@value #HEADER} header.
 * One client cannot then make the server build and send the whole store.
 * <p>
 * What the endpoint refuses it says plainly, before anything runs (400): a federated query (SERVICE,
 * anywhere in the query), and an update sent as a query. The answer's media type is the one the
 * {@link Negotiation} of the Accept header chooses among those Fuseki writes for the query's form (406 if
 * none is acceptable), unless the request names its format outright ({@code output}, {@code format}).
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    static final String HEADER = "OfstedKG-Row-Limit";
    static final String SERVICE_REFUSED =
            "This endpoint does not run federated queries (SERVICE): it answers from its own data only.";
    static final String UPDATE_REFUSED = "This endpoint is read-only: it answers queries (SELECT, ASK, CONSTRUCT, "
            + "DESCRIBE), not updates (INSERT, DELETE, LOAD, CLEAR, DROP ...).";
    /**
     * The media types Fuseki writes an answer of each form in (its DEF offers), grouped with the aliases a
     * client may ask for one by, in the order of preference: JSON results and Turtle for anything.
     */
    private static final List<String> JSON = List.of("application/sparql-results+json", "application/json");
    private static final List<String> XML = List.of("application/sparql-results+xml", "application/xml");
    private static final List<List<String>> TABLE = List.of(JSON, List.of("text/csv"),
            List.of("text/tab-separated-values"), XML, List.of("application/sparql-results+thrift"), List.of("text/plain"));
    private static final List<List<String>> BOOLEAN = List.of(JSON, List.of("text/csv"),
            List.of("text/tab-separated-values"), XML, List.of("text/plain"));
    private static final List<List<String>> GRAPH = List.of(List.of("text/turtle", "application/turtle"),
            List.of("application/n-triples", "text/plain"), List.of("application/rdf+xml"),
            List.of("application/trix", "application/trix+xml"), List.of("application/ld+json"),
            List.of("application/rdf+json"), List.of("application/rdf+thrift"), List.of("application/trig", "text/trig"),
            List.of("application/n-quads", "text/n-quads"));
    private static final List<List<String>> JSON_QUERY = List.of(List.of("application/json"));
    /** Fuseki's parameters that name an answer's format outright, whatever the Accept header says. */
    private static final List<String> FORMAT_PARAMETERS = List.of("output", "format", "results", "force-accept");

    private final long maxRows;

    CappedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            // Not a query: Fuseki's answer would be the query parser's complaint about the first keyword.
            if (e.getRC() == HttpServletResponse.SC_BAD_REQUEST && isUpdate(queryString)) {
                ServletOps.errorBadRequest(UPDATE_REFUSED);
            }
            throw e;
        }
    }

    private static boolean isUpdate(String text) {
        try {
            return text != null && !UpdateFactory.create(text).getOperations().isEmpty();
        } catch (QueryParseException e) {
            return false;
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (federated(query)) {
            ServletOps.errorBadRequest(SERVICE_REFUSED);
        }
        if (FORMAT_PARAMETERS.stream().anyMatch(p -> action.getRequestParameter(p) != null)) {
            return;
        }
        Negotiation.varyByAccept(action.getResponse()); // Fuseki's own Vary names Accept, but only for a GET
        List<List<String>> offers = query.isSelectType() ? TABLE
                : query.isAskType() ? BOOLEAN
                : query.isJsonType() ? JSON_QUERY
                : GRAPH;
        String accept = Negotiation.accept(action.getRequest());
        Optional<Negotiation.Choice<List<String>>> chosen = Negotiation.choose(accept, offers, types -> types);
        if (chosen.isEmpty()) {
            ServletOps.error(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    Negotiation.notAcceptable(offers.stream().map(types -> types.get(0)).toList()));
        }
        // Under the name it was chosen by: asked for application/json, it is labelled so.
        Negotiation.answerAs(action.getRequest(), chosen.get().mediaType());
    }

    /** Whether the query calls on another endpoint: a SERVICE anywhere, in a subquery or an EXISTS too. */
    static boolean federated(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) {
            return decided;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        action.setResponseHeader(HEADER, Long.toString(maxRows));
        return Pair.create(decided.getLeft(), capped);
    }
}
