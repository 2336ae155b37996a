package org.ofstedkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
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
    /** The results types Fuseki also writes under a plain name (its JSON and XML results): set before the offers. */
    private static final Map<String, String> RESULTS_ALIASES = Map.of(
            WebContent.contentTypeJSON, WebContent.contentTypeResultsJSON,
            WebContent.contentTypeXML, WebContent.contentTypeResultsXML);
    /**
     * The media types Fuseki writes an answer of each form in, in its order of preference (its DEF offers,
     * read from Fuseki so that an upgrade cannot leave them behind: JSON results and Turtle for anything),
     * each grouped with the aliases a client may ask for it by ({@link #offers}).
     */
    private static final List<List<String>> TABLE = offers(DEF.rsOfferTable);
    private static final List<List<String>> BOOLEAN = offers(DEF.rsOfferBoolean);
    private static final List<List<String>> GRAPH = offers(DEF.constructOffer);
    private static final List<List<String>> JSON_QUERY = offers(DEF.jsonOffer);
    /** Fuseki's parameters that name an answer's format outright, whatever the Accept header says. */
    private static final List<String> FORMAT_PARAMETERS = List.of("output", "format", "results", "force-accept");

    private final long maxRows;

    CappedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Fuseki's offer as negotiable offers: each media type in Fuseki's order, an alias joining the type it is
     * another name of when that is offered too (application/json the SPARQL JSON results; text/plain
     * N-Triples, by Jena's languages), so that it is given under the alias only when asked for by name.
     */
    static List<List<String>> offers(AcceptList fuseki) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (MediaRange range : fuseki.entries()) {
            String type = range.getContentTypeStr();
            List<String> own = groups.get(ownType(type));
            if (own != null) {
                own.add(type);
            } else {
                groups.put(type, new ArrayList<>(List.of(type)));
            }
        }
        return groups.values().stream().map(List::copyOf).toList();
    }

    /** The media type another one is an alias of, or itself. */
    private static String ownType(String type) {
        String results = RESULTS_ALIASES.get(type);
        if (results != null) {
            return results;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        return lang == null ? type : lang.getContentType().getContentTypeStr();
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
        // A search's words in Lucene's syntax: an unreadable one is the asker's to mend, not a failure of the server.
        org.ofstedkg.store.SearchFunction.problem(query).ifPresent(ServletOps::errorBadRequest);
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
