package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/** RDF4J's SPARQLRepository, a client that is not Jena, gets from the server the rows `query` gives. */
class SecondClientTest {

    private static TestStores.Served served;
    private static KnowledgeStore store;
    private static SparqlServer server;
    private static SPARQLRepository repository;

    @BeforeAll
    static void start() {
        served = TestStores.served();
        store = served.store();
        server = served.server();
        repository = new SPARQLRepository(server.endpoint());
        repository.init();
    }

    @AfterAll
    static void stop() {
        repository.shutDown();
        served.close();
    }

    static List<String> canned() {
        return Site.CANNED;
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("canned")
    void theSameRowsThroughRdf4j(String name) {
        var query = QueryRunner.canned(name);
        List<Map<String, String>> expected = new QueryRunner(store).rows(query);
        List<Map<String, String>> actual = new ArrayList<>();
        try (var connection = repository.getConnection();
                var result = connection.prepareTupleQuery(QueryLanguage.SPARQL, TestStores.cannedQuery(name + ".rq"))
                        .evaluate()) {
            List<String> vars = result.getBindingNames();
            assertEquals(query.getResultVars(), vars, "the contract's variables");
            while (result.hasNext()) {
                BindingSet b = result.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : vars) {
                    Value value = b.getValue(v);
                    row.put(v, value == null ? "" : value instanceof Literal l ? l.getLabel() : value.stringValue());
                }
                actual.add(row);
            }
        }
        // The samples contradict themselves nowhere: conflicts.rq's rows are tested in CannedQueriesTest. They are
        // of 2008-2009, before graded inspections: summary.rq's rows are tested in SummaryTest and
        // previous-inspections.rq's in PreviousInspectionsTest, on real reports.
        assertTrue(!expected.isEmpty() || name.equals("conflicts") || name.equals("summary")
                || name.equals("previous-inspections"),
                name + " has rows on the samples");
        assertEquals(normalised(expected), normalised(actual));
    }

    /** Numbers compared by value (TDB2 writes decimals as "3.0", RDF4J keeps the lexical form it is sent). */
    private static List<Map<String, String>> normalised(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (var r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k, v.matches("-?\\d+\\.\\d+") ? new java.math.BigDecimal(v).stripTrailingZeros()
                    .toPlainString() : v));
            out.add(m);
        }
        return out;
    }
}
