package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Pipeline;

/** Exports are read back by RDF4J Rio (a second toolkit) unchanged, and are the same bytes every time. */
class ExportTest {

    private static KnowledgeStore store;
    private static Exporter exporter;

    @BeforeAll
    static void ingest() {
        store = TestStores.samples();
        exporter = new Exporter(store, Vocab.prefixes(UriScheme.defaults()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(ExportFormat format, Optional<String> graph) {
        var out = new ByteArrayOutputStream();
        exporter.export(format, graph, out);
        return out.toByteArray();
    }

    private static RDFFormat rioFormat(ExportFormat f) {
        return switch (f) {
            case TURTLE -> RDFFormat.TURTLE;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            case NQUADS -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
        };
    }

    /** The store's content as RDF4J would see it, converted to Jena terms for comparison. */
    private static DatasetGraph readWithRio(ExportFormat format, byte[] bytes) throws Exception {
        Model model = Rio.parse(new ByteArrayInputStream(bytes), "", rioFormat(format));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (Statement s : model) {
            Node g = s.getContext() == null ? org.apache.jena.sparql.core.Quad.defaultGraphIRI : jena(s.getContext());
            dsg.add(g, jena(s.getSubject()), jena(s.getPredicate()), jena(s.getObject()));
        }
        return dsg;
    }

    private static Node jena(Value v) {
        if (v.isIRI()) {
            return NodeFactory.createURI(v.stringValue());
        }
        if (v.isBNode()) {
            return NodeFactory.createBlankNode(((Resource) v).stringValue());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    private static Graph storeUnion() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void rdf4jReadsEveryFormatBackToTheStoresContent(ExportFormat format) throws Exception {
        DatasetGraph read = readWithRio(format, export(format, Optional.empty()));
        if (format.keepsGraphs()) {
            DatasetGraph expected = Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                store.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(expected, read), format + " export read by RDF4J differs from the store");
            assertEquals(store.reportGraphs().size() + 3, count(read.listGraphNodes()),
                    "report graphs + ontology + register + the model version");
        } else {
            Graph union = storeUnion();
            Graph readGraph = read.getDefaultGraph();
            assertEquals(union.size(), readGraph.size(), format.toString());
            assertTrue(union.isIsomorphicWith(readGraph), format + " export read by RDF4J differs from the store");
        }
    }

    private static int count(java.util.Iterator<?> it) {
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void twoExportsOfOneStoreAreByteIdentical(ExportFormat format) {
        assertArrayEquals(export(format, Optional.empty()), export(format, Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameReportsIngestedInAnotherOrderExportTheSameBytes(ExportFormat format) throws Exception {
        List<java.nio.file.Path> files = new ArrayList<>(Pipeline.files(List.of(Samples.reports())));
        Collections.reverse(files);
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        try (KnowledgeStore other = KnowledgeStore.inMemory()) {
            pipeline.prepare(other);
            files.forEach(f -> pipeline.ingest(f, other));
            var out = new ByteArrayOutputStream();
            new Exporter(other, Vocab.prefixes(UriScheme.defaults())).export(format, Optional.empty(), out);
            assertArrayEquals(export(format, Optional.empty()), out.toByteArray());
        }
    }

    /** A store too big for the heap is sorted in batches merged from disk: the bytes must not change. */
    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void sortingInBatchesOnDiskGivesTheSameBytes(ExportFormat format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path scratch)
            throws Exception {
        var out = new ByteArrayOutputStream();
        // 256 kB of keys a batch: the samples' few thousand statements make several batches.
        long written = new Exporter(store, Vocab.prefixes(UriScheme.defaults()), scratch, 256 * 1024)
                .export(format, Optional.empty(), out);
        assertArrayEquals(export(format, Optional.empty()), out.toByteArray());
        assertEquals(format.keepsGraphs() ? storeSize() : storeUnion().size(), written);
        try (var left = java.nio.file.Files.list(scratch)) {
            assertEquals(0, left.count(), "the scratch files are deleted");
        }
    }

    /**
     * Terms that N-Triples escapes or encodes (a blank node's label, tabs, line breaks, quotes, a character
     * Unicode reserves) come out of the sort as they went in: the bytes equal those of the statements sorted
     * in the heap and handed to Jena's writer, spilled to disk or not. (A lone surrogate cannot be in a TDB2
     * store, which keeps text as UTF-8; in a store in memory, export stops on it with a clear error.)
     */
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQUADS", "TURTLE", "TRIG", "NTRIPLES"})
    void awkwardTermsSortAndComeBackAsTheyWere(ExportFormat format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path scratch) {
        try (KnowledgeStore awkward = KnowledgeStore.inMemory()) {
            Node g = NodeFactory.createURI("https://example.org/graph/awkward");
            Node p = NodeFactory.createURI("https://example.org/def/p");
            Node blank = NodeFactory.createBlankNode("b0-x/y");
            List<Node> objects = List.of(blank, NodeFactory.createLiteralString("tab\there \"quoted\" back\\slash"),
                    NodeFactory.createLiteralString("two\nlines\r\n"), NodeFactory.createLiteralLang("café ☕ \ud83d\ude00", "fr"),
                    NodeFactory.createLiteralString("reserved \ufffe"),
                    NodeFactory.createLiteralDT("12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            Txn.executeWrite(awkward.dataset(), () -> {
                for (int i = 0; i < 300; i++) {
                    Node s = i % 3 == 0 ? blank : NodeFactory.createURI("https://example.org/id/" + i);
                    awkward.dataset().add(g, s, p, objects.get(i % objects.size()));
                }
            });
            // The old exporter: every statement in the heap, sorted by its N-Triples key.
            List<org.apache.jena.sparql.core.Quad> quads = Txn.calculateRead(awkward.dataset(),
                    () -> Iter.toList(awkward.dataset().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
            var reference = new ByteArrayOutputStream();
            var stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(reference, format.rdfFormat());
            stream.start();
            new java.util.TreeMap<>(Vocab.prefixes(UriScheme.defaults()).getNsPrefixMap()).forEach(stream::prefix);
            if (format.keepsGraphs()) {
                quads.stream().sorted(java.util.Comparator.comparing(q -> nt(q.getGraph()) + ' ' + nt(q.getSubject()) + ' '
                        + nt(q.getPredicate()) + ' ' + nt(q.getObject()))).forEach(stream::quad);
            } else {
                java.util.Map<String, org.apache.jena.graph.Triple> distinct = new java.util.TreeMap<>();
                quads.forEach(q -> distinct.putIfAbsent(nt(q.getSubject()) + ' ' + nt(q.getPredicate()) + ' '
                        + nt(q.getObject()), q.asTriple()));
                distinct.values().forEach(stream::triple);
            }
            stream.finish();
            for (long budget : new long[] {8 * 1024, Long.MAX_VALUE}) {
                var out = new ByteArrayOutputStream();
                new Exporter(awkward, Vocab.prefixes(UriScheme.defaults()), scratch, budget).export(format, Optional.empty(), out);
                assertEquals(reference.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8), "budget " + budget);
            }
        }
    }

    private static String nt(Node n) {
        return org.apache.jena.riot.out.NodeFmtLib.strNT(n);
    }

    private static long storeSize() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
    }

    @Test
    void turtleDeclaresTheFixedPrefixesInNameOrder() {
        String turtle = new String(export(ExportFormat.TURTLE, Optional.empty()), StandardCharsets.UTF_8);
        List<String> declared = turtle.lines().takeWhile(l -> l.startsWith("PREFIX "))
                .map(l -> l.split(" ")[1].replace(":", "")).toList();
        List<String> expected = new ArrayList<>(Vocab.prefixes(UriScheme.defaults()).getNsPrefixMap().keySet());
        Collections.sort(expected);
        assertEquals(expected, declared);
    }

    @Test
    void nquadsAreSortedByGraphThenSubjectPredicateObject() {
        String nquads = new String(export(ExportFormat.NQUADS, Optional.empty()), StandardCharsets.UTF_8);
        List<String> keys = nquads.lines().map(l -> {
            String body = l.substring(0, l.length() - 2); // drop " ."
            int g = body.lastIndexOf(" <");
            return body.substring(g + 1) + " " + body.substring(0, g);
        }).toList();
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertTrue(keys.size() > 2000, "statements: " + keys.size());
        assertEquals(sorted, keys);
    }

    @Test
    void oneGraphCanBeExportedAlone() throws Exception {
        String graph = UriScheme.defaults().base() + "graph/report/annual-rating-letter/sefton/2009-12-09";
        byte[] bytes = export(ExportFormat.TURTLE, Optional.of(graph));
        Graph read = readWithRio(ExportFormat.TURTLE, bytes).getDefaultGraph();
        Graph stored = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
            return g;
        });
        var sefton = new org.ofstedkg.extract.Extractor(org.ofstedkg.extract.register.AuthorityRegister.bundled())
                .extract(Samples.report(Samples.SEFTON_LETTER));
        Graph mapped = new org.ofstedkg.map.RdfMapping(UriScheme.defaults()).report(sefton);
        assertTrue(stored.size() > 50 && stored.isIsomorphicWith(mapped), "the graph holds the Sefton letter's facts");
        assertTrue(stored.isIsomorphicWith(read));
    }

    @Test
    void aCharacterRdfXmlCannotHoldIsAClearErrorNamingWhereItIs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (KnowledgeStore paged = KnowledgeStore.open(dir.resolve("store"))) {
            var graph = org.apache.jena.graph.NodeFactory.createURI("https://example.org/graph/paged");
            var page = org.apache.jena.graph.NodeFactory.createURI("https://example.org/source/paged");
            var text = org.apache.jena.graph.NodeFactory.createURI("https://example.org/def/text");
            org.apache.jena.system.Txn.executeWrite(paged.dataset(), () -> paged.dataset().add(graph,
                    page, text, org.apache.jena.graph.NodeFactory.createLiteralString("page one\fpage two")));
            Exporter pagedExporter = new Exporter(paged, Vocab.prefixes(UriScheme.defaults()));
            var e = assertThrows(StoreException.class,
                    () -> pagedExporter.export(ExportFormat.RDFXML, Optional.empty(), new ByteArrayOutputStream()));
            assertEquals("rdfxml cannot hold the character U+000C, which a literal of the store holds (the first in graph"
                    + " <https://example.org/graph/paged>, <https://example.org/source/paged> <https://example.org/def/text>);"
                    + " export as one of: turtle, ntriples, nquads, trig, jsonld", e.getMessage());
            var turtle = new ByteArrayOutputStream();
            pagedExporter.export(ExportFormat.TURTLE, Optional.empty(), turtle);
            assertTrue(turtle.toString(java.nio.charset.StandardCharsets.UTF_8).contains("page one\\fpage two"),
                    "Turtle writes the form feed escaped");
        }
    }

    @Test
    void anUnknownGraphIsAClearError() {
        var e = assertThrows(StoreException.class,
                () -> export(ExportFormat.TURTLE, Optional.of("https://example.org/no-such-graph")));
        assertEquals("the store has no graph <https://example.org/no-such-graph>", e.getMessage());
    }
}
