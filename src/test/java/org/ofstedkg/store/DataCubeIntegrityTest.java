package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofstedkg.TestStores;

/**
 * The W3C Data Cube's integrity constraints IC-1 to IC-21, as the Recommendation writes them
 * (src/test/resources/datacube/, with its normalisation), hold on stores the pipeline builds. The queries
 * are first shown to tell a well-formed cube from one broken for each constraint.
 */
class DataCubeIntegrityTest {

    private static final Path QUERIES = Path.of("src", "test", "resources", "datacube");

    static List<Integer> constraints() {
        return IntStream.rangeClosed(1, 21).boxed().toList();
    }

    private static String read(String name) {
        try {
            return Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The graph in normal form, by the Recommendation's two update phases. */
    static Graph normalised(Graph g) {
        DatasetGraph ds = DatasetGraphFactory.create(g);
        UpdateAction.parseExecute(read("normalise-phase-1.ru"), ds);
        UpdateAction.parseExecute(read("normalise-phase-2.ru"), ds);
        return ds.getDefaultGraph();
    }

    /** The constraints a graph (already normalised) violates, by number. */
    static List<Integer> violated(Graph g) {
        return violated(g, false);
    }

    /**
     * The constraints a graph (already normalised) violates; with {@code large}, IC-12 by {@link #duplicates}
     * rather than the Recommendation's query, which pairs every two observations of a data set (quadratic: hours
     * on a store of 1,000 reports).
     */
    static List<Integer> violated(Graph g, boolean large) {
        List<Integer> violated = new ArrayList<>();
        var model = ModelFactory.createModelForGraph(g);
        for (int ic : constraints()) {
            if (large && ic == 12) {
                if (!duplicates(g).isEmpty()) {
                    violated.add(ic);
                }
                continue;
            }
            var query = QueryFactory.create(read(String.format("ic-%02d.rq", ic)));
            try (var exec = QueryExecutionFactory.create(query, model)) {
                if (exec.execAsk()) {
                    violated.add(ic);
                }
            }
        }
        return violated;
    }

    /**
     * IC-12 by hashing: observations of one data set with the same value for every dimension of its structure,
     * as "data set | dimension values" keys seen twice.
     */
    static List<String> duplicates(Graph g) {
        String query = """
                PREFIX qb: <http://purl.org/linked-data/cube#>
                SELECT ?obs ?dataset ?dim ?value WHERE {
                  ?obs qb:dataSet ?dataset .
                  ?dataset qb:structure/qb:component/qb:componentProperty ?dim .
                  ?dim a qb:DimensionProperty .
                  ?obs ?dim ?value .
                }""";
        java.util.Map<org.apache.jena.rdf.model.RDFNode, java.util.TreeMap<String, String>> keys = new java.util.HashMap<>();
        java.util.Map<org.apache.jena.rdf.model.RDFNode, String> datasets = new java.util.HashMap<>();
        try (var exec = QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(g))) {
            exec.execSelect().forEachRemaining(row -> {
                keys.computeIfAbsent(row.get("obs"), o -> new java.util.TreeMap<>())
                        .put(row.get("dim").toString(), row.get("value").toString());
                datasets.put(row.get("obs"), row.get("dataset").toString());
            });
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> twice = new ArrayList<>();
        keys.forEach((obs, values) -> {
            String key = datasets.get(obs) + " | " + values;
            if (!seen.add(key)) {
                twice.add(key);
            }
        });
        return twice;
    }

    private static Graph load(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, QUERIES.resolve(name).toString());
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"valid.ttl", "extra/valid-slice.ttl",
            "extra/valid-collection.ttl", "extra/valid-measure-dimension.ttl", "extra/valid-hierarchy.ttl",
            "extra/valid-hierarchy-iri-only.ttl", "extra/valid-hierarchy-inverse-only.ttl", "extra/abbreviated.ttl"})
    void aWellFormedCubeViolatesNone(String fixture) {
        assertEquals(List.of(), violated(normalised(load(fixture))));
    }

    @Test
    void anAbbreviatedCubeIsWellFormedOnlyOnceNormalised() {
        assertEquals(List.of(3, 8), violated(load("extra/abbreviated.ttl")));
    }

    @ParameterizedTest(name = "IC-{0}")
    @MethodSource("constraints")
    void aCubeBrokenForAConstraintViolatesItAlone(int ic) {
        assertEquals(List.of(ic), violated(normalised(load(String.format("broken/ic-%02d.ttl", ic)))));
    }

    @Test
    void icNineteenHoldsForACollectionCodeListToo() {
        assertEquals(List.of(19), violated(normalised(load("broken/ic-19-collection.ttl"))));
    }

    @Test
    void icTwelveByHashingAgreesWithTheRecommendationsQuery() {
        Graph broken = normalised(load("broken/ic-12.ttl"));
        assertTrue(violated(broken).contains(12));
        assertTrue(violated(broken, true).contains(12));
        assertEquals(List.of(), violated(normalised(load("valid.ttl")), true));
    }

    @Test
    void theSamplesStoreViolatesNone() {
        try (KnowledgeStore store = TestStores.samples()) {
            Graph all = normalised(TestStores.statements(store));
            assertEquals(List.of(), violated(all));
            assertEquals(List.of(), duplicates(all), "IC-12 by hashing agrees");
            assertTrue(all.find(null, org.apache.jena.graph.NodeFactory.createURI("http://purl.org/linked-data/cube#dataSet"),
                    null).toList().size() > 50, "the cubes hold the samples' judgements and figures");
        }
    }

    @Test
    void theRealReportsStoreViolatesNone() throws Exception {
        assertEquals(List.of(), violated(normalised(TestStores.statements(TestStores.realReports())), true));
    }

    @Test
    void aStoreOfAThousandGeneratedReportsViolatesNone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        new org.ofstedkg.generate.CorpusGenerator(org.ofstedkg.extract.register.AuthorityRegister.bundled())
                .generate(1000, 2024, dir.resolve("corpus"), false, n -> { });
        try (KnowledgeStore store = TestStores.ingested(dir.resolve("corpus"), 1000)) {
            assertEquals(List.of(), violated(normalised(TestStores.statements(store)), true));
        }
    }
}
