package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.ofstedkg.Bundled;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The server sorts on disk past {@link SparqlServer#SORT_IN_MEMORY_ROWS} rows: every canned query gives the same
 * rows in the same order when its sorts spill (here past 1 row, so every sort does) as when they do not. Jena's
 * spilled DISTINCT once lost the ORDER BY (JENA-1771); this would show such a fault in our queries.
 */
class SpilledSortsTest {

    static final List<String> CANNED = Bundled.CANNED_QUERIES;

    private static KnowledgeStore store;

    @BeforeAll
    static void ingest() {
        store = TestStores.samples();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @FieldSource("CANNED")
    void aCannedQueryGivesTheSameRowsSortedOnDisk(String name) {
        List<String> inMemory = rows(Bundled.cannedQuery(name), -1);
        List<String> spilled = rows(Bundled.cannedQuery(name), 1);
        assertEquals(inMemory, spilled);
        // Those with fewer rows on the samples: no conflicts, no previous inspections, one authority per rating.
        if (!List.of("conflicts", "previous-inspections", "search", "summary", "authorities-by-rating").contains(name)) {
            assertTrue(inMemory.size() > 1, name + " sorts more rows than are held in memory: " + inMemory.size());
        }
    }

    /** The query's rows, each as its values in the order of its variables; spilling past so many rows, if > 0. */
    private static List<String> rows(String query, long spillPast) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(query).build()) {
                if (spillPast > 0) {
                    execution.getContext().set(ARQ.spillToDiskThreshold, spillPast);
                }
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    StringBuilder values = new StringBuilder();
                    results.getResultVars().forEach(v -> values.append(row.get(v)).append(" | "));
                    rows.add(values.toString());
                }
            }
        });
        return rows;
    }
}
