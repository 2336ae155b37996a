package org.ofstedkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with a cap on the solutions a query may return: a query with no LIMIT, or a
 * larger one, runs with LIMIT {@code maxRows}, and the answer says so in the {@value #HEADER} header.
 * One client cannot then make the server build and send the whole store.
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    static final String HEADER = "OfstedKG-Row-Limit";

    private final long maxRows;

    CappedQueryService(long maxRows) {
        this.maxRows = maxRows;
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
